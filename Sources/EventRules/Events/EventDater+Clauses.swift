import TimeTagger

/// Where a sentence's shape decides which time is a trigger's: a year that names an incident ("the 2019
/// killing"), a time fronting the sentence ("Last Friday, …, ordering …"), a relative clause that tells an
/// earlier happening ("the man who sued the city").
extension EventDater {
  /// Nouns of what happened before any case: "the 2019 killing", "over a 2018 data breach".
  static let incidentNouns: Set<String> = [
    "killing", "killings", "murder", "murders", "death", "deaths", "shooting", "shootings", "stabbing",
    "crash", "fire", "attack", "attacks", "robbery", "collapse", "explosion", "overdose", "disappearance",
    "kidnapping", "assault", "bombing", "riot", "derailment", "hack", "breach", "spill", "accident", "leak",
    "outbreak", "heist", "raid", "homicide", "homicides", "arson", "collision", "massacre",
  ]

  /// A year or date used as an adjective of an incident ("in the 2019 killing of"): when the incident
  /// happened, not the step of the case the sentence tells.
  func namesAnIncident(_ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard let own = tokenSpan(of: time, in: t) else { return false }
    let titleCase = isTitleCase(t)
    for k in own.upperBound..<min(t.count, own.upperBound + 4) {
      if Self.incidentNouns.contains(t.lower[k]) { return true }
      // "2018 data breach", "2010 overdose death": up to two words describing the incident; "convicted in
      // 2019 of killing" dates the conviction. A headline in title case names the place too ("Charged in
      // 2024 Ashby Falls Homicide").
      guard t.tokens[k].kind == .word, !Self.notNouns.contains(t.lower[k]),
        !t.tokens[k].isCapitalized || titleCase, k < own.upperBound + 3 || titleCase
      else { return false }
    }
    return false
  }

  /// Whether a sentence is written in title case, as headlines are: most of its longer words capitalized.
  func isTitleCase(_ t: SentenceTokens) -> Bool {
    let words = t.tokens.indices.filter { t.tokens[$0].kind == .word && t.lower[$0].count > 3 }
    return words.count >= 4 && words.filter { t.tokens[$0].isCapitalized }.count * 5 >= words.count * 4
  }

  /// Steps a sentence usually names as what another act answers ("denied Keystone's motion to dismiss"):
  /// a time fronting that sentence is the act's, not theirs.
  static let referredTypes: Set<String> = ["civil.motion_filed", "civil.complaint_filed", "appeal.filed"]

  /// ", ordering Kestrel to …", ", barring the company from …": a participle after a comma that tells
  /// more of the act before it.
  func isParticipialElaboration(_ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    trigger.lowerBound > 0 && trigger.lowerBound < t.count && t.lower[trigger.lowerBound - 1] == ","
      && t.lower[trigger.lowerBound].hasSuffix("ing")
  }

  /// The time of the clause a participle after a comma elaborates: the last time before the comma, in the
  /// same clause (no other comma, semicolon or subordinator between them).
  func timeOfElaboratedClause(before trigger: Range<Int>, among times: [TimeExpression], in t: SentenceTokens)
    -> TimeExpression?
  {
    let comma = trigger.lowerBound - 1
    guard
      let time = times.last(where: { tokenSpan(of: $0, in: t).map { $0.upperBound <= comma } ?? false }),
      let span = tokenSpan(of: time, in: t)
    else { return nil }
    let between = t.lower[span.upperBound..<comma]
    guard
      !between.contains(where: {
        $0 == "," || $0 == ";" || Self.elaborationBreaks.contains($0)
      })
    else { return nil }
    return time
  }

  /// Words that open another clause between a time and the participle after it.
  static let elaborationBreaks: Set<String> = [
    "when", "after", "before", "since", "because", "while", "who", "which", "that", "until",
  ]

