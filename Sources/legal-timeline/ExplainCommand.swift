import ArgumentParser
import Foundation
import LegalTimeline

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Shows, sentence by sentence, which rules matched or were vetoed, and why.",
    discussion: """
      For each sentence of the article: the rules that matched, the roles they filled, the status and \
      date they got, and the rules that were vetoed with the reason. Then the timeline those matches make.
      """
  )

  @Argument(help: "An HTML file; '-' or nothing for standard input.")
  var input: String = "-"

  @Flag(name: .customLong("matches-only"), help: "Skip sentences where no rule matched or was vetoed.")
  var matchesOnly = false

  @OptionGroup var rules: RuleOptions

  func run() throws {
    let file = InputFile(path: input)
    let bytes: [UInt8]
    do {
      bytes = try file.read()
    } catch {
      FileHandle.standardError.write(Data("legal-timeline: \(error)\n".utf8))
      throw ExitCode(2)
    }
    let extractor = TimelineExtractor(
      rules: try rules.pack(), options: ExtractionOptions(includeUnrealized: true))
    let analysis: ArticleAnalysis
    do {
      analysis = try extractor.analyze(bytes, file: input == "-" ? nil : input)
    } catch {
      FileHandle.standardError.write(Data("legal-timeline: \(file.displayName): \(error)\n".utf8))
      throw ExitCode(1)
    }
    let published = analysis.article.publicationDate.map { "\($0.isoDay) (from \($0.source.rawValue))" }
    print("published: \(published ?? "unknown")")
    print("rules: \(extractor.rules.source), \(extractor.rules.rules.count) rules\n")
    for explanation in extractor.explain(analysis) {
      if matchesOnly && explanation.matches.isEmpty && explanation.vetoed.isEmpty { continue }
      print(explanation.description)
    }
    print("\ntimeline (hypothetical and negated events included):")
    print(TimelineTable.text(extractor.timeline(of: analysis)), terminator: "")
  }
}
