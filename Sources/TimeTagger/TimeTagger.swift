import TextSegmentation

/// Finds time expressions in English news text and resolves them against the publication date and
/// against the story's own chronology.
public struct TimeTagger: Sendable {
  /// The anchor for relative expressions ("last week"); nil leaves them without a calendar position.
  public let publicationDate: CalendarDay?
  /// Read all-numeric dates day first ("12/03/2021" is 12 March), as British and European pages write them.
  public let dayFirst: Bool

  public init(publicationDate: CalendarDay?) {
    self.init(publicationDate: publicationDate, dayFirst: false)
  }

  /// - parameter dayFirst: read "12/03/2021" as 12 March 2021 rather than December 3.
  public init(publicationDate: CalendarDay?, dayFirst: Bool) {
    self.publicationDate = publicationDate
    self.dayFirst = dayFirst
  }

  /// The time expressions of `text`, in order; `sentences` are the text's sentences (offsets into `text`).
  /// - Parameter tokens: when given, one entry per sentence: its tokens as
  ///   `Tokenizer().tokens(in: sentence.text, offset: sentence.range.lowerBound)` gives them, or nil where
  ///   the caller did not tokenize it. A caller that tokenizes the sentences for another stage too hands
  ///   them over, so the text is tokenized once.
  public func expressions(
    in text: String, sentences: [Sentence], tokens: [[Token]?]? = nil
  ) -> [TimeExpression] {
    var slicer = ScalarSlicer(text)
    var resolver = ExpressionResolver(publicationDate: publicationDate)
    var story = ExpressionResolver.Story()
    var result: [TimeExpression] = []
    let shared = tokens.flatMap { $0.count == sentences.count ? $0 : nil }
    for (s, whole) in sentences.enumerated() where result.count < Self.maxExpressions {
      let before = result.count
      // A day kept beside the story's time only while that time was set in the same sentence as it.
      story.sentenceDay = nil
      story.sentencesSinceRecentDay += 1
      if story.sentencesSinceRecentDay > 8 { story.recentDay = nil }
      let storyBefore = story
      func tagSentence() {
        for sentence in whole.pieces(maxScalars: Self.maxSentenceScalars)
        where result.count < Self.maxExpressions {
          tag(
            sentence, tokens: whole.range.count <= Self.maxSentenceScalars ? shared?[s] : nil,
            slicer: &slicer, resolver: resolver, story: &story, into: &result)
        }
      }
      tagSentence()
      // An update's stamp dates the rest of the text, its own sentence included: that one is read again.
      if let stamp = Self.updateStamp(of: whole, among: result[before...]), stamp != resolver.publicationDate
      {
        resolver = ExpressionResolver(publicationDate: stamp)
        result.removeSubrange(before...)
        story = storyBefore
        tagSentence()
      }
    }
    return result
  }

  /// The day an update appended to a story is stamped with ("UPDATE (Wednesday, June 12, 5:45 p.m.):",
  /// "Updated June 12:"): what the update tells ("on Tuesday") is counted from that day, not from the
  /// story's first publication.
  static func updateStamp(of sentence: Sentence, among times: ArraySlice<TimeExpression>) -> CalendarDay? {
    // Most sentences have no time near their start: that is checked before any text is read.
    guard let first = times.first, first.range.lowerBound - sentence.range.lowerBound < 24,
      sentence.text.prefix(6).lowercased() == "update",
      let resolved = first.resolved, resolved.earliest == resolved.latest,
      let colon = sentence.text.firstIndex(of: ":"),
      sentence.text.distance(from: sentence.text.startIndex, to: colon) < 64
    else { return nil }
    return resolved.earliest
  }

