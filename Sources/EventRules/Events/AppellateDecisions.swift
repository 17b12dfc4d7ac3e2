/// A court of appeal decides appeals: a ruling it makes ("Last Thursday the Court of Appeal handed down three
/// judgments", "Ontario's top court struck down the cap") is the decision of an appeal, whatever verb tells
/// it. The court is read from the ruling's court role, or from the words of its clause up to the verb when the
/// role names another court ("..., agreeing with a lower court").
enum AppellateDecisions {
  /// Retypes the rulings of appellate courts as `appeal.decided`.
  static func apply(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    guard mentions.contains(where: { $0.rule.type == "civil.ruling" || $0.rule.type == "civil.injunction" })
    else { return }
    // "the Supreme Court" decides appeals in a story that tells one; a story of its original jurisdiction
    // (a writ petition heard first there) does not.
    let tellsAppeal = sentences.contains { $0.lower.contains(where: appealWords.contains) }
    for i in mentions.indices
    where (mentions[i].rule.type == "civil.ruling" || isAppellateOrder(mentions[i]))
      && !mentions[i].isBareDecisionNoun
    {
      let m = mentions[i]
      let t = sentences[m.sentence]
      let start = t.clauseStart(before: m.trigger.lowerBound)
      let clause = Array(t.lower[start..<min(t.count, m.trigger.upperBound)])
      let court = m.participants.first { $0.role == "court" }.map {
        $0.name.lowercased().split(separator: " ").map(String.init)
      }
      if isAppellate(clause, tellsAppeal: tellsAppeal)
        || court.map({ isAppellate($0, tellsAppeal: tellsAppeal) }) == true
      {
        mentions[i].rule = mentions[i].rule.yielding("appeal.decided")
      }
    }
  }

  /// "Appeals court orders state to restore casino's license": what an appeals court orders is its decision
  /// of the appeal; an injunction it grants by name ("an injunction pending appeal") stays one.
  static func isAppellateOrder(_ m: Mention) -> Bool {
    guard m.rule.type == "civil.injunction", m.status == .actual else { return false }
    let words = m.triggerText.lowercased().split(separator: " ")
    return words.contains { orderVerbs.contains(String($0)) }
      && !words.contains { ["injunction", "restraining", "stay", "protection"].contains(String($0)) }
  }

  /// Verbs of a court's directive.
  static let orderVerbs: Set<String> = ["order", "orders", "ordered", "ordering", "directs", "directed"]

  /// Drops an injunction that the appeal decision told in its sentence undoes ("The panel vacated the
  /// preliminary injunction"): the order named is the one set aside, and the happening is the appeal's.
  static func dropUndoneInjunctions(
    _ mentions: inout [Mention], sentences: [SentenceTokens], vetoes: inout [Veto]
  ) {
    let deciding = Set(mentions.filter { $0.rule.type == "appeal.decided" }.map(\.sentence))
    guard !deciding.isEmpty else { return }
    mentions.removeAll { m in
      guard m.rule.type == "civil.injunction", deciding.contains(m.sentence) else { return false }
      let t = sentences[m.sentence]
      let start = max(t.clauseStart(before: m.trigger.lowerBound), m.trigger.lowerBound - 4)
      guard (start..<m.trigger.lowerBound).contains(where: { undoingVerbs.contains(t.lower[$0]) }) else {
        return false
      }
      vetoes.append(
        Veto(
          rule: m.rule.id, trigger: m.triggerText,
          veto: "an order the appeal decision in its sentence undoes, not a new one", sentence: m.sentence))
      return true
    }
  }

  /// Verbs of an appeal court undoing an order below.
  static let undoingVerbs: Set<String> = [
    "vacated", "vacates", "vacating", "lifted", "lifts", "lifting", "dissolved", "dissolves", "overturned",
    "overturns", "reversed", "reverses", "quashed", "quashes", "tossed", "tosses",
  ]

  /// Words that show a story tells an appeal.
  static let appealWords: Set<String> = [
    "appeal", "appeals", "appealed", "appellate", "upheld", "overturned", "reversed", "affirmed", "cassation",
  ]

  /// Whether lowercased words name a court that hears appeals: a court of appeal, an appeals or appellate
  /// court, a numbered or Federal Circuit, the Privy Council, a court of cassation or final appeal, a full
  /// court or a division bench, a top, highest or apex court, and a supreme court or its justices in a story that
  /// tells an appeal.
  static func isAppellate(_ words: [String], tellsAppeal: Bool) -> Bool {
    for (k, w) in words.enumerated() {
      let next = k + 1 < words.count ? words[k + 1] : ""
      let previous = k > 0 ? words[k - 1] : ""
      switch w {
      case "appellate": return true
      case "appeal", "appeals":
        if previous == "of" || next == "court" || next == "courts" || next == "panel" { return true }
      case "circuit":
        // "the Fifth Circuit", "the 9th U.S. Circuit Court of Appeals"; a county's "Circuit Court" tries cases,
        // and so does a state's "Circuit Judge" (a federal one is a "U.S. Circuit Judge").
        if next == "judge" || next == "judges" {
          if ["u.s.", "u.s", "us", "federal"].contains(previous) { return true }
        } else if next != "court" || words.dropFirst(k).prefix(4).contains("appeals") {
          return true
        }
      case "council" where previous == "privy": return true
      case "cassation": return true
      case "court" where ["top", "highest", "apex", "full"].contains(previous): return true
      // A division bench of a high court hears appeals from its single judges.
      case "bench" where previous == "division" || previous == "full": return true
      case "court" where previous == "supreme": if tellsAppeal { return true }
      // "The justices granted the petition": a high court's bench, in a story that tells an appeal ("justices
      // of the peace" sit in magistrates' courts).
      case "justices" where next != "of": if tellsAppeal { return true }
      default: continue
      }
    }
    return false
  }
}
