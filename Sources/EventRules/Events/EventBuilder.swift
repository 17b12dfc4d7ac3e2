import TimeTagger

/// Turns mentions into events: merges those of one happening, orders events by their first mention in the
/// body, links them by before/after, dates present-tense news, and assigns case keys.
struct EventBuilder {
  let sentences: [SentenceTokens]
  let times: [TimeExpression]
  let publicationDate: CalendarDay?
  let dater: EventDater

  /// "dismissed", "held", "brought": a past-tense verb form (by its ending or as an irregular past).
  private func isPastForm(_ word: Substring) -> Bool {
    let w = word.lowercased()
    return w.hasSuffix("ed") || Inflections.irregular.values.contains { $0.contains(w) }
  }

  /// The headline is the first line when the text has more than one.
  func isHeadline(_ s: Int) -> Bool {
    sentences[s].sentence.line == 0 && (sentences.last?.sentence.line ?? 0) > 0
  }

  /// A line of its own inside the body, short and not closed like a sentence of prose.
  func isSubheading(_ s: Int) -> Bool {
    let t = sentences[s]
    let line = t.sentence.line
    guard line > 0, t.count <= 14, let last = t.lower.last, ![".", "”", "\"", ":"].contains(last) else {
      return false
    }
    let alone =
      (s == 0 || sentences[s - 1].sentence.line != line)
      && (s + 1 >= sentences.count || sentences[s + 1].sentence.line != line)
    return alone
  }