  /// The time that opens the sentence before its subject ("Last Friday, …", "On 3 May, …", "In March 2019
  /// the Nice criminal court convicted …").
  func frontedTime(_ times: [TimeExpression], in t: SentenceTokens) -> TimeExpression? {
    guard let first = times.first, let span = tokenSpan(of: first, in: t), span.lowerBound <= 1,
      span.upperBound < t.count
    else { return nil }
    if t.lower[span.upperBound] == "," { return first }
    // "In Thursday's decision, she …": the time of the noun the sentence opens with.
    if first.text.isPossessive, span.upperBound + 1 < t.count,
      t.lower[span.upperBound + 1] == ","
    {
      return first
    }
    // Without a comma, only a subject may follow ("Last year's ruling" is no fronted time).
    let next = t.tokens[span.upperBound]
    guard next.kind == .word else { return nil }
    return next.isCapitalized || Self.subjectOpeners.contains(t.lower[span.upperBound]) ? first : nil
  }

  /// The time a cleft sentence puts first to stress it ("It took until 2019 for prosecutors to bring a case",
  /// "It was not until the spring of 2011 that the family sued", "Not until May did the court rule"): it dates
  /// the happening the rest of the sentence tells, though the grammar puts it in another clause.
  func cleftTime(_ times: [TimeExpression], in t: SentenceTokens) -> TimeExpression? {
    guard let first = times.first, let span = tokenSpan(of: first, in: t), span.lowerBound >= 2,
      span.lowerBound <= 6
    else { return nil }
    var opening = Array(t.lower[0..<span.lowerBound])
    if let lead = opening.first, ["but", "and", "yet", "so"].contains(lead) { opening.removeFirst() }
    return Self.cleftOpenings.contains(opening) ? first : nil
  }

  /// The words before the stressed time of a cleft sentence.
  static let cleftOpenings: Set<[String]> = [
    ["it", "took", "until"], ["it", "was", "not", "until"], ["it", "wasn't", "until"], ["not", "until"],
    ["it", "was", "only", "in"], ["only", "in"], ["it", "would", "take", "until"],
    ["it", "was", "only", "on"],
    ["it", "took", "until", "the"], ["it", "was", "not", "until", "the"],
  ]

  /// A subject's first word: a determiner or a personal pronoun.
  static let subjectPronouns: Set<String> = determiners.union(["he", "she", "it", "they", "we"])

  /// Words that open a sentence's subject.
  static let subjectOpeners: Set<String> = subjectPronouns.union([
    "i", "prosecutors", "police", "regulators", "officials", "lawyers", "judges", "jurors",
  ])

  static let clausePrepositions: Set<String> = ["during", "in", "at", "on", "after", "before", "when", "by"]

