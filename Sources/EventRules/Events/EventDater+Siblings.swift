/// Steps of one sentence that take their time from another step the sentence dates: the same happening told
/// twice, verdicts joined by "but", what a judge did in a ", who" clause, a verdict after a dated trial.
extension EventDater {
  /// Words that put a step at another time than the one told before it.
  static let sequenceWords: Set<String> = [
    "later", "after", "afterwards", "before", "previously", "earlier", "since", "then", ";",
  ]

  /// Types that tell how a trial ended.
  static let verdictTypes: Set<String> = ["criminal.conviction", "criminal.acquittal", "civil.judgment"]

  /// Dates the undated mentions from the dates their sentence's other mentions got from their own clauses.
  func dateBySiblings(_ mentions: inout [Mention]) {
    // Siblings are read as the clause reading left them, not as this pass dates them.
    let dated = mentions
    let bySentence = Dictionary(grouping: dated.indices, by: { dated[$0].sentence })
    func siblings(of m: Mention) -> [Mention] { (bySentence[m.sentence] ?? []).map { dated[$0] } }
    // "Kroll heard arguments on both motions at a hearing on July 26": one happening told twice in a
    // sentence takes the time one of its words owns.
    for i in mentions.indices
    where mentions[i].date == nil && !mentions[i].isEmbedded && !mentions[i].isDefinite
      && mentions[i].clause == nil
    {
      let m = mentions[i]
      if let twin = siblings(of: m).first(where: {
        $0.rule.type == m.rule.type && $0.date != nil && $0.status == m.status && $0.trigger != m.trigger
      }) {
        mentions[i].date = twin.date
      }
    }
    // "A federal judge on Tuesday ordered the carrier to pay $9.4 million and permanently barred its owner":
    // what a dated order orders, and what the judge did with it, happened on the order's day.
    for i in mentions.indices where mentions[i].date == nil && mentions[i].status == .actual {
      let m = mentions[i]
      let t = sentences[m.sentence]
      guard
        let order = siblings(of: m).first(where: {
          $0.rule.type == "civil.ruling" && $0.date != nil && $0.status == .actual
            && $0.trigger.upperBound <= m.trigger.lowerBound
            && ["ordered", "orders"].contains(t.lower[$0.trigger.upperBound - 1])
        })
      else { continue }
      let between = t.lower[order.trigger.upperBound..<m.trigger.lowerBound]
      if between.count <= 40, !between.contains(where: { Self.sequenceWords.contains($0) }),
        datedTimes(in: t.index).allSatisfy({ time in
          tokenSpan(of: time, in: t).map { $0.upperBound <= order.trigger.upperBound } ?? true
        })
      {
        mentions[i].date = order.date
      }
    }
    // "The department on Friday revoked the license of CoinHarbor, which runs 300 kiosks, and ordered the
    // company to pay a $2.5 million penalty": a second verb of the same subject, joined by "and", acts on
    // the day the first one's clause names.
    for i in mentions.indices where mentions[i].date == nil && mentions[i].status == .actual {
      let m = mentions[i]
      let t = sentences[m.sentence]
      guard
        let first = siblings(of: m).last(where: {
          $0.date != nil && $0.status == .actual && $0.trigger.upperBound <= m.trigger.lowerBound
        }),
        let and = (first.trigger.upperBound..<m.trigger.lowerBound).last(where: { t.lower[$0] == "and" }),
        and + 1 < m.trigger.upperBound, Self.isPastOfAct(t.lower[and + 1]),
        m.trigger.lowerBound - (and + 1) <= 8
      else { continue }
      let between = t.lower[first.trigger.upperBound..<m.trigger.lowerBound]
      let afterAnd = t.lower[(and + 1)..<m.trigger.lowerBound]
      guard between.count <= 40, !between.contains(where: { Self.sequenceWords.contains($0) }),
        !afterAnd.contains(where: { $0 == "," || $0 == "that" || $0 == "who" || $0 == "which" }),
        datedTimes(in: t.index).allSatisfy({ time in
          tokenSpan(of: time, in: t).map { $0.upperBound <= first.trigger.upperBound } ?? true
        })
      else { continue }
      mentions[i].date = first.date
    }
    // "convicted him of the larceny charge but acquitted him of the false-statement charge": verdicts on one
    // occasion.
    for i in mentions.indices
    where mentions[i].date == nil && Self.verdictTypes.contains(mentions[i].rule.type) {
      let m = mentions[i]
      let t = sentences[m.sentence]
      guard
        let other = siblings(of: m).first(where: {
          Self.verdictTypes.contains($0.rule.type) && $0.date != nil
            && $0.trigger.upperBound <= m.trigger.lowerBound
        })
      else { continue }
      let between = t.lower[other.trigger.upperBound..<m.trigger.lowerBound]
      if between.contains("but"), between.count <= 40,
        !between.contains(where: { $0 == ";" || $0 == "." || $0 == "later" || $0 == "after" })
      {
        mentions[i].date = other.date
      }
    }
    // "entered his plea before Magistrate Judge Karen Lindahl, who released him on a $25,000 bond": what the
    // judge did in a relative clause happened at the hearing the sentence dates.
    for i in mentions.indices where mentions[i].date == nil && mentions[i].status == .actual {
      let m = mentions[i]
      let t = sentences[m.sentence]
      guard m.trigger.lowerBound >= 2, t.lower[m.trigger.lowerBound - 1] == "who",
        t.lower[m.trigger.lowerBound - 2] == ",",
        let before = siblings(of: m).last(where: {
          $0.date != nil && $0.status == .actual && $0.trigger.upperBound < m.trigger.lowerBound
        })
      else { continue }
      mentions[i].date = before.date
    }
    // "He was acquitted after a two-day trial in January 2020": a verdict closes the trial told with it, in
    // the month the trial is dated by. A day of the trial is the verdict's day only when it is not the
    // day the trial began ("found guilty after a trial yesterday").
    for i in mentions.indices
    where mentions[i].date == nil && Self.verdictTypes.contains(mentions[i].rule.type) {
      let tellsStart = sentences[mentions[i].sentence].lower.contains { Self.trialStartWords.contains($0) }
      if let trial = siblings(of: mentions[i]).first(where: {
        $0.rule.type.hasSuffix(".trial") && $0.date.map { $0.value.count <= 7 || !tellsStart } == true
      }), var date = trial.date {
        date.resolution = "carried-from-story"
        mentions[i].date = date
      }
    }
    dateByFilingPurpose(&mentions)
    dateTrialsByTheirVerdicts(&mentions)
  }

