import ArgumentParser
import Foundation
import LegalTimeline

struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extracts the timeline of legal events from saved HTML pages.",
    discussion: """
      With no input (or '-') the page is read from standard input and its timeline is written as one JSON \
      object. With several inputs, or a folder (searched recursively for .html and .htm files), the output \
      is JSON Lines: one timeline per input, in input order, or an error record {"file": ..., "error": ...} \
      for an input that failed.
      """
  )

  @Argument(help: "HTML files or folders; '-' or nothing for standard input.")
  var inputs: [String] = []

  @Option(
    name: .customLong("paths-from"),
    help: "Read more input paths, one per line, from this file ('-' for standard input).")
  var pathsFrom: String?

  @Option(name: [.short, .long], help: "Write the output to this file instead of standard output.")
  var output: String?

  @Option(help: "Output format: json (one object, or JSON Lines for a batch), jsonl, csv or text.")
  var format: OutputFormat = .json

  @Flag(help: "Indent the JSON of a single timeline.")
  var pretty = false

  @Flag(name: .customLong("all-statuses"), help: "Also report hypothetical and negated events.")
  var allStatuses = false

  @Option(name: .customLong("max-bytes"), help: "Refuse inputs larger than this many bytes.")
  var maxBytes: Int = 64 << 20

  @Option(help: "How many pages to extract at once (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var rules: RuleOptions

  func validate() throws {
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
  }

  func run() async throws {
    let extractor = TimelineExtractor(
      rules: try rules.pack(), options: ExtractionOptions(includeUnrealized: allStatuses, maxBytes: maxBytes))
    let sink = try OutputSink(path: output)
    let list = try InputList(arguments: inputs, pathsFrom: pathsFrom)
    if list.isSingle, let input = list.files.first {
      try extractOne(input, extractor: extractor, sink: sink)
    } else {
      let runner = BatchRunner(
        extractor: extractor, jobs: jobs, format: format, showsProgress: isatty(STDERR_FILENO) != 0)
      let summary = try await runner.run(list.files, sink: sink)
      FileHandle.standardError.write(Data(summary.description.utf8 + [0x0A]))
      if summary.errors > 0 { throw ExitCode(1) }
    }
  }

  private func extractOne(_ input: InputFile, extractor: TimelineExtractor, sink: OutputSink) throws {
    let bytes: [UInt8]
    do {
      bytes = try input.read(limit: maxBytes)
    } catch {
      FileHandle.standardError.write(Data("legal-timeline: \(error)\n".utf8))
      throw ExitCode(2)
    }
    do {
      let timeline = try extractor.extract(bytes, file: input.path == "-" ? nil : input.path)
      if let header = format.header { try sink.write(header) }
      try sink.write(format.record(timeline, pretty: pretty))
      try sink.flush()
    } catch let error as ExtractionError {
      FileHandle.standardError.write(Data("legal-timeline: \(input.displayName): \(error)\n".utf8))
      throw ExitCode(1)
    }
  }
}
