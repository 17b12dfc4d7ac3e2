import ArgumentParser
import Foundation
import LegalTimeline
import TimeTagger

/// `legal-timeline times`: tags the time expressions of one text, for scoring against TIMEX3 gold data
/// (`shared/tools/timex_score.py`) and for looking at what the tagger sees.
struct TimesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "times",
    abstract: "Tags the time expressions (TIMEX3) of a text and resolves them to calendar dates.",
    discussion: """
      Reads {"text": ..., "dct": "YYYY-MM-DD", "doc_id": ...} JSON on standard input (or plain text with \
      --dct) and prints {"timexes": [{start, end, text, type, value, resolved}]} with offsets in Unicode \
      scalars.
      """
  )

  @Option(help: "The publication date (YYYY-MM-DD); standard input is then plain text rather than JSON.")
  var dct: String?

  @Flag(help: "Read all-numeric dates day first (12/03/2021 is 12 March 2021).")
  var dayFirst = false

  @Option(help: ArgumentHelp("Tag the input this many times (for timing).", visibility: .hidden))
  var `repeat`: Int = 1

  func run() throws {
    do {
      let (text, publicationDate) = try readInput()
      let tagger = TimeTagger(publicationDate: publicationDate, dayFirst: dayFirst)
      var expressions = tagger.expressions(in: text)
      if `repeat` > 1 {
        for _ in 1..<`repeat` { expressions = tagger.expressions(in: text) }
      }
      FileHandle.standardOutput.write(Data(Self.json(expressions).utf8))
    } catch let error as InputError {
      FileHandle.standardError.write(Data("legal-timeline times: \(error)\n".utf8))
      throw ExitCode(2)
    }
  }

  /// The text to tag and its publication date, from standard input.
  private func readInput() throws -> (String, CalendarDay?) {
    let input = InputFile(path: "-")
    let bytes = try input.read()
    guard let body = String(validating: bytes, as: UTF8.self) else {
      throw InputError(input: input.displayName, message: "is not UTF-8 text")
    }
    if let dct {
      guard let day = CalendarDay(iso: dct), dct.utf8.count == 10 else {
        throw InputError(input: "--dct", message: "'\(dct)' is not a YYYY-MM-DD date")
      }
      return (body, day)
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes))
    } catch {
      throw InputError(input: input.displayName, message: "is not JSON (or pass --dct for plain text)")
    }
    guard let record = object as? [String: Any], let text = record["text"] as? String else {
      throw InputError(input: input.displayName, message: "needs a JSON object with a \"text\" string")
    }
    let name = (record["doc_id"] as? String).map { "\(input.displayName) (\($0))" } ?? input.displayName
    guard let dctText = record["dct"] as? String else { return (text, nil) }
    guard let day = CalendarDay(iso: dctText) else {
      throw InputError(input: name, message: "\"dct\" '\(dctText)' is not a YYYY-MM-DD date")
    }
    return (text, day)
  }

  /// The scorer's JSON shape, keys in a fixed order.
  static func json(_ expressions: [TimeExpression]) -> String {
    let timexes = expressions.map { e -> JSONValue in
      var fields: [(String, JSONValue)] = [
        ("start", .int(e.range.lowerBound)), ("end", .int(e.range.upperBound)), ("text", .string(e.text)),
        ("type", .string(e.type.rawValue)), ("value", .string(e.value)),
      ]
      if let r = e.resolved {
        fields.append(
          (
            "resolved",
            .object([
              ("value", .string(r.value)), ("earliest", .string(r.earliest.description)),
              ("latest", .string(r.latest.description)), ("resolution", .string(r.resolution.rawValue)),
            ])
          ))
      }
      return .object(fields)
    }
    return JSONValue.object([("timexes", .array(timexes))]).serialized() + "\n"
  }
}