  /// "On Wednesday, Banda filed a written request for a hearing to contest the suspension": what a dated
  /// filing is made for ("to contest", "to overturn") is asked on the filing's day.
  func dateByFilingPurpose(_ mentions: inout [Mention]) {
    let dated = mentions
    for i in mentions.indices where mentions[i].date == nil && mentions[i].status == .actual {
      let m = mentions[i]
      let t = sentences[m.sentence]
      let to = t.lower[m.trigger.lowerBound] == "to" ? m.trigger.lowerBound : m.trigger.lowerBound - 1
      guard to >= 1, to < t.count, t.lower[to] == "to",
        let filing = dated.last(where: {
          $0.sentence == m.sentence && $0.date != nil && $0.status == .actual
            && Self.referredTypes.contains($0.rule.type) && $0.trigger.upperBound <= to
        }),
        to - filing.trigger.upperBound <= 8,
        !t.lower[filing.trigger.upperBound..<to].contains(where: {
          $0 == "," || $0 == "and" || Self.sequenceWords.contains($0) || Self.relativePronouns.contains($0)
        })
      else { continue }
      mentions[i].date = filing.date
    }
  }

  /// "A jury convicted him last month after a two-week trial": the trial a verdict closes falls in the
  /// verdict's month or year (told to the day, the verdict's day is not the trial's).
  func dateTrialsByTheirVerdicts(_ mentions: inout [Mention]) {
    let dated = mentions
    for i in mentions.indices
    where mentions[i].date == nil && mentions[i].rule.type.hasSuffix(".trial") && mentions[i].clause != nil {
      let m = mentions[i]
      guard
        let verdict = dated.first(where: {
          $0.sentence == m.sentence && Self.verdictTypes.contains($0.rule.type) && $0.status == .actual
            && $0.trigger.upperBound <= m.trigger.lowerBound
        }), var date = verdict.date, date.value.count <= 7
      else { continue }
      date.resolution = "carried-from-story"
      mentions[i].date = date
    }
  }

  /// Words that make a trial's day the day it began rather than the day it ended.
  static let trialStartWords: Set<String> = [
    "began", "begun", "begin", "begins", "beginning", "opened", "opening", "opens", "started", "start",
    "starting", "commenced", "lasted", "lasting", "since",
  ]
}
