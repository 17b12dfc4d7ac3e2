import ArgumentParser
import Foundation
import LegalTimeline
import PageReader

/// `legal-timeline clean [FILE]`: prints a page's article text with the chrome removed, or its metadata and
/// blocks as JSON.
struct CleanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clean",
    abstract: "Prints the article text of a saved page, with menus, sidebars, comments and footers removed."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The saved HTML page to read; '-' or nothing reads standard input.")
  var file: String = "-"

  @Option(help: "The output format: 'text' (title, then one block per line) or 'json' (metadata and blocks).")
  var format: Format = .text

  @Option(help: "The page's original URL, used as a hint for its publication date.")
  var url: String?

  func run() throws {
    let input = InputFile(path: file)
    let bytes: [UInt8]
    do {
      bytes = try input.read()
    } catch {
      FileHandle.standardError.write(Data("legal-timeline clean: \(error)\n".utf8))
      throw ExitCode(2)
    }
    let article: Article
    do {
      article = try PageReader().read(bytes, url: url)
    } catch {
      FileHandle.standardError.write(Data("legal-timeline clean: \(input.displayName): \(error)\n".utf8))
      throw ExitCode(1)
    }
    switch format {
    case .text:
      FileHandle.standardOutput.write(Data((article.text + "\n").utf8))
    case .json:
      FileHandle.standardOutput.write(Data((Self.json(article).serialized(pretty: true) + "\n").utf8))
    }
  }

  /// The JSON shape of `clean --format json`; absent values are `null`, so every output has the same keys.
  static func json(_ article: Article) -> JSONValue {
    let date = article.publicationDate.map {
      JSONValue.object([
        ("day", .string($0.isoDay)), ("written", .string($0.written)),
        ("source", .string($0.source.rawValue)),
      ])
    }
    let blocks: [JSONValue] = article.blocks.map {
      .object([("kind", .string($0.kind.rawValue)), ("text", .string($0.text))])
    }
    let fields: [(String, JSONValue)] = [
      ("title", .optionalString(article.title)), ("publicationDate", date ?? .null),
      ("siteName", .optionalString(article.siteName)), ("url", .optionalString(article.canonicalURL)),
      ("author", .optionalString(article.author)), ("language", .optionalString(article.language)),
      ("encoding", .string(article.encoding)), ("blocks", .array(blocks)),
    ]
    return .object(fields)
  }
}
