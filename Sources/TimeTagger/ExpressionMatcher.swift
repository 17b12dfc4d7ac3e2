import TextSegmentation

/// Finds time expressions in one sentence's words: at each word, every pattern family is tried and the
/// longest match wins; matching then resumes after it. Patterns look ahead a few words at most, so the
/// cost is linear in the sentence length.
struct ExpressionMatcher {
  /// One recognized expression: words `start..<end` of the sentence and what they mean.
  struct Match: Sendable {
    let start: Int
    let end: Int
    let meaning: TimeMeaning
  }

  /// A partial match of one pattern: where it ends (exclusive) and what it means.
  typealias Found = (end: Int, meaning: TimeMeaning)

  let words: [TimeWord]
  /// Read "12/03/2021" as 12 March rather than December 3.
  let dayFirst: Bool

  func matches() -> [Match] {
    var result: [Match] = []
    var i = 0
    while i < words.count {
      if let found = longest(at: i) {
        result.append(Match(start: i, end: found.end, meaning: found.meaning))
        i = found.end
      } else {
        i += 1
      }
    }
    return result
  }

  /// The longest match of any pattern family starting at word `i`.
  func longest(at i: Int) -> Found? {
    // Most words cannot start a time expression: skip them before trying any pattern.
    switch words[i].kind {
    case .punctuation: return nil
    case .number: break
    case .word:
      let key = words[i].key
      guard (Self.starterFilter.mayContain(key) && Self.starters.contains(key)) || isPluralWeekday(key) else {
        return nil
      }
      // "the", "a", "an" open a time expression only before a word that can continue one ("the following
      // day", "a decade", "the 1990s", "the latest quarter"): the commonest words skip every pattern.
      if Self.isArticle(key), i + 1 < words.count, words[i + 1].kind == .word {
        let next = words[i + 1].key
        guard
          (Self.starterFilter.mayContain(next) && Self.starters.contains(next))
            || Self.afterArticle.contains(next) || isPluralWeekday(next)
        else { return nil }
      }
    }
    var best: Found?
    func consider(_ candidate: Found?) {
      guard let candidate, candidate.end > i else { return }
      if candidate.end > (best?.end ?? -1) { best = candidate }
    }
    consider(partOfSpan(at: i))
    consider(calendarDate(at: i))
    consider(relativeDate(at: i))
    consider(durationOrShift(at: i))
    consider(frequency(at: i))
    consider(clockTime(at: i))
    consider(reference(at: i))
    return best
  }

  /// "The beginning of the year", "early 2021", "late last year", "mid-March", "earlier this month".
  func partOfSpan(at i: Int) -> Found? {
    var j = i
    let part: SpanPart
    if key(j) == "the" || key(j) == "a", let p = TimeLexicon.partNouns[key(j + 1) ?? ""], key(j + 2) == "of" {
      part = p
      j += 3
    } else if let p = TimeLexicon.partNouns[key(j) ?? ""], p != .start || key(j) != "turn",
      key(j + 1) == "of",
      key(j - 1) == "at" || key(j - 1) == "by" || key(j - 1) == "until" || key(j - 1) == "from"
    {
      part = p
      j += 2
    } else if let p = TimeLexicon.parts[key(j) ?? ""] {
      part = p
      j += 1
      if key(j) == "in" { j += 1 }
    } else {
      return nil
    }
    guard j < words.count, let inner = calendarDate(at: j, contextual: true) ?? relativeDate(at: j) else {
      return nil
    }
    guard case .date(let spec, _, let partOfDay, let clock) = inner.meaning else { return nil }
    return (inner.end, .date(spec, part: part, partOfDay: partOfDay, clock: clock))
  }

  /// Every word a pattern can start with (numbers aside); `longest(at:)` skips all others.
  static let starters: Set<String> = {
    var words: Set<String> = [
      "the", "a", "an", "this", "last", "next", "past", "previous", "preceding", "current", "coming",
      "present", "that", "same", "following", "fiscal", "fy", "every", "each", "once", "twice", "noon",
      "midnight", "midday", "right", "these", "recent", "today", "yesterday", "tomorrow", "tonight", "year",
      "nineteen", "two", "first", "final", "initial", "more", "less", "at", "up", "no", "fewer", "as", "some",
      "thanksgiving", "christmas", "election", "new", "halloween", "valentine", "independence", "veterans",
      "shortly", "q1", "q2", "q3", "q4", "prior",
    ]
    words.formUnion(TimeLexicon.months.keys)
    words.formUnion(TimeLexicon.weekdays.keys)
    words.formUnion(TimeLexicon.seasons.keys)
    words.formUnion(TimeLexicon.units.keys)
    words.formUnion(TimeLexicon.cardinals.keys)
    words.formUnion(TimeLexicon.ordinals.keys)
    words.formUnion(TimeLexicon.vagueCounts)
    words.formUnion(TimeLexicon.approximators)
    words.formUnion(TimeLexicon.references.keys)
    words.formUnion(TimeLexicon.frequencyAdverbs.keys)
    words.formUnion(TimeLexicon.parts.keys)
    words.formUnion(TimeLexicon.partNouns.keys)
    words.formUnion(TimeLexicon.partsOfDay.keys)
    words.formUnion(decadeWords.keys)
    return words
  }()

  /// "Mondays": a set of weekdays.
  static let starterFilter = WordFilter(starters)

  /// "the", "a", "an": compared rather than hashed, as every word that may start an expression is asked.
  static func isArticle(_ key: String) -> Bool { key == "the" || key == "a" || key == "an" }

