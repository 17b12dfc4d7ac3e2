import TextSegmentation
import TimeTagger

/// Dates mentions from the article's time expressions: the expression in the trigger's clause; else one
/// carried from the story ("That was back in March." dates the happenings told just before it; a time
/// said earlier in the paragraph dates what follows); and orders mentions from cues ("After X, Y").
struct EventDater {
  let sentences: [SentenceTokens]
  let times: [TimeExpression]
  /// Per sentence, where its times lie in `times`: looked up rather than searched for, so that an article of
  /// many sentences and times costs no pass over all times per sentence.
  private let timeIndices: [Range<Int>]
  /// The page's date: "It comes two years after the tribunal fined …" counts from the news of the day.
  let publicationDate: CalendarDay?
  /// Per sentence, its dated expressions, worked out once: every mention of a sentence asks for them, and a
  /// long sentence with many times and many mentions would otherwise cost their product many times over.
  private var datedBySentence: [[TimeExpression]] = []

  init(sentences: [SentenceTokens], times: [TimeExpression], publicationDate: CalendarDay? = nil) {
    self.sentences = sentences
    self.publicationDate = publicationDate
    let ordered = times.sorted { $0.range.lowerBound < $1.range.lowerBound }
    self.times = ordered
    var indices: [Range<Int>] = []
    indices.reserveCapacity(sentences.count)
    var k = 0
    for t in sentences {
      let range = t.sentence.range
      var start = k
      while start < ordered.count, ordered[start].range.lowerBound < range.lowerBound { start += 1 }
      var end = start
      while end < ordered.count, ordered[end].range.lowerBound < range.upperBound { end += 1 }
      indices.append(start..<end)
      k = start
    }
    timeIndices = indices
    datedBySentence = sentences.indices.map { timeIndices[$0].isEmpty ? [] : computeDatedTimes(in: $0) }
  }

  /// The time expressions that start in sentence `s`, in text order.
  func times(in s: Int) -> ArraySlice<TimeExpression> {
    s < timeIndices.count ? times[timeIndices[s]] : []
  }

  /// The dated expressions of sentence `s`, in order; "now" is never one. A bound is no date: "gave them
  /// until Dec. 7", "by Friday", "for now".
  func datedTimes(in s: Int) -> [TimeExpression] {
    s < datedBySentence.count ? datedBySentence[s] : computeDatedTimes(in: s)
  }

  private func computeDatedTimes(in s: Int) -> [TimeExpression] {
    let t = sentences[s]
    let range = t.sentence.range
    let dated = times(in: s).filter {
      $0.resolved != nil && $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound
        && !isBound($0, in: t) && !namesAnIncident($0, in: t) && !isDateline($0, in: t)
        && !namesAStatute($0, in: t)
    }
    // "Man now charged with murder": "now" tells a state of things, not when a step happened.
    return dated.filter { $0.value != "PRESENT_REF" }
  }