  /// Tags one sentence (or piece of one) and appends its expressions, moving the story's time along.
  private func tag(
    _ sentence: Sentence, tokens: [Token]?, slicer: inout ScalarSlicer, resolver: ExpressionResolver,
    story: inout ExpressionResolver.Story, into result: inout [TimeExpression]
  ) {
    let words = TimeWord.words(
      from: tokens ?? Tokenizer().tokens(in: sentence.text, offset: sentence.range.lowerBound))
    let matches = ExpressionMatcher(words: words, dayFirst: dayFirst).matches()
    guard !matches.isEmpty else { return }
    let markers = Tense.markers(in: words)
    // Where the last day named in this piece ends: "on 13 September, two days after the stabbing" restates
    // that day.
    var dayEnd: Int?
    for match in matches {
      // A hyphenated compound is tagged whole ("mid-1990s", "10-year-old").
      var start = match.start
      var end = match.end
      while start > 0, words[start].hyphenBefore { start -= 1 }
      while end < words.count, words[end].hyphenBefore { end += 1 }
      // "now-infamous", "recently-released", "daily-active": a modifier inside a compound, not a time.
      if start != match.start || end != match.end, Self.isVagueOrSet(match.meaning) { continue }
      // "Wednesday-like", "1990s-style": a time turned into a description.
      if end > match.end, Self.descriptiveSuffixes.contains(words[end - 1].key) { continue }
      let range = words[start].range.lowerBound..<words[end - 1].range.upperBound
      guard range.lowerBound >= 0 else { continue }
      var tense = Tense.nearest(
        markers, to: match.start..<match.end, within: Self.clause(around: match.start..<match.end, in: words))
      // "Postponed until Tuesday", "a deadline of Friday": the nearest one, whatever the verb's tense.
      if tense == .past, match.start > 0, Self.forwardPrepositions.contains(words[match.start - 1].key) {
        tense = .present
      }
      // "set a hearing on that request for Friday": the day something was put down for lies ahead.
      if tense == .past, match.start > 1, words[match.start - 1].key == "for",
        words[max(0, match.start - 8)..<(match.start - 1)].contains(where: {
          Self.schedulingVerbs.contains($0.key)
        })
      {
        tense = .future
      }
      let outcome = resolver.resolve(match.meaning, tense: tense, story: story)
      result.append(
        TimeExpression(
          text: slicer.text(range), range: range, type: outcome.type, value: outcome.value,
          resolved: outcome.resolved))
      // "fires since January": where a span starts is no happening's time, so the story stays put; "since
      // 1998, when a jury ordered" tells one.
      let followedByWhen = words[match.end..<min(words.count, match.end + 2)].contains { $0.key == "when" }
      let startsSpan = match.start > 0 && words[match.start - 1].key == "since" && !followedByWhen
      // "She is ineligible until May 2026": a deadline is no happening's time either.
      // "ran the clinic until June 2019, when a grand jury indicted him" tells one.
      let endsSpan =
        match.start > 0 && ["until", "till"].contains(words[match.start - 1].key) && !followedByWhen
      // "arrested him on Tuesday, a spokesperson said in a statement released Wednesday": the day of
      // saying is no happening's, so "the same day" after it is still Tuesday.
      let saying = Self.isTimeOfSaying(before: match.start, in: words)
      let restatesDay = dayEnd.map { match.start == $0 + 1 && words[$0].key == "," } ?? false
      if let resolved = outcome.resolved, Self.precision(of: resolved.value) == .day { dayEnd = end }
      // "after a 2016 flood", "the February 2021 winter storm": a year that describes a noun names no step
      // of the story.
      let describesNoun = Self.isYearBeforeNoun(match.start..<match.end, in: words)
      if outcome.movesStory, !startsSpan, !endsSpan, !saying, !restatesDay, !describesNoun,
        let resolved = outcome.resolved
      {
        let span = CalendarSpan(
          value: resolved.value, earliest: resolved.earliest, latest: resolved.latest,
          precision: Self.precision(of: resolved.value))
        if span.precision >= .year {
          story.previous = span
          if span.precision == .day {
            story.sentenceDay = span
            story.recentDay = span
            story.sentencesSinceRecentDay = 0
          }
          story.dayBesidePrevious = span.precision == .day ? nil : story.sentenceDay
          // The quarter a report is about has ended by publication; later ones are forecasts.
          if span.precision == .quarter, resolved.value.contains("-Q"),
            publicationDate.map({ span.latest < $0 }) ?? true
          {
            story.quarter = span
          }
        }
      }
    }
  }

  /// Words that end a clause for the tense of a time in it.
  static let clauseStops: Set<String> = ["and", "but", ";"]

