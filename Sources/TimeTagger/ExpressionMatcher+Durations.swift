/// Duration patterns: "two months", "the past 18 months", "a decade", "2 1/2 years", and the shifts built
/// on them ("two months later", "a year ago", "a year earlier").
extension ExpressionMatcher {
  /// An amount at word `i`: its value (nil: unknown, "several") and where it ends.
  func amount(at i: Int) -> (count: Int?, end: Int)? {
    guard let k = key(i) else { return nil }
    let w = words[i]
    if let n = w.number, w.digitCount <= 3, !w.hyphenBefore || i == 0 || words[i - 1].kind != .number {
      return (n, i + 1)
    }
    // "1,000 days".
    if w.kind == .number, w.raw.contains(","), !w.raw.contains("."),
      let n = Int(w.raw.filter { $0 != "," }), n < 1_000_000
    {
      return (n, i + 1)
    }
    if k == "a" || k == "an" {
      if key(i + 1) == "couple", key(i + 2) == "of" { return (2, i + 3) }
      if key(i + 1) == "few" { return (nil, i + 2) }
      if key(i + 1) == "dozen" { return (12, i + 2) }
      if key(i + 1) == "hundred" { return (100, i + 2) }
      return (1, i + 1)
    }
    if TimeLexicon.vagueCounts.contains(k) {
      return (k == "couple" && key(i + 1) == "of") ? (2, i + 2) : (nil, i + 1)
    }
    guard var n = TimeLexicon.cardinals[k] else { return nil }
    var end = i + 1
    if n >= 20, n < 100, let unit = TimeLexicon.cardinals[key(end) ?? ""], unit < 10 {
      n += unit
      end += 1
    }
    if key(end) == "hundred" {
      n *= 100
      end += 1
    } else if key(end) == "thousand" {
      n *= 1000
      end += 1
    }
    return (n, end)
  }

  /// Durations and the shifts built on them.
  func durationOrShift(at i: Int) -> Found? {
    var j = i
    var hasThe = false
    if key(j) == "the" {
      hasThe = true
      j += 1
    }
    var lead: String?
    if isKey(
      j, ["past", "last", "next", "first", "coming", "previous", "recent", "following", "final", "initial"])
    {
      lead = key(j)
      j += 1
    }
    if lead == "coming" && !hasThe { return nil }
    if let k = key(j), TimeLexicon.approximatorPairStarts.contains(k), let k2 = key(j + 1),
      TimeLexicon.approximatorPairs.contains(k + " " + k2)
    {
      j += 2
      if key(j) == "than" { j += 1 }
    } else if TimeLexicon.approximators.contains(key(j) ?? ""), key(j) != "some" || key(j + 1) == "time" {
      j += 1
    }
    // "the coming weeks", "the past few years": a plural unit alone after a lead word.
    if let lead, j < words.count, let unit = TimeLexicon.units[words[j].key], words[j].key.hasSuffix("s"),
      lead != "first" && lead != "last" || hasThe
    {
      if lead == "recent", unit == .year { return (j + 1, .reference("PAST_REF")) }
      return (j + 1, .duration(unit.duration(nil)))
    }
    if key(j) == "some", key(j + 1) == "time" { return (j + 2, .duration("PXX")) }
    if key(j) == "a", key(j + 1) == "while" { return (j + 2, .duration("PXX")) }
    if lead == nil, !hasThe, let shift = vagueShift(at: j) { return shift }
    guard let (count, afterAmount) = amount(at: j) else { return bareUnits(at: i) }
    if lead != nil, isKey(j, ["a", "an"]) { return nil }
    var u = afterAmount
    let half = key(u) == "1/2"
    if half { u += 1 }
    if isKey(u, Self.amountFillers) { u += 1 }
    guard u < words.count, let unit = TimeLexicon.units[words[u].key] else { return nil }
    // "three-quarters" is a fraction.
    if unit == .quarter, words[u].hyphenBefore { return nil }
    let word = words[i]
    // "a second look", "called it a day", "a day" glued into another word.
    if isKey(j, ["a", "an"]) {
      if unit == .second || unit == .quarter { return nil }
      let isShift = isKey(u + 1, ["ago", "earlier", "before", "later", "after"])
      if key(j - 1) == "it" || (!isShift && isKey(j - 1, Self.rateWords)) { return nil }
      if j > 0, words[j - 1].kind == .number, !isShift { return nil }
      if u > 0, words[u - 1].kind == .number { return nil }
    }
    if words[j].kind == .number, words[j].hyphenBefore { return nil }
    if word.kind == .number, i > 0, words[i - 1].key == "$" { return nil }
    var end = u + 1
    var value = half ? Self.halfMore(count: count ?? 0, unit: unit) : unit.duration(count)
    // "60 Minutes", "This Week": capitalized mid-sentence, a title rather than a time.
    if words[u].capitalized, u > 0, words[u - 1].kind == .number, i > 0 { return nil }
    // "two and a half years", "a minute and a half".
    if key(end) == "and", key(end + 1) == "a", key(end + 2) == "half", let count, unit != .second {
      value = Self.halfMore(count: count, unit: unit)
      end += 3
    }
    // "52 years old" is an age, not a time.
    if isKey(end, ["old", "olds"]) || (key(end) == "of" && key(end + 1) == "age") { return nil }
    // "a week or so ago".
    if key(end) == "or", key(end + 1) == "so", isKey(end + 2, ["ago", "earlier", "later"]) { end += 2 }
    // Shifts: "two years ago", "a year earlier", "two months later".
    if let suffix = key(end), lead == nil, !hasThe {
      switch suffix {
      case "ago", "back":
        guard count != nil || suffix == "ago" else { break }
        guard let count else { return (end + 1, .reference("PAST_REF")) }
        return (end + 1, .date(.ago(unit, count), part: nil, partOfDay: nil, clock: nil))
      case "earlier", "before":
        guard let count, suffix == "earlier" || endsClause(end + 1) else { break }
        return (end + 1, .date(.previousShift(unit, -count), part: nil, partOfDay: nil, clock: nil))
      case "later", "after", "afterward", "afterwards":
        guard let count,
          suffix != "after" || endsClause(end + 1) || key(end + 1) == "that" || isStepNoun(at: end + 1)
        else { break }
        return (end, .shift(count: count, unit: unit, direction: 1))
      case "from":
        if key(end + 1) == "now", let count {
          return (end + 2, .date(.publicationShift(unit, count), part: nil, partOfDay: nil, clock: nil))
        }
      default: break
      }
    }
    if unit == .weekend, count == nil { return nil }
    // "the next year or so", "a year or two".
    if key(end) == "or", key(end + 1) == "so" { end += 2 }
    // "6-year-old" is an age, not a time; "decades-long" is a duration.
    if end < words.count, words[end].hyphenBefore, key(end) == "old" { return nil }
    return (end, .duration(value))
  }