  /// "the Securities Act of 1933", "the Civil Rights Act of 1964", "the Companies Act, 2013" (as Indian and
  /// South African statutes are named): a year in a statute's name (which time tagging keeps, as TimeML
  /// does) dates nothing the sentence tells.
  func namesAStatute(_ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t), span.lowerBound >= 2,
      ["of", ","].contains(t.lower[span.lowerBound - 1])
    else { return false }
    let name = t.tokens[span.lowerBound - 2]
    return name.isCapitalized && Self.statuteNouns.contains(t.lower[span.lowerBound - 2])
  }

  /// Nouns that end a statute's name before "of" and its year.
  static let statuteNouns: Set<String> = [
    "act", "code", "law", "statute", "ordinance", "decree", "regulations",
  ]

  /// "NASHVILLE, Tenn., May 17 (Northstar) - Country singer …": a wire story's dateline tells when it was
  /// filed, not when anything in it happened.
  func isDateline(_ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t), span.lowerBound <= 8, span.upperBound + 2 < t.count,
      t.lower[span.upperBound] == "("
    else { return false }
    let rest = t.lower[(span.upperBound + 1)..<min(t.count, span.upperBound + 6)]
    guard let close = rest.firstIndex(of: ")"), close + 1 < t.count else { return false }
    return ["-", "—", "–", "--"].contains(t.lower[close + 1])
  }

  /// Words before a time that make it a limit rather than when something happened.
  static let boundWords: Set<String> = ["until", "till", "through", "before", "by", "for", "pending"]
  /// Words before a time that the time ends ("until Dec. 4"): the bound words that name no start or purpose.
  static let limitWords: Set<String> = ["until", "till", "through", "by", "pending"]

  private func isBound(_ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard let own = tokenSpan(of: time, in: t), own.lowerBound > 0 else { return false }
    let first = own.lowerBound
    let after = own.upperBound
    let before = t.lower[first - 1]
    // "for now" is "for the time being"; "for March 3" is a date set for something.
    if before == "for" { return time.value == "PRESENT_REF" }
    // "remains in effect until Dec. 4, when Kessel has scheduled a further hearing": the day the "when"
    // clause tells.
    if after + 1 < t.count, t.lower[after] == ",", t.lower[after + 1] == "when" { return false }
    // "He adjourned it until 26 April": the day a case is put off to is its next hearing.
    if before == "until" || before == "till",
      t.lower[max(0, first - 6)..<first].contains(where: { $0.hasPrefix("adjourn") })
    {
      return false
    }
    // "did not hear argument until this January": the day it finally happened.
    if before == "until" || before == "till",
      t.lower[max(0, first - 10)..<first].contains(where: { $0 == "not" || $0 == "n't" })
    {
      return false
    }
    if Self.boundWords.contains(before) { return true }
    // "had not filed charges as of Monday": the day a state was true, not when anything happened;
    // "inspection reports dating back to 2009": how old something is.
    if before == "of", first >= 2, t.lower[first - 2] == "as" { return true }
    if before == "to", first >= 3, t.lower[first - 2] == "back",
      ["dating", "dates", "dated", "date", "going", "goes"].contains(t.lower[first - 3])
    {
      return true
    }
    // "ran the lender from 2015 until last year", "has run the shop since 2009": the span of a state, not a
    // happening ("would add them from Friday" is when a plan takes effect);
    // "since 2018, when a jury ..." dates what the "when" clause tells.
    if before == "from", after < t.count,
      ["until", "till", "to", "through", "-", "–"].contains(t.lower[after])
    {
      return true
    }
    // The time just before this one in its sentence, and its words.
    let previous = times(in: t.index).last { $0.range.upperBound <= time.range.lowerBound }
    let previousSpan = previous.flatMap { tokenSpan(of: $0, in: t) }
    // "from 1987 to 2012", "between 2019 and 2021": both ends of a span are bounds.
    if ["to", "and", "until", "through"].contains(before), let span = previousSpan,
      span.upperBound == first - 1, span.lowerBound > 0,
      ["from", "between"].contains(t.lower[span.lowerBound - 1])
    {
      return true
    }
    if before == "between", after < t.count, t.lower[after] == "and" { return true }
    if before == "since" {
      return !(after + 1 < t.count && t.lower[after] == "," && t.lower[after + 1] == "when")
    }
    // "through 12:01 a.m. eastern time on July 1": the day of a bound is part of it.
    guard let previous,
      // "jailed for nine years on Thursday": a length of time is no bound.
      previous.type != .duration,
      let span = previousSpan, first - span.upperBound <= 5,
      !t.lower[span.upperBound..<first].contains(where: { SentenceTokens.clauseBreaks.contains($0) })
    else { return false }
    return span.lowerBound > 0 && Self.boundWords.contains(t.lower[span.lowerBound - 1])
  }

  /// The tokens of sentence `t` that `time` covers.
  func tokenSpan(of time: TimeExpression, in t: SentenceTokens) -> Range<Int>? {
    guard let lo = t.tokens.firstIndex(where: { $0.range.overlaps(time.range) }) else { return nil }
    var hi = lo + 1
    while hi < t.count, t.tokens[hi].range.overlaps(time.range) { hi += 1 }
    return lo..<hi
  }

  static func date(_ time: TimeExpression, resolution: String? = nil) -> EventDate? {
    guard let resolved = time.resolved else { return nil }
    return EventDate(
      value: resolved.value, text: time.text, resolution: resolution ?? resolved.resolution.rawValue,
      earliest: resolved.earliest, latest: resolved.latest)
  }

  /// Sets `before` from "After X, Y" / "Y, after X" / "Before X, Y", then dates every mention it can.
  func apply(to mentions: inout [Mention]) {
    order(&mentions)
    markOffsetClauses(&mentions)
    let isEarlier = Set(mentions.indices.filter { !mentions[$0].before.isEmpty })
    let known = retold(mentions)
    // A known one told again ("a hearing officer is scheduled to take up the appeal on June 14" after "has
    // appealed") owns no time when another step is told before it in its clause: the time is that step's.
    // ("A court approved his extradition in November": the approval is told by the noun alone.)
    let actedOn = Set(
      known.filter { i in
        let m = mentions[i]
        let start = sentences[m.sentence].clauseStart(before: m.trigger.lowerBound)
        return mentions.contains {
          $0.sentence == m.sentence && $0.trigger.lowerBound >= start
            && $0.trigger.upperBound <= m.trigger.lowerBound
        }
      })
    let triggersBySentence = Dictionary(
      grouping: mentions.indices.filter { !actedOn.contains($0) }, by: { mentions[$0].sentence }
    ).mapValues { $0.map { mentions[$0].trigger } }
    // 1. A time in the trigger's own clause, else in its sentence (not for a mention told as earlier).
    for i in mentions.indices {
      let m = mentions[i]
      let t = sentences[m.sentence]
      let clause =
        m.isEmbedded
        ? m.trigger
        : m.clause ?? t.clauseStart(before: m.trigger.lowerBound)..<t.clauseEnd(after: m.trigger.upperBound)
      let own = datedTimes(in: m.sentence)
      let triggers = triggersBySentence[m.sentence] ?? []
      // A time belongs to one trigger ("convicted in 2008 and pardoned two years later": 2008 is the
      // conviction's).
      // "The district attorney said Thursday she will not file charges": a decision, of the day it is told.
      let decision = isDecisionNotToAct(m, in: t)
      let owned = own.filter {
        owner(of: $0, among: triggers, in: t) == m.trigger
          && !((Self.unrealized.contains(m.status) || m.status == .alleged) && !decision
            && isTimeOfSaying($0, before: m.trigger, in: t))
          // "refused bail and adjourned the matter to 12 September": the day a case is put off to is its
          // next sitting's, not the refusal's.
          && (m.status == .scheduled || Self.sittingTypes.contains(m.rule.type) || !isPutOffTarget($0, in: t))
          && !isInLaterWhoClause($0, after: m.trigger, in: t)
          // "weighing whether to appeal Tuesday's ruling": the day of the decision a filing answers.
          && !(Self.filingTypes.contains(m.rule.type) && isPossessiveOfDecision($0, in: t))
          // "DA won't charge clerk; suspect heads to trial in October": a decision reaches no other sentence
          // part.
          && !(decision && isAcrossSemicolon($0, from: m.trigger, in: t))
      }
      // "The midwife who was in charge that night was suspended … in 2017": a time in the subject's "who"
      // clause is that clause's when the trigger has one of its own after it.
      let mine =
        owned.contains(where: { isAfter($0, m.trigger, in: t) })
        ? owned.filter { !isInSubjectWhoClause($0, before: m.trigger, in: t) } : owned
      let inClause = mine.filter { time in
        t.tokens[clause.clamped(to: 0..<t.count)].contains { $0.range.overlaps(time.range) }
          || isInOwnRelativeClause(time, after: m.trigger, in: t)
      }
      // The clause of "after X" (set in `clause`) gives X its time; the main clause of "Y before trial"
      // keeps its sentence's ("Last July, Okwu refused to end the case before trial").
      // A known one ("his pardon", "the injunction") told again takes a time only from its own clause.
      let clauseOnly =
        m.clause != nil || (Self.isUnrealized(m) && !decision) || known.contains(i) || m.isEmbedded
      // "settled their dispute, ending a fight that forced Nuvo to pull the line this spring": a time in a
      // relative clause after the trigger's own clause belongs to that clause.
      let reachable = mine.filter {
        !isInLaterRelativeClause($0, after: m.trigger, in: t)
          && !isOutsideRelativeClause(of: m.trigger, $0, in: t)
          && !isInEarlierRelativeClause(of: m.trigger, $0, in: t)
      }
      // "In 2017, the department fined the facility after a resident walked out in February": a time in a
      // clause opened after the trigger ("after", "when") is that clause's when the sentence opens with its own.
      // "No charges will be filed against the officer who shot a man in April, the DA announced Tuesday":
      // the decision is the day it is told, not a time of the deed.
      if decision, let said = timeOfSaying(among: own, for: m.trigger, in: t) {
        mentions[i].date = Self.date(said)
      } else if !clauseOnly, !inClause.isEmpty,
        inClause.allSatisfy({ isInLaterSubordinateClause($0, after: m.trigger, in: t) }),
        let fronted = frontedTime(own, in: t), mine.contains(where: { $0.range == fronted.range })
      {
        mentions[i].date = Self.date(fronted)
      } else if !inClause.isEmpty, isPresentPerfect(m.trigger, in: t),
        inClause.allSatisfy({
          isInLaterSubordinateClause($0, after: m.trigger, in: t) && !isSpanStart($0, in: t)
        })
      {
        // "have fined a company $312,000 after a trench collapse in January killed a worker": a perfect takes
        // no past time of its own, so January is the collapse's; the fine is the day's news.
        continue
      } else if let time = nearest(inClause, to: m, in: t)
        ?? (clauseOnly ? nil : nearest(reachable, to: m, in: t))
      {
        mentions[i].date = Self.date(time)
      } else if !clauseOnly, let time = coordinatedTime(of: m, among: triggers, times: own, in: t) {
        // "was convicted in 2011 and sentenced to 12 years": one time for both verbs.
        mentions[i].date = Self.date(time)
      } else if !clauseOnly, let time = sittingTime(of: m, among: mentions, times: own, in: t) {
        // "He pleaded not guilty at his arraignment Aug. 1, and Judge Ferreira ordered him held without bail".
        mentions[i].date = Self.date(time)
      } else if !clauseOnly,
        isParticipialElaboration(m.trigger, in: t) || !Self.referredTypes.contains(m.rule.type),
        let time = frontedTime(own, in: t)
      {
        // "Last Friday, Judge Pilla granted it, ordering Kestrel to restore hot water": a time put before
        // the sentence's subject dates what its participle after a comma adds.
        mentions[i].date = Self.date(time)
      } else if !clauseOnly, isParticipialElaboration(m.trigger, in: t),
        let time = timeOfElaboratedClause(before: m.trigger, among: own, in: t)
      {
        // "convicted him in absentia in March 2022, sentencing him to seven years", "agreed with the group
        // on Sept. 6, ruling that the guidance was invalid": the participle tells more of that act.
        mentions[i].date = Self.date(time)
      }
    }
    // "It took until 2019 for prosecutors to bring a case": the stressed time dates the rest.
    for i in mentions.indices where mentions[i].date == nil && !isEarlier.contains(i) {
      let s = mentions[i].sentence
      // The stressed time follows "until", so it is no bound here: every resolved time is a candidate.
      let resolved = times(in: s).filter { $0.resolved != nil }
      if let time = cleftTime(resolved, in: sentences[s]) { mentions[i].date = Self.date(time) }
    }
    // "at a hearing on July 26", "but acquitted him", ", who released him": steps dated by the others
    // their sentence tells.
    dateBySiblings(&mentions)
    // "Two years after X, Y": X is dated from Y.
    dateByOffsets(&mentions)
    // "In the same action, OFAC removed …": the time of the happening told before.
    dateBySameOccasion(&mentions)
    // "Hours after the ruling, the party appealed": the day of the decision told elsewhere.
    dateByReferredDecisions(&mentions)
    // "After the ruling, the court granted her bail": the bench's next act at that sitting.
    dateBySameSitting(&mentions)
    // "The court also ordered …": the occasion of the act told just before.
    dateByAlso(&mentions)
    // "was acquitted by the same jury": the day of that jury's other verdict.
    dateBySameJury(&mentions)
    // "Kenyan court suspends the fuel levy pending a hearing (July 8).": a bulletin item that closes with its
    // date in brackets is dated by it throughout.
    for i in mentions.indices
    where mentions[i].date == nil && !isEarlier.contains(i) && !Self.isUnrealized(mentions[i]) {
      if let time = closingBracketTime(in: mentions[i].sentence) { mentions[i].date = Self.date(time) }
    }
    // 2. "That was back in March.": dates the undated happenings of the sentences just before.
    for s in sentences.indices where isAnaphoricDating(sentences[s]) {
      guard let time = datedTimes(in: s).first, !mentions.contains(where: { $0.sentence == s }) else {
        continue
      }
      for back in stride(from: s - 1, through: max(0, s - 3), by: -1)
      where sentences[back].sentence.line >= sentences[s].sentence.line - 1 {
        let here = mentions.indices.filter { mentions[$0].sentence == back }
        if here.contains(where: { mentions[$0].date != nil }) { break }
        for i in here where !isEarlier.contains(i) && !Self.isNotCarried(mentions[i]) {
          mentions[i].date = Self.date(time, resolution: "carried-from-story")
        }
      }
    }
    // "It would add them to the list. The additions take effect on Monday.": the time of taking effect
    // dates what is still to come.
    for s in sentences.indices.dropFirst() where takesEffect(sentences[s]) {
      guard let time = datedTimes(in: s).first, !mentions.contains(where: { $0.sentence == s }) else {
        continue
      }
      // "… has suspended the certificate of Skerry Air. The suspension took effect on Wednesday.": the
      // day a step named again took effect is its day.
      let namedStepTookEffect = tookEffect(sentences[s])
      for i in mentions.indices
      where mentions[i].sentence == s - 1 && mentions[i].date == nil
        && ([.intended, .scheduled, .announced].contains(mentions[i].status)
          || (namedStepTookEffect && mentions[i].status == .actual))
      {
        mentions[i].date = Self.date(time)
        guard mentions[i].status != .actual else { continue }
        // A plan with the day it takes effect is scheduled.
        mentions[i].status = .scheduled
        mentions[i].statusCue = "take effect"
      }
    }
    // "The complaint asks the court to bar him": relief asked on the day of the filing told just before.
    dateByFiledRequests(&mentions)
    // 3. A time said earlier in the paragraph dates what the next sentences tell.
    for i in mentions.indices
    where mentions[i].date == nil && !isEarlier.contains(i) && !Self.isNotCarried(mentions[i])
      && !mentions[i].isBareDecisionNoun && !known.contains(i)
      // "convicted of theft in 2002 and later pardoned": a sentence that tells its own time leaves the
      // rest of its happenings undated rather than dated from the sentence before.
      && datedTimes(in: mentions[i].sentence).isEmpty
      // "Prosecutors later dropped the assault charge": a step told as coming after is not of that time.
      && !isToldAsLater(mentions[i])
      // "The judge dismissed the suit in March. The homeowners appealed.": an appeal answers the decision
      // told before it and comes after it, not in its episode.
      && mentions[i].rule.type != "appeal.filed"
      // "The third defendant has pleaded not guilty": a step told in the present perfect is where the case
      // stands now, not a step of the episode told before.
      && !isToldAsStanding(mentions[i])
    {
      let s = mentions[i].sentence
      let line = sentences[s].sentence.line
      if var day = episodeDay(continued: mentions[i], among: mentions) {
        day.resolution = "carried-from-story"
        mentions[i].date = day
        continue
      }
      for back in stride(from: s - 1, through: max(0, s - 2), by: -1)
      where sentences[back].sentence.line == line {
        if let time = datedTimes(in: back).last {
          mentions[i].date = Self.date(time, resolution: "carried-from-story")
          break
        }
      }
    }
  }

  /// "The court convicted him on Thursday." ¶ "It acquitted his former agent."; "has fined Carrow £6.2m
  /// on Tuesday …" ¶ "The regulator has also banned Gareth Pryce": a step told in the three sentences
  /// after another step of its kind of proceeding (criminal, civil, regulatory, appeal) dated to the day is
  /// of that day, on sites that give each sentence its own paragraph too. A month or a year told before
  /// dates nothing: steps of one month are often weeks apart. A party's filing keeps its own day ("In the
  /// same ruling, the judge denied Nestwell's motion to dismiss").
  func episodeDay(continued m: Mention, among mentions: [Mention]) -> EventDate? {
    // A refusal the rule names ("He was refused bail", "No plea was entered") is an act of that sitting too.
    guard m.status == .actual || Self.isRefusal(m), !Self.filingTypes.contains(m.rule.type) else {
      return nil
    }
    let proceeding = Taxonomy.proceeding(of: m.rule.type)
    let step = mentions.last {
      $0.sentence < m.sentence && $0.sentence >= m.sentence - 3 && $0.status == .actual
        && Taxonomy.proceeding(of: $0.rule.type) == proceeding
        && $0.date.map { $0.earliest != nil && $0.earliest == $0.latest } == true
    }
    // "… on Monday eased sanctions." ¶ "The first measures came in 2019." ¶ "The Treasury issued a
    // licence": a time told in between ends the episode.
    guard let step, (step.sentence + 1..<m.sentence).allSatisfy({ datedTimes(in: $0).isEmpty }) else {
      return nil
    }
    return step.date
  }

  /// The day of an earlier criminal court step of the sentence, when this one is another step of that
  /// sitting told after ", and" with its own subject ("He pleaded not guilty at his arraignment Aug. 1, and
  /// Judge Ferreira ordered him held without bail"): nothing but the conjunction between them; or after
  /// the comma closing the sitting the sentence opens with ("At his arraignment on Wednesday, Judge …").
  func sittingTime(of m: Mention, among mentions: [Mention], times: [TimeExpression], in t: SentenceTokens)
    -> TimeExpression?
  {
    guard Self.sittingSteps.contains(m.rule.type) else { return nil }
    let here = mentions.filter { $0.sentence == m.sentence }
    guard
      let step = here.last(where: {
        $0.trigger.upperBound <= m.trigger.lowerBound
          && (Self.sittingSteps.contains($0.rule.type) || Self.sittingTypes.contains($0.rule.type))
      })
    else { return nil }
    let between = t.lower[step.trigger.upperBound..<m.trigger.lowerBound]
    // "At his arraignment in Fitchburg District Court on Wednesday, Judge Anne Marchetti released him": the
    // sitting the sentence opens with, up to its comma.
    let opensWithSitting =
      ["at", "during"].contains(t.lower.first ?? "") && step.trigger.lowerBound <= 4
      && between.filter({ $0 == "," }).count == 1 && between.count <= 22
    guard between.contains("and") || opensWithSitting,
      !between.contains(where: { Self.coordinationBreaks.contains($0) })
    else {
      return nil
    }
    let triggers = here.map(\.trigger)
    return times.first { time in
      guard let resolved = time.resolved, resolved.earliest == resolved.latest,
        let span = tokenSpan(of: time, in: t), span.upperBound <= m.trigger.lowerBound
      else { return false }
      return owner(of: time, among: triggers, in: t) == step.trigger
    }
  }

  /// A criminal court's steps that one sitting may tell together.
  static let sittingSteps: Set<String> = [
    "criminal.conviction", "criminal.acquittal", "criminal.sentence", "criminal.plea", "criminal.release",
  ]

  /// Whether the clause of `m` tells it with a later-step adverb ("later", "eventually", "then", "has since
  /// been") before its trigger.
  func isToldAsLater(_ m: Mention) -> Bool {
    let t = sentences[m.sentence]
    let start = t.clauseStart(before: m.trigger.lowerBound)
    return (start..<m.trigger.lowerBound).contains { k in
      if Self.laterAdverbs.contains(t.lower[k]) { return true }
      // "has since been charged", "have since pleaded": "since" as an adverb, not "since March".
      guard t.lower[k] == "since", k + 1 < t.count else { return false }
      let next = t.lower[k + 1]
      return next == "been" || next.hasSuffix("ed") || Self.irregularPasts.contains(next)
    }
  }

  /// Whether `m` is told in the present perfect ("has pleaded not guilty", "have also sued"): "has" or
  /// "have" right before its trigger, an adverb allowed between.
  func isToldAsStanding(_ m: Mention) -> Bool {
    let t = sentences[m.sentence]
    var k = m.trigger.lowerBound - 1
    if k >= 0, Self.standingAdverbs.contains(t.lower[k]) { k -= 1 }
    return k >= 0 && (t.lower[k] == "has" || t.lower[k] == "have")
  }

  static let standingAdverbs: Set<String> = ["also", "already", "now", "repeatedly", "twice", "previously"]

  /// Adverbs that put a step after the story's time without saying when.
  static let laterAdverbs: Set<String> = [
    "later", "eventually", "subsequently", "afterwards", "afterward", "then",
  ]

  /// The mentions that name as known ("his pardon") a happening of their type told before them, in one
  /// pass. "dismissed the charges against him" tells a new step of known charges: only a lone noun is retold.
  func retold(_ mentions: [Mention]) -> Set<Int> {
    var told: Set<String> = []
    var result: Set<Int> = []
    for (i, m) in mentions.enumerated() {
      if m.isDefinite, m.trigger.count == 1, told.contains(m.rule.type) { result.insert(i) }
      if m.status == .actual { told.insert(m.rule.type) }
    }
    return result
  }

  /// "The appeal, which the county lodged in April, ...", "at his arraignment, which is scheduled for April
  /// 24": a relative clause right after the trigger's noun tells that noun's time, up to its closing comma.
  func isInOwnRelativeClause(_ time: TimeExpression, after trigger: Range<Int>, in t: SentenceTokens) -> Bool
  {
    let comma = trigger.upperBound
    guard let span = tokenSpan(of: time, in: t), comma + 1 < span.lowerBound, t.lower[comma] == ",",
      t.opensRelativeClause(at: comma)
    else { return false }
    return !t.lower[(comma + 1)..<span.lowerBound].contains(where: { $0 == "," || $0 == ";" })
  }

  /// Whether `time` stands after a relative pronoun ("that", "which", "who") that follows the trigger's clause.
  func isInLaterRelativeClause(_ time: TimeExpression, after trigger: Range<Int>, in t: SentenceTokens)
    -> Bool
  {
    guard let span = tokenSpan(of: time, in: t), span.lowerBound > trigger.upperBound else { return false }
    // Past a comma: "controls on chips and equipment that Washington announced in October" tells the
    // trigger's own noun.
    let between = t.lower[trigger.upperBound..<span.lowerBound]
    guard let comma = between.firstIndex(where: { $0 == "," || $0 == ";" }) else { return false }
    if isInOwnRelativeClause(time, after: trigger, in: t) { return false }
    guard
      // "cited Oakfield for 14 violations at its plant, where a worker was killed in September"; "found serious
      // harm, the threshold plaintiffs have had to clear since reforms took effect in July 2021".
      let pronoun = t.lower[comma..<span.lowerBound].firstIndex(where: {
        $0 == "that" || $0 == "which" || $0 == "who" || $0 == "where" || $0 == "since"
      })
    else { return false }
    // "began investigating the syndicate, which was run from Armenia, in 2018": a time right after the
    // comma that closes the relative clause is back in the trigger's clause.
    if let closing = t.lower[pronoun..<span.lowerBound].lastIndex(where: { $0 == "," }),
      span.lowerBound - closing <= 2
    {
      return false
    }
    return true
  }

  /// "declined to indict anyone in the death of a freshman who collapsed after a drinking night in February":
  /// a time after "who" and the past verb of its clause, later than the trigger and before any comma that
  /// closes the clause, is that clause's.
  func isInLaterWhoClause(_ time: TimeExpression, after trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t), span.lowerBound > trigger.upperBound else { return false }
    guard
      let who = (trigger.upperBound..<span.lowerBound).last(where: { t.lower[$0] == "who" }),
      who + 1 < span.lowerBound, !t.lower[who..<span.lowerBound].contains(",")
    else { return false }
    return Self.isPastOfAct(t.lower[who + 1]) || Self.aspectVerbs.contains(t.lower[who + 1])
  }

  /// Whether `time` starts a span ("since 2020"), which a perfect may well reach back to.
  func isSpanStart(_ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard let span = tokenSpan(of: time, in: t), span.lowerBound > 0 else { return false }
    return t.lower[span.lowerBound - 1] == "since"
  }

  /// Whether the trigger's verb is a present perfect ("have fined", "has been charged", "has also banned"):
  /// "has" or "have" in the three words of its clause before it.
  func isPresentPerfect(_ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    let start = t.clauseStart(before: trigger.lowerBound)
    return t.lower[max(start, trigger.lowerBound - 3)..<trigger.lowerBound].contains {
      $0 == "has" || $0 == "have"
    }
  }

  /// Whether `time` stands after a subordinator ("after", "when", "because", …) that follows the trigger.
  func isInLaterSubordinateClause(_ time: TimeExpression, after trigger: Range<Int>, in t: SentenceTokens)
    -> Bool
  {
    guard let span = tokenSpan(of: time, in: t), span.lowerBound > trigger.upperBound else { return false }
    return t.lower[trigger.upperBound..<span.lowerBound].contains(where: Self.subordinators.contains)
  }

  /// Words that open a clause telling another happening than the one before them.
  static let subordinators: Set<String> = ["after", "when", "because", "since", "while", "once", "before"]

  /// Statuses of things that have not happened: they take a time only from their own clause.
  static let unrealized: Set<EventStatus> = [.negated, .hypothetical, .intended]
  /// What takes no time carried from other sentences: things that have not happened, and requests
  /// ("Prosecutors asked for a 12-year term"), whose time is only the one their own sentence gives.
  static let notCarried: Set<EventStatus> = unrealized.union([.requested, .alleged])

  /// Whether mention `m` tells something that has not happened. A refusal its rule names ("refused bail",
  /// "denied the injunction") happened, on a day the story may give: it is dated like what happened.
  static func isUnrealized(_ m: Mention) -> Bool {
    unrealized.contains(m.status) && !isRefusal(m)
  }

  /// Whether mention `m` takes no time carried from other sentences.
  static func isNotCarried(_ m: Mention) -> Bool {
    (notCarried.contains(m.status) && !isRefusal(m)) || m.isEmbedded
  }

  /// A negated mention whose negation is its rule's own (no cue in the sentence made it so), or one a
  /// sentence negates by refusing it ("declined to block the rule", "refused the request to
  /// free him"), unlike one it says did not happen ("was not charged").
  static func isRefusal(_ m: Mention) -> Bool {
    guard m.status == .negated else { return false }
    guard let cue = m.statusCue else { return m.rule.status == .negated }
    return refusalCues.contains(cue)
  }

  /// Status cues that tell a refusal: something decided, on a day.
  static let refusalCues: Set<String> = ["declined to", "refused to", "refused the request"]

  func nearestTrigger(to time: TimeExpression, among triggers: [Range<Int>], in t: SentenceTokens)
    -> Range<Int>?
  {
    func distance(_ r: Range<Int>) -> Int {
      guard r.lowerBound < t.count, r.upperBound >= 1, r.upperBound <= t.count else { return Int.max }
      let lo = t.tokens[r.lowerBound].range.lowerBound
      let hi = t.tokens[r.upperBound - 1].range.upperBound
      if time.range.lowerBound >= hi { return time.range.lowerBound - hi }
      if time.range.upperBound <= lo { return lo - time.range.upperBound }
      return 0
    }
    // "registered an FIR against him and two others in August last year, after buyers lodged complaints":
    // a trigger the time reaches without crossing a comma is nearer than one past it.
    let span = tokenSpan(of: time, in: t)
    func crossesComma(_ r: Range<Int>) -> Bool {
      guard let span else { return false }
      return t.lower[Self.gap(between: span, and: r)].contains { $0 == "," || $0 == ";" }
    }
    // "fined the store $15,000 in 2023 after an inspector found …": a time just before "after" or "when"
    // is not of the clause that word opens.
    let opensClause =
      span.map { $0.upperBound < t.count && Self.subordinators.contains(t.lower[$0.upperBound]) } ?? false
    let before = span.map { span in triggers.filter { $0.upperBound <= span.lowerBound } } ?? []
    let candidates = opensClause && !before.isEmpty ? before : triggers
    let uncrossed = candidates.filter { !crossesComma($0) }
    return (uncrossed.isEmpty ? candidates : uncrossed).min { distance($0) < distance($1) }
  }

  private func nearest(_ times: [TimeExpression], to m: Mention, in t: SentenceTokens) -> TimeExpression? {
    guard m.trigger.lowerBound < t.count else { return times.first }
    let at = t.tokens[m.trigger.lowerBound].range.lowerBound
    return times.min { abs($0.range.lowerBound - at) < abs($1.range.lowerBound - at) }
  }

  /// The time that alone fills the brackets closing sentence `s` ("... the petition (July 8).").
  func closingBracketTime(in s: Int) -> TimeExpression? {
    let t = sentences[s]
    let end = t.lower.last == "." ? t.count - 1 : t.count
    guard end >= 4, t.lower[end - 1] == ")",
      let open = t.lower[..<(end - 1)].lastIndex(of: "(")
    else { return nil }
    return datedTimes(in: s).first { tokenSpan(of: $0, in: t) == (open + 1)..<(end - 1) }
  }

  /// "That was back in March.", "This happened in 2019.", "In an order dated Nov. 6, the judge wrote …",
  /// "The decision, dated 4 March, is the first …": a sentence that only dates what came before.
  private func isAnaphoricDating(_ t: SentenceTokens) -> Bool {
    guard t.count >= 3 else { return false }
    if ["that", "this", "it", "all"].contains(t.lower[0]) {
      return ["was", "happened", "came", "occurred", "took", "were"].contains(t.lower[1]) && t.count <= 12
    }
    // A bulletin item's date in brackets of its own ("(Dec. 7)", "(Thursday, Alaska Superior Court.)"), or
    // its document's ("Order issued May 3.").
    if t.lower[0] == "(", t.count <= 12, let time = datedTimes(in: t.index).first,
      tokenSpan(of: time, in: t)?.lowerBound == 1
    {
      return true
    }
    if Self.documentNouns.contains(t.lower[0]), Self.documentDating.contains(t.lower[1]), t.count <= 8 {
      return true
    }
    // "The regulator's order, issued on Friday, said …", "The decision, dated 4 March, is …": the document,
    // set off by commas, that recorded what the sentences before tell.
    if t.lower[0] == "the", t.count >= 6,
      let k = (1..<min(t.count - 2, 4)).first(where: { Self.documentNouns.contains(t.lower[$0]) }),
      t.lower[k + 1] == ",", Self.documentDating.contains(t.lower[k + 2]), t.lower[k + 2] != "on"
    {
      return true
    }
    // "The regulator announced the penalty this morning.": a short sentence that tells when the news just
    // told was made public.
    if t.count <= 22,
      (1..<max(1, t.count - 2)).contains(where: { k in
        Self.announcingVerbs.contains(t.lower[k]) && Self.determiners.contains(t.lower[k + 1])
          && (k + 2..<min(t.count, k + 4)).contains { Self.announcedNouns.contains(t.lower[$0]) }
      })
    {
      return true
    }
    // "In an order dated Nov. 6,", "In its ruling on Monday,": the document that was the happening.
    guard t.lower[0] == "in", t.count >= 5, Self.determiners.contains(t.lower[1]) else { return false }
    var k = 2
    while k < min(t.count, 5), !Self.documentNouns.contains(t.lower[k]) { k += 1 }
    guard k < t.count - 1, Self.documentNouns.contains(t.lower[k]) else { return false }
    return Self.documentDating.contains(t.lower[k + 1])
  }

  static let determiners: Set<String> = ["a", "an", "the", "its", "his", "her", "their"]
  /// Verbs that make news public ("announced the penalty").
  static let announcingVerbs: Set<String> = [
    "announced", "confirmed", "published", "revealed", "disclosed", "unveiled", "released", "issued",
    "served",
  ]
  /// Nouns of a step an announcement names ("announced the fine").
  static let announcedNouns: Set<String> = documentNouns.union([
    "penalty", "fine", "fines", "penalties", "ban", "charges", "settlement", "designation", "designations",
    "sanctions", "sentence", "decree", "listing", "delisting", "suspension", "revocation", "direction",
  ])

  /// Documents whose date is the date of the happening they record.
  static let documentNouns: Set<String> = [
    "order", "ruling", "decision", "opinion", "judgment", "judgement", "filing", "notice", "memorandum",
    "verdict",
  ]
  static let documentDating: Set<String> = [
    "dated", "issued", "filed", "signed", "released", "on", "handed", "published", "delivered",
  ]
}