  /// Whether the words right after a bare decision noun tell its happening: a relative clause (", which
  /// Judge Mendes issued"), a participle ("delivered Friday", "admitting the testimony") or "came".
  private func isToldAfter(_ m: Mention) -> Bool {
    let t = sentences[m.sentence]
    let next = m.trigger.upperBound
    guard next < t.count else { return false }
    let word = t.lower[next]
    if word == "," { return t.opensRelativeClause(at: next) }
    return word == "came" || (word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing")))
  }

  func events(from mentions: [Mention]) -> [LegalEvent] {
    func firstBody(_ g: EventMerger.Group) -> Int {
      g.mentions.map { mentions[$0].sentence }.first { !isHeadline($0) } ?? -1
    }
    // In order of first mention in the body; ties keep the order of the mentions.
    let headline = Set(sentences.indices.filter(isHeadline))
    // A roundup's sub-heading ("Audit firm pays SEC penalty over skipped reviews") announces the item told
    // under it, as the headline does the lede.
    let headings = headline.union(sentences.indices.filter(isSubheading))
    // "Sports lawyers said Wednesday's ruling could push more athletes to ...": a decision named by its noun
    // alone refers to one told elsewhere; when it joins none, it tells no happening of its own, unless the
    // words after it tell one ("the ruling, which Judge Mendes issued in May", "Ruling delivered Friday").
    let groups = EventMerger.group(mentions, headline: headings)
      .filter { !$0.mentions.allSatisfy { mentions[$0].isBareDecisionNoun && !isToldAfter(mentions[$0]) } }
      .enumerated().sorted {
        (firstBody($0.element), $0.offset) < (firstBody($1.element), $1.offset)
      }.map(\.element)
    var groupOf: [Int: Int] = [:]
    for (g, group) in groups.enumerated() { for m in group.mentions { groupOf[m] = g } }

    var events = groups.map { event(for: $0, mentions) }
    // Relations from cues.
    for (m, mention) in mentions.enumerated() {
      guard let g = groupOf[m] else { continue }
      for later in mention.before {
        if let h = groupOf[later], h != g { link(&events, earlier: g, later: h) }
      }
    }
    // An undated event told as earlier than a dated one follows the last dated event before that date.
    for e in events.indices where events[e].date == nil {
      for later in events[e].before {
        guard let limit = events[later].date?.earliest else { continue }
        let candidates = events.indices.filter { p in
          p < e && p != later && events[p].date?.earliest.map { $0 < limit } == true
        }
        if let previous = candidates.last { link(&events, earlier: previous, later: e) }
      }
    }
    // News told in the present (the headline, "has reached" in the lede, "Now, ...") with no date of its own.
    // ("No one has been arrested" tells nothing that happened on a day; "Developer refused bail", a step
    // whose rule tells a refusal, does.)
    // "… company plans appeal", "Ministry mulls appeal": a plan or a prospect has no day yet.
    for (e, group) in groups.enumerated()
    where events[e].date == nil && events[e].before.isEmpty
      && (events[e].status != .negated || tellsRefusal(group, mentions))
      && events[e].status != .intended && events[e].status != .hypothetical
    {
      if group.mentions.contains(where: { isPresentNews(mentions[$0]) }) { events[e].date = newsDate() }
    }
    // The news episode: a happening told right after the dated lead, with no time of its own and none
    // said in between ("… on Wednesday eased sanctions." "The Treasury issued a general license …").
    if let (leadSentence, leadDate) = newsLead(mentions) {
      let reach = episodeReach(from: leadSentence, date: leadDate)
      let sentencesOf = groups.map { Set($0.mentions.map { mentions[$0].sentence }) }
      for (e, group) in groups.enumerated()
      where events[e].date == nil
        // "walked free after the jury found the case not proven": a step told after what the news already
        // holds, or before another step of the same sentence on the episode's day, is part of the episode.
        && events[e].after.allSatisfy({ isNoLater(events[$0].date, than: leadDate) })
        && events[e].before.allSatisfy({ later in
          (events[later].date.map { $0.value == leadDate.value } ?? true)
            && !sentencesOf[e].isDisjoint(with: sentencesOf[later])
        })
        // A request made with the news ("asked the court for a restraining order") is an act of it too, and
        // so is a refusal ("denied Vance's request to remain free").
        && (events[e].status == .actual || events[e].status == .requested
          || tellsRefusal(group, mentions))
      {
        guard
          let firstMention = group.mentions.filter({ !isHeadline(mentions[$0].sentence) }).min(by: {
            mentions[$0].sentence < mentions[$1].sentence
          }).map({ mentions[$0] })
        else { continue }
        let first = firstMention.sentence
        guard first > leadSentence, first < reach, !hasTime(inClauseOf: firstMention),
          // "announced that a ban would be lifted": what is still to come is no part of the episode.
          // ("an order that would halt work" says what something is for).
          !sentences[first].lower.indices.contains(where: { k in
            let words = sentences[first].lower
            return Self.notYet.contains(words[k]) && !(k > 0 && ["that", "which"].contains(words[k - 1]))
          })
        else { continue }
        events[e].date = leadDate
      }
    }
    // "The lawsuit asks the court to bar the dealerships …": relief asked in a filing the news dated.
    dateRequestsByNewsFilings(&events, groups: groups, mentions: mentions)
    // A happening the article dates after its own publication, told without a past tense, is scheduled.
    if let publicationDate {
      // "will consider final approval at a fairness hearing on Jan. 20": a court date ahead is scheduled.
      for e in events.indices
      where events[e].status == .intended && Self.calendaredTypes.contains(events[e].type) {
        if let earliest = events[e].date?.earliest, earliest > publicationDate {
          events[e].status = .scheduled
        }
      }
      for (e, group) in groups.enumerated() where events[e].status == .actual {
        let past = group.mentions.contains {
          mentions[$0].triggerText.split(separator: " ").contains { isPastForm($0) }
        }
        if past { continue }
        if let earliest = events[e].date?.earliest, earliest > publicationDate {
          events[e].status = .scheduled
        }
      }
    }
    advanceScheduledYears(&events)
    attachCourtQuotes(&events, groups: groups, mentions: mentions)
    carryVerdictAmounts(&events)
    events = mergingUndatedRetellings(events, groups: groups, mentions)
    events = droppingUndatedRulings(events)
    events = mergingRulingsIntoSameDayDecisions(events)
    EventMerger.assignCaseKeys(&events)
    return events
  }

  private func link(_ events: inout [LegalEvent], earlier: Int, later: Int) {
    if !events[earlier].before.contains(later) { events[earlier].before.append(later) }
    if !events[later].after.contains(earlier) { events[later].after.append(earlier) }
  }

  private func event(for group: EventMerger.Group, _ mentions: [Mention]) -> LegalEvent {
    let members = group.mentions.map { mentions[$0] }
    let body = members.filter { !isHeadline($0.sentence) }
    // "if the injunction is later found wrongly granted" joined the injunction told in the headline: a
    // known one's clause does not decide what happened.
    let told = members.filter { !($0.isDefinite && $0.status != .actual) }
    let lead = told.first { !isHeadline($0.sentence) } ?? told.first ?? body.first ?? members[0]
    var participants: [Participant] = []
    var seenParticipants: Set<String> = []
    for p in members.flatMap(\.participants)
    where seenParticipants.insert(p.role + "=" + EventMerger.key(p.name)).inserted {
      participants.append(p)
    }
    var quotes: [String] = []
    var seenQuotes: Set<String> = []
    for q in members.flatMap(\.quotes) where seenQuotes.insert(q).inserted { quotes.append(q) }
    var evidence: [Evidence] = []
    var seenSentences: Set<Int> = []
    for m in members where seenSentences.insert(m.sentence).inserted {
      let s = sentences[m.sentence].sentence
      evidence.append(Evidence(text: s.text, start: s.range.lowerBound, end: s.range.upperBound))
    }
    // "detained in August" and "taken into custody on Aug. 27": the most precise of its own dates.
    let own = members.compactMap(\.date).filter { $0.resolution != "carried-from-story" }
    let date = Self.mostPrecise(own) ?? members.compactMap(\.date).first
    let rule =
      members.first { $0.rule.type == group.type && !isHeadline($0.sentence) }?.rule.id ?? lead.rule.id
    // "Acme to pay penalty" and "Acme will pay a civil penalty": a payment told as owed is the one imposed.
    let imposed =
      EventMerger.paymentTypes.contains(group.type) && lead.status == .intended
      && members.contains { $0.status == .actual }
    return LegalEvent(
      type: group.type, status: imposed ? .actual : lead.status, background: members.allSatisfy(\.background),
      date: date,
      participants: participants, quotes: quotes, evidence: evidence, rule: rule)
  }

  static let notYet: Set<String> = ["will", "would", "shall", "plans", "intends"]

  /// The first of `dates` unless a later one lies within it and is narrower ("Aug. 27" within "August").
  static func mostPrecise(_ dates: [EventDate]) -> EventDate? {
    guard var best = dates.first else { return nil }
    for d in dates.dropFirst() {
      guard let lo = d.earliest, let hi = d.latest, let blo = best.earliest, let bhi = best.latest else {
        continue
      }
      if blo <= lo, hi <= bhi, (lo, hi) != (blo, bhi) { best = d }
    }
    return best
  }

  /// Happenings a court puts on its calendar: told with "will" and a date ahead, they are scheduled.
  static let calendaredTypes: Set<String> = ["civil.hearing", "criminal.trial"]

  /// Whether a time stands in the clause of mention `m` (a time elsewhere in its sentence dates another
  /// part: "asked for an order that would halt work, which was to begin Aug. 5").
  private func hasTime(inClauseOf m: Mention) -> Bool {
    let t = sentences[m.sentence]
    let clause = t.clauseStart(before: m.trigger.lowerBound)..<t.clauseEnd(after: m.trigger.upperBound)
    return dater.datedTimes(in: m.sentence).contains { time in
      dater.tokenSpan(of: time, in: t).map { $0.overlaps(clause) } ?? false
    }
  }

  /// The first body sentence whose happening has a date of its own, when that date is the news: within a
  /// week before publication (not a dateline's "Nov 3", which dates no happening). A plan dated ahead
  /// ("said on Thursday it would add …, effective Monday") leads the news from the day it was said.
  private func newsLead(_ mentions: [Mention]) -> (Int, EventDate)? {
    guard let publicationDate,
      let lead = mentions.filter({ !isHeadline($0.sentence) && $0.date != nil }).min(by: {
        $0.sentence < $1.sentence
      }),
      let date = lead.date, date.resolution != "carried-from-story"
    else { return nil }
    func isNews(_ d: EventDate) -> Bool {
      guard let earliest = d.earliest, let latest = d.latest else { return false }
      return latest <= publicationDate && daysBetween(earliest, publicationDate) <= 7
    }
    var carried = date
    if !isNews(date) {
      let t = sentences[lead.sentence]
      guard
        let said = dater.datedTimes(in: lead.sentence).first(where: {
          dater.isTimeOfSaying($0, before: lead.trigger, in: t)
            || isTrailingDecisionTime($0, after: lead.trigger, in: t)
        }), let saidDate = EventDater.date(said), isNews(saidDate)
      else { return nil }
      carried = saidDate
    }
    carried.resolution = "carried-from-story"
    return (lead.sentence, carried)
  }

  /// Whether every mention of a group is a refusal that happened ("refused bail"), so its negated event has
  /// a day.
  private func tellsRefusal(_ group: EventMerger.Group, _ mentions: [Mention]) -> Bool {
    group.mentions.allSatisfy { EventDater.isRefusal(mentions[$0]) }
  }

  /// "Vance will have to report to prison next month even though his appeal is pending, a judge ruled
  /// Thursday.": the lede's closing clause, after a comma, tells the day the news was decided or said.
  private func isTrailingDecisionTime(_ time: TimeExpression, after trigger: Range<Int>, in t: SentenceTokens)
    -> Bool
  {
    guard let span = dater.tokenSpan(of: time, in: t), span.lowerBound > trigger.upperBound,
      span.upperBound >= t.count - 1
    else { return false }
    var k = span.lowerBound - 1
    if k >= 0, t.lower[k] == "on" { k -= 1 }
    guard k > trigger.upperBound, Self.decisionVerbs.contains(t.lower[k]) else { return false }
    return t.lower[trigger.upperBound..<k].contains(",")
  }

  /// Verbs of a lede's closing clause whose time is the news's day ("a judge ruled Thursday").
  static let decisionVerbs: Set<String> = ["ruled", "decided", "found", "said", "announced", "ordered"]

  /// Where the news episode that sentence `lead` opens ends: at the first sentence dated otherwise, or two
  /// lines past the last one that names its day again ("were found guilty yesterday" … "A third defendant
  /// was convicted after a trial yesterday."). "The additions take effect on Monday" and a day ahead date
  /// only a plan.
  private func episodeReach(from lead: Int, date: EventDate) -> Int {
    var lastLine = sentences[lead].sentence.line
    var s = lead + 1
    while s < sentences.count, sentences[s].sentence.line <= lastLine + 2 {
      let dated = dater.datedTimes(in: s)
      // "She will be sentenced next month": a step still to come tells nothing of the episode's day.
      let ahead = publicationDate.map { day in
        dated.allSatisfy { ($0.resolved?.earliest).map { $0 > day } ?? false }
      }
      if !dated.isEmpty, !dater.takesEffect(sentences[s]), ahead != true {
        guard dated.allSatisfy({ $0.resolved?.value == date.value }) else { return s + 1 }
        lastLine = sentences[s].sentence.line
      }
      s += 1
    }
    return s
  }

  /// Whether `date` ends no later than `other` does; an unknown end is no later.
  private func isNoLater(_ date: EventDate?, than other: EventDate) -> Bool {
    guard let end = date?.latest, let otherEnd = other.latest else { return true }
    return end <= otherEnd
  }

  /// The headline, a sentence opened by "Now" or labelled as a live update, or a present-perfect trigger
  /// ("have reached", "has been formally charged") in the lede. A perfect further down ("Harlan has
  /// appealed") recounts that something happened, not that it is the day's news: it stays undated.
  private func isPresentNews(_ m: Mention) -> Bool {
    if isHeadline(m.sentence) { return true }
    let t = sentences[m.sentence]
    if t.lower.first == "now" || LiveUpdate.isLabelled(t.sentence.text) { return true }
    let firstBody = sentences.indices.first { !isHeadline($0) } ?? 0
    // A photo's caption or credit ("Stock image.", "(Image credit: Getty Images)") or a deck under the headline
    // is no sentence of the lede.
    // Counting stops at the lede's length: a mention far down costs no scan of the story.
    func hasPerfect(_ range: Range<Int>) -> Bool { t.lower[range].contains { $0 == "has" || $0 == "have" } }
    let body = Array(
      (firstBody..<max(firstBody, m.sentence)).lazy.filter { !isCaption(sentences[$0]) && !isSubheading($0) }
        .prefix(Self.ledeSentences * 2))
    // "The Directorate has also suspended … The ASD has opened an investigation …": perfects told one after
    // another from within the lede go on telling the day's news.
    let perfects = body.reversed().prefix { s in sentences[s].lower.contains { $0 == "has" || $0 == "have" } }
    let continuesLede =
      body.count >= Self.ledeSentences && body.count < Self.ledeSentences * 2
      && body.count - perfects.count < Self.ledeSentences
    guard body.count < Self.ledeSentences || continuesLede else { return false }
    // "has been formally charged": an adverb may stand between the auxiliary and the verb.
    if dater.isPresentPerfect(m.trigger, in: t) { return true }
    // "The watchdog has fined the lender £7.6m and banned its former chief": "has" governs both verbs.
    guard m.trigger.lowerBound > 0, t.lower[m.trigger.lowerBound - 1] == "and" else { return false }
    return hasPerfect(t.clauseStart(before: m.trigger.lowerBound - 1)..<(m.trigger.lowerBound - 1))
  }

  /// How many body sentences the lede runs to, where a perfect tells the day's news.
  static let ledeSentences = 3

  /// "Stock image.", "(Image credit: Getty Images)", "By Jane Doe": a line of a few words is a caption, a
  /// credit or a byline, not a sentence of the story.
  private func isCaption(_ t: SentenceTokens) -> Bool {
    t.tokens.filter { $0.kind == .word }.count < Self.sentenceWords
  }

  /// The fewest words of a sentence of the story.
  static let sentenceWords = 5

  /// The first recent time the story tells (the lede's "on Wednesday", not a later "speaking on Thursday"),
  /// else the publication date.
  private func newsDate() -> EventDate? {
    guard let publicationDate else { return nil }
    let firstRecent = times.first { time in
      // The publication day itself ("Now") says nothing the publication date does not.
      guard let r = time.resolved, time.value != "PRESENT_REF", r.value != publicationDate.description else {
        return false
      }
      // "earlier this year" ends near the publication but spans months: it dates no news.
      return r.earliest <= publicationDate && daysBetween(r.latest, publicationDate) <= 20
        && daysBetween(r.earliest, publicationDate) <= 45
    }
    if let time = firstRecent, let date = EventDater.date(time, resolution: "carried-from-story") {
      return date
    }
    return EventDate(
      value: publicationDate.description, text: nil, resolution: "publication-date",
      earliest: publicationDate,
      latest: publicationDate)
  }

  private func daysBetween(_ a: CalendarDay, _ b: CalendarDay) -> Int {
    func ordinal(_ d: CalendarDay) -> Int { d.year * 372 + d.month * 31 + d.day }
    return ordinal(b) - ordinal(a)
  }
}