  /// "days later", "a few weeks after the raid", "several days before": a shift of no stated length.
  private func vagueShift(at j: Int) -> Found? {
    var u = j
    if key(u) == "a", key(u + 1) == "few" {
      u += 2
    } else if isKey(u, ["several", "some"]) {
      u += 1
    }
    guard isKey(u, ["days", "weeks"]), let unit = TimeLexicon.units[key(u) ?? ""] else { return nil }
    let suffix = key(u + 1)
    switch suffix {
    case "later", "afterward", "afterwards", "earlier":
      break
    case "after", "before":
      guard endsClause(u + 2) || isStepNoun(at: u + 2) else { return nil }
    default: return nil
    }
    let direction = suffix == "earlier" || suffix == "before" ? -1 : 1
    return (u + 1, .vagueShift(unit: unit, direction: direction))
  }

  /// Whether a short noun phrase naming a happening, and ending its clause, starts at `i`: "two years after the
  /// raid", "22 months after Ocampo's order" count from the step the story told last, like "two years later".
  func isStepNoun(at i: Int) -> Bool {
    guard i < words.count else { return false }
    let possessive = words[i].raw.hasSuffix("'s") || words[i].raw.hasSuffix("’s")
    guard isKey(i, ["the", "his", "her", "its", "their"]) || (words[i].capitalized && possessive) else {
      return false
    }
    // One or two lowercase words ending in a happening, then the clause ends.
    var k = i + 1
    while k < words.count, k < i + 3, words[k].kind == .word, !words[k].capitalized { k += 1 }
    guard k > i + 1, k == words.count || words[k].kind == .punctuation else { return false }
    return Self.happeningNouns.contains(words[k - 1].key)
  }

  /// Nouns of a happening the story has told, from which "two years after the raid" counts.
  static let happeningNouns: Set<String> = [
    "raid", "raids", "order", "ruling", "decision", "verdict", "arrest", "arrests", "indictment", "charges",
    "conviction", "sentencing", "sentence", "trial", "hearing", "filing", "suit", "lawsuit", "complaint",
    "settlement", "appeal", "judgment", "injunction", "dismissal", "acquittal", "release", "extradition",
    "pardon", "inspection", "investigation", "probe", "audit", "ban", "fine", "designation", "listing",
    "crash", "fire", "attack", "shooting", "explosion", "spill", "leak", "breach", "hack", "collapse",
    "accident", "incident", "outbreak", "recall", "election", "vote", "merger", "takeover", "acquisition",
    "bankruptcy", "death", "killing", "murder", "strike", "war", "invasion", "coup", "launch", "collision",
    "blast", "robbery", "stabbing", "assault", "riot", "protest", "flood", "storm", "derailment", "sinking",
    "disclosure", "announcement", "report", "deal", "sale", "resignation", "firing", "plea", "indictments",
  ]

  /// Words between an amount and its unit ("20 more years", "eight trading days").
  static let amountFillers: Set<String> = [
    "more", "additional", "extra", "full", "straight", "consecutive", "long", "trading", "business",
    "working", "calendar",
  ]

  /// Words before "a year", "a week" that make it a rate ("$2 million a year", "four flights a week").
  static let rateWords: Set<String> = [
    "once", "twice", "times", "per", "million", "billion", "thousand", "trillion", "percent", "%", "flights",
    "cents", "dollars", "trips", "visits", "meetings", "shows", "games", "hours", "days", "miles", "barrels",
  ]

  /// `P2Y6M` for "two and a half years".
  private static func halfMore(count: Int, unit: TimeUnit) -> String {
    switch unit {
    case .year: return "P\(count)Y6M"
    case .month: return "P\(count)M15D"
    case .day: return "P\(count)DT12H"
    case .hour: return "PT\(count)H30M"
    case .minute: return "PT\(count)M30S"
    case .week: return "P\(count * 7 + 3)DT12H"
    default: return unit.duration(count)
    }
  }

  /// "for years", "for months": a plural unit with no amount after "for"; "day-long", "decades-long".
  private func bareUnits(at i: Int) -> Found? {
    if let unit = TimeLexicon.units[key(i) ?? ""], i + 1 < words.count, words[i + 1].hyphenBefore,
      key(i + 1) == "long", unit != .second
    {
      return (i + 2, .duration(unit.duration(key(i)?.hasSuffix("s") == true ? nil : 1)))
    }
    guard isKey(i - 1, ["for", "within", "over"]), let unit = TimeLexicon.units[key(i) ?? ""],
      key(i)?.hasSuffix("s") == true, unit != .second, unit != .weekend
    else { return nil }
    return (i + 1, .duration(unit.duration(nil)))
  }
}
