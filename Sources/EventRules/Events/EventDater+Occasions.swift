import TimeTagger

/// The occasion a sentence refers back to: "In the same action, OFAC removed …", "Under the order, Veltrix
/// will pay …", "The court also ordered …" take the date of the act told before.
extension EventDater {
  /// Nouns of an occasion a later sentence refers back to ("In the same action", "As part of the same order").
  static let occasionNouns: Set<String> = [
    "action", "actions", "move", "order", "announcement", "notice", "release", "decision", "ruling",
    "filing", "statement", "round", "package", "designation", "designations", "rule", "judgment",
    "hearing", "opinion",
  ]

  /// Sanctions a decision imposes, which "Alongside the fine, …" refers back to, with the types of
  /// happening each names.
  static let sanctionTypes: [String: Set<String>] = [
    "fine": ["regulatory.penalty", "criminal.sentence"], "penalty": ["regulatory.penalty"],
    "ban": ["regulatory.ban", "regulatory.license"], "suspension": ["regulatory.ban", "regulatory.license"],
    "sentence": ["criminal.sentence"],
  ]

  /// Steps that ask a court for something, which a decision told in the same sentence disposes of.
  static let filingTypes: Set<String> = ["civil.motion_filed", "civil.complaint_filed", "appeal.filed"]

  /// What "Under the ..." refers back to: an order or agreement whose terms the sentence tells.
  static let termsNouns: Set<String> = [
    "order", "settlement", "agreement", "judgment", "deal", "decree", "ruling", "plea",
  ]

  /// The words "In the same action" (or "As part of the same move", "Under the order") opening sentence
  /// `t`: the number of tokens they take, or nil.
  func sameOccasionOpening(_ t: SentenceTokens) -> Int? {
    var k = 0
    // "Under the order, Veltrix will pay": the terms of the order told before; "Under the proposed
    // agreement", "Under the plea agreement", "Under a proposed stipulated order filed with the complaint".
    if t.count > 3, t.lower[0] == "under", ["the", "a", "an", "its", "their"].contains(t.lower[1]),
      let noun = (2..<min(t.count, 5)).first(where: { Self.termsNouns.contains(t.lower[$0]) }),
      (2..<noun).allSatisfy({ t.tokens[$0].kind == .word && !t.tokens[$0].isCapitalized })
    {
      return noun + 1
    }
    // "At the same time, Britain's Foreign Office added the same seven": the occasion just told.
    if t.count > 4, t.lower[0] == "at", t.lower[1] == "the", t.lower[2] == "same", t.lower[3] == "time",
      t.lower[4] == ","
    {
      return 4
    }
    // "Alongside the fine, the Commission ordered …": the decision just told.
    if t.count > 3, t.lower[0] == "alongside", t.lower[1] == "the",
      Self.occasionNouns.contains(t.lower[2]) || Self.sanctionTypes[t.lower[2]] != nil
    {
      return 3
    }
    if t.count > 3, t.lower[0] == "as", t.lower[1] == "part", t.lower[2] == "of" {
      k = 3
    } else if t.count > 1, t.lower[0] == "in" {
      k = 1
    } else {
      return nil
    }
    guard k + 2 < t.count, t.lower[k] == "the" || t.lower[k] == "that", t.lower[k + 1] == "same",
      Self.occasionNouns.contains(t.lower[k + 2])
    else { return nil }
    return k + 3
  }

  /// Dates the undated mentions of a sentence opened by "In the same action" with the date of the latest
  /// dated mention before it (the occasion it refers to).
  func dateBySameOccasion(_ mentions: inout [Mention]) {
    for i in mentions.indices where mentions[i].date == nil {
      let t = sentences[mentions[i].sentence]
      // "Under the plea agreement, ...": the opening's own noun is the occasion, not something told in it.
      guard let length = sameOccasionOpening(t), mentions[i].trigger.lowerBound >= length,
        // "Under the order, Quillfield could face additional penalties if …": a prospect is no term of it.
        mentions[i].status != .hypothetical
      else { continue }
      // "In the same ruling, the judge denied Nestwell's motion to dismiss": the motion a decision disposes
      // of was filed before it, not on its day.
      if Self.filingTypes.contains(mentions[i].rule.type),
        mentions.contains(where: {
          $0.sentence == t.index && $0.trigger.upperBound <= mentions[i].trigger.lowerBound
            && EventMerger.decisionTypes.contains($0.rule.type)
        })
      {
        continue
      }
      // "The agreement was filed on Monday. In the same filing, the two sides asked …": a sentence just
      // before that tells a time and no step of its own told the occasion.
      if t.index > 0, t.lower.first != "at", !mentions.contains(where: { $0.sentence == t.index - 1 }),
        let time = datedTimes(in: t.index - 1).first
      {
        mentions[i].date = Self.date(time, resolution: "carried-from-story")
        continue
      }
      let told = mentions.indices.filter {
        mentions[$0].sentence < t.index && mentions[$0].date != nil
          && !Self.unrealized.contains(mentions[$0].status)
      }
      // "Alongside the fine, the ICO issued an enforcement notice": the fine told before, not the inquiry told
      // since.
      var pool = told
      if let types = Self.sanctionTypes[t.lower[length - 1]] {
        let named = told.filter { types.contains(mentions[$0].rule.type) }
        if !named.isEmpty { pool = named }
      }
      guard let previous = pool.max(by: { mentions[$0].sentence < mentions[$1].sentence }),
        var date = mentions[previous].date
      else { continue }
      date.text = t.text(0..<length)
      date.resolution = TimeResolution.previousTime.rawValue
      mentions[i].date = date
    }
  }

