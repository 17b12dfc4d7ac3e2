import Foundation

/// The results of a sample suite, with the scores a rule author reads: event precision and recall
/// (type and date value must both match), per event type, dead rules and the slowest samples.
public struct SampleSuiteReport: Sendable {
  public let results: [SampleResult]
  /// The ids of every rule of the pack the suite ran with.
  public let ruleIDs: [String]

  public var passedCount: Int { results.filter(\.passed).count }
  public var failedCount: Int { results.count - passedCount }

  /// Event counts over all compared samples.
  public struct Score: Sendable, Hashable {
    public var expected = 0
    public var extracted = 0
    public var matched = 0
    public var precision: Double {
      extracted == 0 ? (expected == 0 ? 1 : 0) : Double(matched) / Double(extracted)
    }
    public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
  }

  /// Precision and recall of events over every compared sample; a match needs type and date value.
  public var score: Score {
    scoresByType.values.reduce(into: Score()) {
      $0.expected += $1.expected
      $0.extracted += $1.extracted
      $0.matched += $1.matched
    }
  }

  /// The same score for each event type.
  public var scoresByType: [String: Score] {
    var scores: [String: Score] = [:]
    for result in results {
      guard case .compared(let expected, let actual, let comparison) = result.outcome else { continue }
      for event in expected.events { scores[event.type, default: Score()].expected += 1 }
      for event in actual.events { scores[event.type, default: Score()].extracted += 1 }
      for match in comparison.typeAndDateMatches {
        scores[match.expected.type, default: Score()].matched += 1
      }
    }
    return scores
  }

  /// Rules that found no event in any sample.
  public var deadRules: [String] {
    var fired = Set<String>()
    for result in results {
      switch result.outcome {
      case .compared(_, let actual, _), .updated(let actual): fired.formUnion(actual.events.map(\.rule))
      case .error: break
      }
    }
    return ruleIDs.filter { !fired.contains($0) }
  }

  /// Samples that expect events of which none was extracted.
  public var unexplainedSamples: [String] {
    results.compactMap { result in
      guard case .compared(let expected, let actual, _) = result.outcome else { return nil }
      return !expected.events.isEmpty && actual.events.isEmpty ? result.name : nil
    }
  }

  /// A readable report: one diff per failing sample, the scores, and the closing `N passed, N failed` line.
  public func rendered(colored: Bool = false, verbose: Bool = false, onlyRule: String? = nil) -> String {
    let style = DiffStyle(colored: colored)
    var lines: [String] = []
    for result in results {
      lines.append(contentsOf: SampleDiffRenderer(style: style, onlyRule: onlyRule).lines(for: result))
    }
    lines.append("")
    let s = score
    lines.append(
      "events: \(s.matched) of \(s.expected) expected found, \(s.extracted) extracted; "
        + "precision \(Self.format(s.precision)), recall \(Self.format(s.recall)) (type and date must match)")
    if verbose {
      lines.append("per type (expected / extracted / matched, precision, recall):")
      for (type, t) in scoresByType.sorted(by: { $0.key < $1.key }) {
        lines.append(
          "  \(type.padding(toLength: 26, withPad: " ", startingAt: 0)) \(t.expected) / \(t.extracted) / \(t.matched)"
            + "  P \(Self.format(t.precision))  R \(Self.format(t.recall))")
      }
      let dead = deadRules
      lines.append(
        "rules that fired on no sample (\(dead.count)): \(dead.isEmpty ? "none" : dead.joined(separator: ", "))"
      )
      let unexplained = unexplainedSamples
      lines.append(
        "samples no rule explains (\(unexplained.count)): "
          + (unexplained.isEmpty ? "none" : unexplained.joined(separator: ", ")))
      let slowest = results.sorted { $0.seconds > $1.seconds }.prefix(3)
      lines.append(
        "slowest samples: "
          + slowest.map { "\($0.name) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", "))
    }
    lines.append("\(passedCount) passed, \(failedCount) failed")
    return lines.joined(separator: "\n") + "\n"
  }

  static func format(_ x: Double) -> String {
    let scaled = Int((x * 1000).rounded())
    let frac = String(scaled % 1000)
    return "\(scaled / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
  }
}
