/// Amount patterns: durations ("two months", "the past 18 months", "a decade"), shifts ("two months later",
/// "a year ago"), sets ("every Monday", "annually"), clock times ("3 p.m.", "noon") and vague references.
extension ExpressionMatcher {
  /// An amount at word `i`: its value (nil: unknown, "several") and where it ends.
  func amount(at i: Int) -> (count: Int?, end: Int)? {
    guard let k = key(i) else { return nil }
    let w = words[i]
    if let n = w.number, w.digitCount <= 3, !w.hyphenBefore || i == 0 || words[i - 1].kind != .number {
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
    if isKey(j, ["past", "last", "next", "first", "coming", "previous", "recent", "following", "final", "initial"]) {
      lead = key(j)
      j += 1
    }
    if lead == nil, hasThe { hasThe = true }
    if let k = key(j), let k2 = key(j + 1), TimeLexicon.approximatorPairs.contains(k + " " + k2) {
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
    guard let (count, afterAmount) = amount(at: j) else { return bareUnits(at: i) }
    var u = afterAmount
    if isKey(u, ["more", "additional", "extra", "full", "straight", "consecutive", "long"]) { u += 1 }
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
    var value = unit.duration(count)
    // "two and a half years", "a minute and a half".
    if key(end) == "and", key(end + 1) == "a", key(end + 2) == "half", let count, unit != .second {
      value = Self.halfMore(count: count, unit: unit)
      end += 3
    }
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
        guard let count, suffix != "after" || endsClause(end + 1) || key(end + 1) == "that" else { break }
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

  /// "for years", "for months": a plural unit with no amount after "for".
  private func bareUnits(at i: Int) -> Found? {
    guard isKey(i - 1, ["for", "within", "over"]), let unit = TimeLexicon.units[key(i) ?? ""],
      key(i)?.hasSuffix("s") == true, unit != .second, unit != .weekend
    else { return nil }
    return (i + 1, .duration(unit.duration(nil)))
  }

  /// "every Monday", "each year", "every two weeks", "annually", "twice a year", "Mondays".
  func frequency(at i: Int) -> Found? {
    guard let k = key(i) else { return nil }
    if let value = TimeLexicon.frequencyAdverbs[k], !words[i].capitalized || i == 0 {
      return (i + 1, .set(value))
    }
    if k == "every" || k == "each" {
      var j = i + 1
      var count = 1
      if key(j) == "other" {
        count = 2
        j += 1
      } else if let (n, end) = amount(at: j), let n, !isKey(j, ["a", "an"]) {
        count = n
        j = end
      }
      guard j < words.count else { return nil }
      if let unit = TimeLexicon.units[words[j].key] {
        return (j + 1, .set(unit.duration(count)))
      }
      if let wd = weekday(at: j) {
        if let code = TimeLexicon.partsOfDay[key(j + 1) ?? ""] { return (j + 2, .set("XXXX-WXX-\(wd)T\(code)")) }
        return (j + 1, .set("XXXX-WXX-\(wd)"))
      }
      if let m = month(at: j, contextual: true) { return (j + 1, .set("XXXX-\(CalendarSpan.pad(m, 2))")) }
      if let code = TimeLexicon.seasons[words[j].key] { return (j + 1, .set("XXXX-\(code)")) }
      if let code = TimeLexicon.partsOfDay[words[j].key] { return (j + 1, .set("XXXX-XX-XXT\(code)")) }
      return nil
    }
    // "once a week", "twice a year", "three times a month".
    if k == "once" || k == "twice" || (amount(at: i) != nil && key(i + 1) == "times") {
      let j = k == "once" || k == "twice" ? i + 1 : i + 2
      if isKey(j, ["a", "per", "every", "each"]), let unit = TimeLexicon.units[key(j + 1) ?? ""] {
        return (j + 2, .set(unit.duration(1)))
      }
      return nil
    }
    // "Mondays", "Friday nights".
    if words[i].capitalized, k.hasSuffix("s"), let wd = TimeLexicon.weekdays[String(k.dropLast())], k.count >= 7 {
      return (i + 1, .set("XXXX-WXX-\(wd)"))
    }
    if let wd = weekday(at: i), key(i + 1) == "nights" || key(i + 1) == "mornings" || key(i + 1) == "evenings" {
      let code = TimeLexicon.partsOfDay[String((key(i + 1) ?? "").dropLast())] ?? "NI"
      return (i + 2, .set("XXXX-WXX-\(wd)T\(code)"))
    }
    return nil
  }

  /// "3 p.m.", "10:30 a.m. EST Friday", "noon Thursday", "around 7:15 p.m.", "midnight".
  func clockTime(at i: Int) -> Found? {
    var j = i
    if isKey(j, ["about", "around", "approximately", "roughly", "shortly", "just"]) {
      j += 1
      if isKey(j, ["before", "after"]) { j += 1 }
    }
    guard let k = key(j) else { return nil }
    var clock: ClockTime
    var end: Int
    if k == "noon" || k == "midday" || k == "midnight" {
      clock = ClockTime(hour: k == "midnight" ? 24 : 12, minute: 0)
      end = j + 1
    } else if words[j].kind == .number {
      let parts = words[j].raw.split(separator: ":")
      guard parts.count <= 2, let h = Int(parts[0]), h <= 24 else { return nil }
      let m = parts.count == 2 && parts[1].count == 2 ? Int(parts[1]) : (parts.count == 1 ? 0 : nil)
      guard let m, m < 60 else { return nil }
      end = j + 1
      let meridiem = key(end)
      if isKey(end, ["a.m.", "a.m", "am"]) {
        clock = ClockTime(hour: h == 12 ? 0 : h, minute: m)
        end += 1
      } else if isKey(end, ["p.m.", "p.m", "pm"]) {
        clock = ClockTime(hour: h < 12 ? h + 12 : h, minute: m)
        end += 1
      } else if meridiem == "o'clock" {
        clock = ClockTime(hour: h, minute: m)
        end += 1
      } else if parts.count == 2, h <= 23, key(end) != ":" {
        clock = ClockTime(hour: h, minute: m)
      } else {
        return nil
      }
      guard h >= 1 || parts.count == 2 else { return nil }
      if meridiem != nil, key(end) == "." && words.count == end + 1 { end += 0 }
    } else {
      return nil
    }
    if end < words.count, words[end].capitalized, Self.timeZones.contains(words[end].key) { end += 1 }
    // A date right after: "10 p.m. Wednesday", "noon Thursday", "9 a.m. today".
    var k2 = end
    if key(k2) == "on" { k2 += 1 }
    if let wd = weekday(at: k2) {
      return (k2 + 1, .date(.weekday(wd, direction: .byTense), part: nil, partOfDay: nil, clock: clock))
    }
    if let offset = ["today": 0, "yesterday": -1, "tomorrow": 1][key(end) ?? ""] {
      return (end + 1, .date(.dayOffset(offset), part: nil, partOfDay: nil, clock: clock))
    }
    if let inner = monthFirst(at: end, contextual: true), case .date(let spec, _, _, _) = inner.meaning {
      return (inner.end, .date(spec, part: nil, partOfDay: nil, clock: clock))
    }
    if key(end) == "in", key(end + 1) == "the", let code = TimeLexicon.partsOfDay[key(end + 2) ?? ""] {
      if code == "AF" || code == "EV" || code == "NI", clock.hour < 12 {
        clock = ClockTime(hour: clock.hour + 12, minute: clock.minute)
      }
      return (end + 3, .clock(clock, partOfDay: nil))
    }
    return (end, .clock(clock, partOfDay: nil))
  }

  static let timeZones: Set<String> = [
    "est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "pst", "pdt", "pt", "gmt", "utc", "bst", "cet",
  ]

  /// "now", "currently", "recently", "the past", "the future", "the near future", "right now", "soon".
  func reference(at i: Int) -> Found? {
    guard let k = key(i) else { return nil }
    if k == "right", key(i + 1) == "now" { return (i + 2, .reference("PRESENT_REF")) }
    if k == "the" || k == "a" {
      var j = i + 1
      if isKey(j, ["near", "distant", "foreseeable", "immediate", "not-too-distant", "recent", "distant"]) { j += 1 }
      if key(j) == "future" { return (j + 1, .reference("FUTURE_REF")) }
      if key(j) == "past", !(j + 1 < words.count && (words[j + 1].kind == .number || TimeLexicon.units[words[j + 1].key] != nil)) {
        return (j + 1, .reference("PAST_REF"))
      }
      if key(j) == "present", isKey(i - 1, ["at", "until", "to"]) || endsClause(j + 1) {
        return (j + 1, .reference("PRESENT_REF"))
      }
      return nil
    }
    if k == "present", key(i - 1) == "at" { return (i + 1, .reference("PRESENT_REF")) }
    if k == "recent", key(i + 1) == "years" { return (i + 2, .reference("PAST_REF")) }
    if k == "recent", let unit = TimeLexicon.units[key(i + 1) ?? ""], key(i + 1)?.hasSuffix("s") == true {
      return (i + 2, .duration(unit.duration(nil)))
    }
    if k == "more", key(i + 1) == "recently" { return (i + 2, .reference("PAST_REF")) }
    guard let value = TimeLexicon.references[k], k != "once" else { return nil }
    if k == "current", isKey(i + 1, ["account", "accounts", "events"]) || words[i].capitalized { return nil }
    if k == "recent" || k == "current" {
      guard i + 1 < words.count, words[i + 1].kind == .word else { return nil }
    }
    if k == "now", key(i - 1) == "from" { return nil }
    return (i + 1, .reference(value))
  }
}
