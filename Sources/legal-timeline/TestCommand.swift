import ArgumentParser
import Foundation
import LegalTimeline

struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Checks the rules against golden samples: every NAME.html against its NAME.timeline.json.",
    discussion: """
      Compares event types, statuses, dates, key participants, quotes and rule ids; evidence offsets, ids \
      and the order of events with equal dates may drift. Prints a diff per failing sample, the event \
      precision and recall, and ends with 'N passed, N failed'. Exits 1 when a sample fails.
      """
  )

  @Argument(help: "The folder of samples, or one sample's NAME.html.")
  var directory: String = "samples"

  @Flag(help: "Rewrite the expected file of every sample that differs (after you have reviewed the diff).")
  var update = false

  @Option(help: "Only run the samples whose name contains this text.")
  var filter: String?

  @Option(name: .customLong("rule"), help: "Only show differences that involve this rule id.")
  var ruleID: String?

  @Flag(help: "Only print failures and the summary line.")
  var quiet = false

  @Option(help: "Also write the results as JUnit XML to this file, for CI systems.")
  var junit: String?

  @OptionGroup var rules: RuleOptions

  func run() throws {
    let suite: SampleSuite
    do {
      suite = try SampleSuite(directory: directory, filter: filter)
    } catch {
      throw ValidationError("\(error)")
    }
    if suite.names.isEmpty {
      throw ValidationError("\(directory): no samples (NAME.html with NAME.timeline.json) found")
    }
    let report = suite.run(rules: try rules.pack(), update: update)
    let colored = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    print(report.rendered(colored: colored, verbose: !quiet, onlyRule: ruleID), terminator: "")
    if let junit {
      do {
        try report.junitXML().write(toFile: junit, atomically: true, encoding: .utf8)
      } catch {
        throw ValidationError("\(junit): cannot be written: \(error.localizedDescription)")
      }
    }
    if report.failedCount > 0 { throw ExitCode(1) }
  }
}
