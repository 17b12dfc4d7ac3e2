/// "The board suspended the pharmacy's licence in 2012, after inspectors found mould in a storage area":
/// what the inspectors found is the ground of the decision told before it, not a step of its own.
extension ProceedingContext {
  /// Regulators' decisions an inspection's findings lead to.
  static let inspectionOutcomes: Set<String> = [
    "regulatory.ban", "regulatory.license", "regulatory.penalty",
  ]

  /// Drops a finding told in an "after" or "when" clause behind a regulator's decision in its sentence.
  static func dropInspectionFindingsBehindDecisions(_ mentions: inout [Mention], sentences: [SentenceTokens])
  {
    let decisions = mentions.filter { inspectionOutcomes.contains($0.rule.type) }
    guard !decisions.isEmpty else { return }
    mentions.removeAll { m in
      guard m.rule.id == "regulatory.violation-found", m.trigger.lowerBound > 0 else { return false }
      let t = sentences[m.sentence]
      let from = max(0, m.trigger.lowerBound - 3)
      guard
        let opener = (from..<m.trigger.lowerBound).last(where: { ["after", "when"].contains(t.lower[$0]) })
      else { return false }
      return decisions.contains { $0.sentence == m.sentence && $0.trigger.upperBound <= opener }
    }
  }
}