  /// "Doherty was acquitted by the same jury": a verdict of the jury just told, given with its other verdict,
  /// takes that verdict's date.
  func dateBySameJury(_ mentions: inout [Mention]) {
    for i in mentions.indices
    where mentions[i].date == nil && Self.verdictTypes.contains(mentions[i].rule.type)
      && !isToldAsLater(mentions[i])
    {
      let t = sentences[mentions[i].sentence]
      guard datedTimes(in: t.index).isEmpty,
        (1..<t.count).contains(where: { t.lower[$0] == "jury" && t.lower[$0 - 1] == "same" })
      else { continue }
      if let date = latestDate(
        before: t.index, within: 3, in: mentions,
        where: {
          Self.verdictTypes.contains($0.rule.type)
        })
      {
        mentions[i].date = date
      }
    }
  }

  /// The date of the latest dated mention that `accepts`, told in the `reach` sentences before sentence `s`,
  /// as carried from the story.
  private func latestDate(
    before s: Int, within reach: Int, in mentions: [Mention], where accepts: (Mention) -> Bool
  ) -> EventDate? {
    let previous = mentions.indices.filter {
      mentions[$0].sentence < s && mentions[$0].sentence >= s - reach && mentions[$0].date != nil
        && accepts(mentions[$0])
    }
    guard let last = previous.max(by: { mentions[$0].sentence < mentions[$1].sentence }),
      var date = mentions[last].date
    else { return nil }
    date.resolution = "carried-from-story"
    return date
  }

  /// Verbs in which a complaint asks for relief ("It also asks the court to …").
  static let complaintVerbs: Set<String> = ["asks", "seeks"]
  /// Filings that ask a court for relief.
  static let complaintTypes: Set<String> = ["civil.complaint_filed", "regulatory.enforcement"]

  /// "The court also ordered Azur Voirie to publish …", "The regulator also imposed a penalty": a further act
  /// of the actor just told, done on the same occasion, takes the date of the latest dated act of the
  /// three sentences before.
  func dateByAlso(_ mentions: inout [Mention]) {
    for i in mentions.indices
    where mentions[i].date == nil && [.actual, .requested].contains(mentions[i].status)
      && !mentions[i].isBareDecisionNoun
      && !mentions[i].isDefinite
    {
      let t = sentences[mentions[i].sentence]
      // "has also suspended" is news of the day, not the occasion told before.
      guard let also = t.lower.prefix(6).firstIndex(of: "also"), also >= 1, also + 1 < t.count,
        !["has", "have", "had"].contains(t.lower[also - 1]),
        also < mentions[i].trigger.upperBound,
        // "also ordered Harwell to pay $1,500 to each of the 38 tenants who sued the company in February":
        // a time in a later "who" clause is that clause's.
        datedTimes(in: t.index).allSatisfy({
          isInLaterWhoClause($0, after: mentions[i].trigger, in: t)
            || isInLaterRelativeClause($0, after: mentions[i].trigger, in: t)
        })
      else { continue }
      let verb = t.lower[also + 1]
      // "It also asks the court to order Vantrell to stop": what a complaint asks for, in its present.
      let asksOfComplaint = Self.complaintVerbs.contains(verb)
      guard verb.hasSuffix("ed") || Self.irregularPasts.contains(verb) || asksOfComplaint else { continue }
      // A complaint's relief is told a few sentences after its filing.
      if let date = latestDate(
        before: t.index, within: 5, in: mentions,
        where: {
          $0.status == .actual && !$0.background
            && (!asksOfComplaint || Self.complaintTypes.contains($0.rule.type))
        })
      {
        mentions[i].date = date
      }
    }
  }
}