  /// Words after an article that can go on into a time expression without being able to start one.
  static let afterArticle: Set<String> = [
    "latest", "comparable", "corresponding", "full", "calendar", "entire", "whole", "near", "short",
    "distant",
    "foreseeable", "immediate", "not-too-distant", "day", "days", "morning", "afternoon", "evening", "night",
    "weekend", "end", "start", "beginning", "middle", "turn", "rest", "remainder", "period", "quarter",
    "half",
    "few", "couple", "number", "matter", "long", "little", "while", "lifetime", "generation", "later",
    "earlier", "last", "prior", "second", "third", "fourth", "early", "mid", "late", "summer", "spring",
    "fall",
    "autumn", "winter", "holiday", "holidays", "season", "time", "moment", "years", "months", "weeks",
    "hours",
    "future", "past", "present", "recent", "meantime", "interim", "same", "following", "previous", "next",
    "additional", "extra", "further", "another", "single", "record", "total", "maximum", "minimum",
  ]

  private func isPluralWeekday(_ key: String) -> Bool {
    // The shortest, "mondays", has seven bytes: shorter words are ruled out before any string search.
    key.utf8.count >= 7 && key.hasSuffix("days") && TimeLexicon.weekdays[String(key.dropLast())] != nil
  }

  // MARK: - Word access

  func key(_ i: Int) -> String? {
    i >= 0 && i < words.count ? words[i].key : nil
  }

  func isKey(_ i: Int, _ options: Set<String>) -> Bool {
    guard let k = key(i) else { return false }
    return options.contains(k)
  }

  /// `isKey` for a literal list of a few words: comparing them costs less than building a set per call.
  @inline(__always)
  func isKey(_ i: Int, _ options: [String]) -> Bool {
    guard let k = key(i) else { return false }
    return options.contains(k)
  }

  /// Whether word `i` is a separate word (not the tail of a hyphenated compound).
  func startsWord(_ i: Int) -> Bool {
    i >= words.count || !words[i].hyphenBefore
  }

  /// Whether nothing follows word `i - 1` but punctuation or the sentence's end.
  func endsClause(_ i: Int) -> Bool {
    i >= words.count || words[i].kind == .punctuation
      || isKey(i, ["and", "or", "but", "when", "while", "as", "in", "on", "at", "to", "for", "with", "by"])
  }

  /// The month named by word `i` when written like a month (capitalized; ambiguous words need context).
  func month(at i: Int, contextual: Bool) -> Int? {
    guard i < words.count, words[i].kind == .word, words[i].capitalized,
      let m = TimeLexicon.months[words[i].key]
    else { return nil }
    if words[i].key.count <= 4 && words[i].key != "may" && words[i].key != "june" && words[i].key != "july" {
      // Abbreviations: only before a day or year ("Mar. 12", "Aug 2021") or after a day ("20 Feb",
      // "the 3rd of Dec").
      let n = key(i + 1) == "." ? i + 2 : i + 1
      if n < words.count && words[n].kind == .number { return m }
      var p = i - 1
      if p > 0, key(p) == "of" { p -= 1 }
      guard p >= 0, let d = words[p].number ?? words[p].ordinal, (1...31).contains(d),
        words[p].digitCount <= 2 || words[p].ordinal != nil
      else { return nil }
      return m
    }
    if TimeLexicon.ambiguousMonths.contains(words[i].key) && !contextual {
      let n = key(i + 1) == "." ? i + 2 : i + 1
      guard n < words.count, words[n].kind == .number || words[n].ordinal != nil else { return nil }
    }
    return m
  }

  /// Words before a month that show it is a date ("in May", "until March").
  static let monthContext: Set<String> = [
    "in", "since", "until", "till", "by", "from", "of", "during", "before", "after", "through", "to",
    "between", "and", "or", "early", "late", "mid", "last", "next", "this", "each", "every", "that",
    "around", "throughout", "on", "for", "-", "–", "starting", "beginning", "ending", "as", "past", "the",
  ]

  /// The weekday named by word `i` (capitalized full names only: "Sun" and "Sat" are words too).
  func weekday(at i: Int) -> Int? {
    guard i < words.count, words[i].kind == .word, words[i].capitalized, words[i].key.count >= 6 else {
      return nil
    }
    return TimeLexicon.weekdays[words[i].key]
  }

  /// A plausible year written in digits at word `i`.
  func year(at i: Int, strict: Bool) -> Int? {
    guard i < words.count, let n = words[i].number, words[i].digitCount == 4 else { return nil }
    guard n >= 1000 && n <= 2099 else { return nil }
    if strict {
      guard n >= 1800 else { return nil }
      if i > 0 {
        let prev = words[i - 1]
        if prev.kind == .punctuation && ["$", "#", "€", "£", "¥", "№"].contains(prev.key) { return nil }
        if prev.kind == .number || TimeLexicon.numberLabels.contains(prev.key) { return nil }
        // "the Environmental Permitting Regulations 2016": a statute's name.
        if prev.capitalized, TimeLexicon.statuteNouns.contains(prev.key) { return nil }
        if words[i].hyphenBefore && prev.kind == .number { return nil }
      }
      if i + 1 < words.count {
        let next = words[i + 1]
        if next.key == "%" || TimeLexicon.countNouns.contains(next.key) { return nil }
        if next.hyphenBefore && next.kind == .number { return nil }
        if next.kind == .number && !next.hyphenBefore { return nil }
      }
    }
    return n
  }
}