  /// "voted on Tuesday to pay Marcus Hale, the man who sued the city": a trigger in a relative clause
  /// ("who sued") tells an earlier happening; a time before the clause is the main clause's.
  func isOutsideRelativeClause(of trigger: Range<Int>, _ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t), span.upperBound <= trigger.lowerBound,
      !tellsNoun(modifiedBy: span, trigger: trigger, in: t)
    else { return false }
    let from = max(span.upperBound, trigger.lowerBound - 3)
    // "an inspection in late June, during which investigators found": the clause happens at that time.
    // "was produced before the special court on Wednesday, which rejected his plea for bail": a clause
    // right after the time tells what the court did at that sitting.
    return (from..<trigger.lowerBound).contains { k in
      Self.relativePronouns.contains(t.lower[k])
        && !(k > 0 && Self.clausePrepositions.contains(t.lower[k - 1]))
        && !(k == span.upperBound + 1 && t.lower[span.upperBound] == ",")
    }
  }

  /// "In January, the family of Curtis Hale, who died in 2011 after …, sued the company": a time inside a
  /// relative clause set off by commas before the trigger tells that clause, not the trigger.
  func isInEarlierRelativeClause(of trigger: Range<Int>, _ time: TimeExpression, in t: SentenceTokens) -> Bool
  {
    guard let span = tokenSpan(of: time, in: t), span.upperBound <= trigger.lowerBound else { return false }
    guard
      let opener = (0..<span.lowerBound).last(where: { k in
        k > 0 && t.lower[k - 1] == "," && Self.relativePronouns.contains(t.lower[k])
      }),
      !t.lower[opener..<span.lowerBound].contains(",")
    else { return false }
    return t.lower[span.upperBound..<trigger.lowerBound].contains(",")
  }

  /// Pronouns that open a relative clause about a person or thing.
  static let relativePronouns: Set<String> = ["who", "whom", "which", "whose"]

  /// Steps a court sits for, which a case can be put off to.
  static let sittingTypes: Set<String> = [
    "civil.hearing", "criminal.trial", "criminal.sentence", "criminal.plea",
  ]

  /// Verbs that put a case off to another day.
  static let putOffVerbs: Set<String> = [
    "adjourned", "adjourns", "adjourn", "postponed", "postpones", "postpone", "deferred", "defers",
    "rescheduled", "moved", "pushed", "put",
  ]

  /// Whether `time` is the day a case is put off to ("adjourned the matter to 12 September").
  func isPutOffTarget(_ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t), span.lowerBound >= 2,
      ["to", "until", "till"].contains(t.lower[span.lowerBound - 1])
    else { return false }
    return t.lower[max(0, span.lowerBound - 7)..<(span.lowerBound - 1)].contains(
      where: Self.putOffVerbs.contains)
  }

  /// Whether a semicolon or colon stands between a time and the trigger.
  func isAcrossSemicolon(_ time: TimeExpression, from trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t) else { return false }
    return t.lower[Self.gap(between: span, and: trigger)].contains { $0 == ";" || $0 == ":" }
  }

  /// The tokens between a time's span and a trigger, whichever comes first.
  static func gap(between span: Range<Int>, and trigger: Range<Int>) -> Range<Int> {
    trigger.upperBound <= span.lowerBound
      ? trigger.upperBound..<span.lowerBound : span.upperBound..<max(span.upperBound, trigger.lowerBound)
  }

  /// Whether a time stands after the trigger.
  func isAfter(_ time: TimeExpression, _ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t) else { return false }
    return span.lowerBound >= trigger.upperBound
  }

  /// "The midwife who was in charge of the suite that night was suspended": a time after a "who" that
  /// opens the trigger's clause, with no comma between them and the trigger.
  func isInSubjectWhoClause(_ time: TimeExpression, before trigger: Range<Int>, in t: SentenceTokens) -> Bool
  {
    guard let span = tokenSpan(of: time, in: t), span.upperBound <= trigger.lowerBound else { return false }
    guard let who = t.lower[..<span.lowerBound].lastIndex(of: "who") else { return false }
    return !t.lower[who..<trigger.lowerBound].contains(where: { $0 == "," || $0 == ";" })
  }

  /// "will not file charges", "no charges will be filed", "was not taking action", "voted not to appeal": a
  /// prosecutor's, regulator's or party's decision not to act, told as what will not happen, unlike a step
  /// that has not come ("has not been charged").
  func isDecisionNotToAct(_ m: Mention, in t: SentenceTokens) -> Bool {
    guard m.status == .negated, Self.decidedTypes.contains(m.rule.type), m.trigger.upperBound <= t.count
    else {
      return false
    }
    let from = max(0, m.trigger.lowerBound - 4)
    return t.lower[from..<m.trigger.upperBound].contains {
      Self.futureModals.contains($0) || Self.decisionWords.contains($0)
    }
  }

  /// Steps whose not being taken is a decision of the day it is told.
  static let decidedTypes: Set<String> = ["criminal.charge", "regulatory.enforcement", "appeal.filed"]

  /// Words that tell a decision not to act ("decided not to", "voted not to", "was not taking action").
  static let decisionWords: Set<String> = ["decided", "voted", "taking", "pursuing", "bringing"]

  static let futureModals: Set<String> = ["will", "would", "won't", "wo", "shall"]

  /// The time a sentence tells when it was said ("…, the district attorney announced Tuesday"), on the same
  /// side of any semicolon as the trigger.
  func timeOfSaying(among times: [TimeExpression], for trigger: Range<Int>, in t: SentenceTokens)
    -> TimeExpression?
  {
    times.first { time in
      guard let span = tokenSpan(of: time, in: t), !isAcrossSemicolon(time, from: trigger, in: t) else {
        return false
      }
      return followsSpeechVerb(span, skipping: ["on", "in"], in: t)
    }
  }
}