  /// The words of the clause around `range`: up to a coordinating "and", "but" or a semicolon on either side
  /// ("got under way on Thursday and continues next week": Thursday's verb is "got").
  static func clause(around range: Range<Int>, in words: [TimeWord]) -> Range<Int> {
    // At most 40 words each way: a clause is read in bounded time on an endless line.
    var start = range.lowerBound
    // Only a short word can end a clause: its length is read before any hashing.
    func stops(_ w: TimeWord) -> Bool { w.key.utf8.count <= 3 && Self.clauseStops.contains(w.key) }
    while start > max(0, range.lowerBound - 40), !stops(words[start - 1]) { start -= 1 }
    var end = range.upperBound
    while end < min(words.count, range.upperBound + 40), !stops(words[end]) { end += 1 }
    return start..<end
  }

  /// The time expressions of `text`, splitting it into sentences first.
  public func expressions(in text: String) -> [TimeExpression] {
    expressions(in: text, sentences: SentenceSplitter().sentences(in: text))
  }

  /// The longest stretch of a sentence read at once: a longer "sentence" (an endless line on a hostile
  /// page) is read in pieces, so the words held at once stay bounded.
  static let maxSentenceScalars = 20_000

  /// The most expressions read from one text: far beyond any article, a bound on a hostile page's memory.
  public static let maxExpressions = 20_000

  private static let descriptiveSuffixes: Set<String> = ["like", "style", "type", "themed", "esque", "ish"]

  private static func isVagueOrSet(_ meaning: TimeMeaning) -> Bool {
    switch meaning {
    case .reference, .set: true
    default: false
    }
  }

  /// "a 2016 flood", "the February 2021 winter storm": a year, alone or after its month, between an
  /// article and a lowercase word.
  private static func isYearBeforeNoun(_ match: Range<Int>, in words: [TimeWord]) -> Bool {
    let monthFirst = match.count == 2 && TimeLexicon.months[words[match.lowerBound].key] != nil
    guard match.count == 1 || monthFirst, match.lowerBound > 0, match.upperBound < words.count,
      words[match.upperBound - 1].digitCount == 4,
      ["a", "an", "the"].contains(words[match.lowerBound - 1].key)
    else { return false }
    let next = words[match.upperBound]
    return next.kind == .word && !next.capitalized
  }

  /// Whether the time starting at word `start` is when the news was told: right after "said", "told
  /// reporters" or a statement "released" or "issued" (an "on" between them allowed).
  private static func isTimeOfSaying(before start: Int, in words: [TimeWord]) -> Bool {
    var k = start - 1
    if k >= 0, words[k].key == "on" { k -= 1 }
    if k >= 1, ["reporters", "journalists"].contains(words[k].key), words[k - 1].key == "told" { k -= 1 }
    guard k >= 0 else { return false }
    if ["said", "says", "told"].contains(words[k].key) { return true }
    return k >= 1 && ["released", "issued"].contains(words[k].key)
      && ["statement", "release"].contains(words[k - 1].key)
  }

  /// Prepositions that point at a deadline, which may lie after the publication date.
  private static let forwardPrepositions: Set<String> = ["until", "till", "by", "before", "through"]

  /// Verbs that put something down for a day: "set a hearing for Friday", "adjourned the case for Monday".
  private static let schedulingVerbs: Set<String> = [
    "set", "scheduled", "rescheduled", "listed", "adjourned", "postponed", "slated", "fixed", "calendared",
    "booked", "moved", "pushed", "reset",
  ]

  /// The precision an ISO value is written at (`2021` year, `2021-Q1` quarter, `2021-WI` season,
  /// `2021-W19` week, `2021-03-12` day), read from the letters after its first dash.
  static func precision(of value: String) -> CalendarSpan.Precision {
    let utf8 = Array(value.utf8)
    if let dash = utf8.firstIndex(of: UInt8(ascii: "-")) {
      let letters = utf8[(dash + 1)...].prefix { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
      switch String(decoding: letters, as: UTF8.self) {
      case "W": return .week
      case "Q", "H": return .quarter
      case "SP", "SU", "FA", "WI": return .season
      default: break
      }
    }
    switch utf8.count {
    case 4: return .year
    case 7: return .month
    case 10: return .day
    case 3: return .decade
    default: return .century
    }
  }
}
