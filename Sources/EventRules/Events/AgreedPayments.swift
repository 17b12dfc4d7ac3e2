/// "Fairmont will pay $1.1 million to settle a lawsuit", "Brightpath will pay a $2 million civil money
/// penalty": a settlement or a penalty told by the payment still to be made was agreed or imposed. What
/// happened is the settlement or the order; only the money is still to move.
enum AgreedPayments {
  /// Types whose happening an owed payment tells.
  static let types: Set<String> = ["civil.settlement", "regulatory.penalty", "regulatory.enforcement"]

  /// Makes actual the settlements and penalties told as intended only because their payment is ahead.
  static func apply(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    for i in mentions.indices
    where types.contains(mentions[i].rule.type) && mentions[i].status == .intended
      && mentions[i].statusCue == "will"
    {
      let t = sentences[mentions[i].sentence]
      let start = t.clauseStart(before: mentions[i].trigger.lowerBound)
      let words = t.lower[start..<min(t.count, mentions[i].trigger.upperBound)]
      guard let will = words.firstIndex(of: "will"), will + 1 < t.count, t.lower[will + 1] == "pay" else {
        continue
      }
      mentions[i].status = .actual
      mentions[i].statusCue = nil
    }
  }
}
