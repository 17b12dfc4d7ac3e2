/// "Judge Trujillo ordered QuickBridge to pay $4.2 million in restitution and civil penalties", "a judge
/// could order Larder & Lane to pay civil penalties": penalties a civil court orders are its judgment, not a
/// regulator's penalty. What a regulator asks the court for ("asking the court to impose civil penalties")
/// stays the regulator's, and so does a penalty in a consent decree or settlement the court enters.
extension ProceedingContext {
  /// Words naming the court or judge that orders.
  static let orderingBench: Set<String> = ["judge", "court", "jury", "magistrate", "tribunal", "justice"]

  /// Words after "Justice" that make it a government body, not a bench ("the Justice Department").
  static let justiceBodies: Set<String> = [
    "department", "ministry", "minister", "secretary", "dept", "dept.",
  ]

  /// Verbs by which the bench puts the penalty on a party ("The judge fined the firm").
  static let orderingVerbs: Set<String> = [
    "order", "orders", "ordered", "ordering", "impose", "imposes", "imposed", "imposing", "fined", "fines",
  ]

  /// Words of a criminal sentence told beside the fine ("a fine of $5,000 and two years of probation").
  static let criminalSentenceWords: Set<String> = [
    "probation", "jail", "prison", "sentence", "sentenced", "sentencing", "convicted", "guilty",
    "imprisonment",
  ]

  /// Words naming the penalty itself in a trigger.
  static let penaltyWords: Set<String> = ["penalty", "penalties", "fine", "fines"]

  /// Words of an agreed outcome the court only approves.
  static let agreedOutcomeWords: Set<String> = [
    "consent", "settlement", "settle", "settled", "agreed", "agrees", "agree", "stipulated",
  ]

  static func retypeCourtOrderedPenalties(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    let criminalCase = mentions.contains {
      $0.rule.type == "criminal.conviction"
        || ($0.rule.type == "criminal.plea" && isPleaOfGuilt($0.triggerText.lowercased()))
    }
    for i in mentions.indices
    where mentions[i].rule.type == "regulatory.penalty" && mentions[i].status != .requested {
      let t = sentences[mentions[i].sentence]
      let start = mentions[i].trigger.lowerBound
      // "ordered the company to pay $2 million to the state": a payment to the regulator stays its penalty.
      let words = mentions[i].triggerText.lowercased().split(separator: " ")
      guard !t.lower.contains(where: agreedOutcomeWords.contains),
        !t.lower.contains(where: criminalSentenceWords.contains),
        words.contains(where: { penaltyWords.contains(String($0)) })
          || finedByJudge(at: start, in: t, trigger: words),
        let bench = t.lower[..<start].lastIndex(where: orderingBench.contains),
        !(t.lower[bench] == "justice" && bench + 1 < t.count && justiceBodies.contains(t.lower[bench + 1])),
        t.lower[(bench + 1)...start].contains(where: orderingVerbs.contains)
      else { continue }
      // "Northline pleaded guilty Oct. 5 … Justice of the Peace Harjit Sandhu imposed the fine Tuesday": in
      // an article whose party admitted or was convicted of an offence, the court's fine is its sentence.
      retype(
        &mentions[i], to: criminalCase ? "criminal.sentence" : "civil.judgment", party: "target",
        as: "defendant")
      mentions[i].participants.removeAll { $0.role == "authority" }
      if criminalCase, let court = RoleFinder.court(in: t),
        !mentions[i].participants.contains(where: { $0.role == "court" })
      {
        mentions[i].participants.append(Participant(role: "court", name: court))
      }
    }
  }

  /// "The judge fined the firm $250,000 for contempt": a judge's or a court's own fine, its subject just
  /// before the verb, with no regulator in the sentence (a tribunal that fines is often the regulator's).
  private static func finedByJudge(at start: Int, in t: SentenceTokens, trigger words: [Substring]) -> Bool {
    guard words.first == "fined" || words.first == "fines", start >= 1 else { return false }
    // "Judge holds Wayfarer in contempt over withheld records, fines it $5,000 a day": a verb coordinated
    // after the bench's first act shares its subject.
    let subject = t.lower[max(0, start - 12)..<start]
    return subject.contains(where: { ["judge", "court", "magistrate"].contains($0) })
      && !t.lower.contains(where: { ArticleNames.isAgencyWord($0) || regulatorNouns.contains($0) })
  }
}
