import TextSegmentation

/// Why the extractor found what it found in one sentence: the rules that matched (with roles, status and
/// date) and the rules that were vetoed, with the reason. `description` renders it for `legal-timeline explain`.
public struct SentenceExplanation: Sendable, Hashable, CustomStringConvertible {
  /// A rule that matched and yielded a mention.
  public struct Match: Sendable, Hashable {
    public let rule: String
    public let type: String
    public let trigger: String
    public let participants: [Participant]
    public let status: EventStatus
    /// The words that set the status, or nil when the rule's default status was kept.
    public let statusCue: String?
    public let date: EventDate?
    public let background: Bool
  }

  /// A rule whose trigger matched but which a veto, a missing required word or a better match cancelled.
  public struct Vetoed: Sendable, Hashable {
    public let rule: String
    public let trigger: String
    public let reason: String
  }

  /// The sentence, with where it stands in the article text.
  public let sentence: Sentence
  public let matches: [Match]
  public let vetoed: [Vetoed]

  public var description: String {
    var lines = ["» \(sentence.text)"]
    for m in matches {
      lines.append("  + \(m.rule) → \(m.type) on “\(m.trigger)”")
      for p in m.participants { lines.append("      \(p.role): \(p.name)") }
      let cue = m.statusCue.map { " (from “\($0)”)" } ?? " (rule default)"
      lines.append("      status: \(m.status.rawValue)\(cue)\(m.background ? ", background" : "")")
      if let date = m.date {
        lines.append(
          "      date: \(date.value) [\(date.resolution)]\(date.text.map { " from “\($0)”" } ?? "")")
      } else {
        lines.append("      date: none in reach")
      }
    }
    for v in vetoed { lines.append("  - \(v.rule) on “\(v.trigger)”: \(v.reason)") }
    if matches.isEmpty && vetoed.isEmpty { lines.append("  (no rule matched)") }
    return lines.joined(separator: "\n")
  }
}
