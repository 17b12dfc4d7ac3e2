/// Relative patterns: "yesterday", "last week", "this year", "next Monday", "the following week",
/// "that same day", "the quarter", "year-earlier".
extension ExpressionMatcher {
  func relativeDate(at i: Int) -> Found? {
    deictic(at: i) ?? shifted(at: i) ?? storyAnchored(at: i)
  }

  private func date(_ spec: DateSpec, partOfDay: String? = nil) -> TimeMeaning {
    .date(spec, part: nil, partOfDay: partOfDay, clock: nil)
  }

  /// A part of the day right after word `j - 1` ("yesterday morning"): its code and the end of the match.
  private func partOfDay(after j: Int) -> (String, Int)? {
    guard let code = TimeLexicon.partsOfDay[key(j) ?? ""], key(j) != "overnight" else { return nil }
    return (code, j + 1)
  }

  /// "today", "yesterday afternoon", "tonight", "this morning", "last night", "the day before yesterday".
  private func deictic(at i: Int) -> Found? {
    guard let k = key(i) else { return nil }
    // A switch rather than a dictionary: this runs at every word that may start a time expression.
    let dayOffset: Int?
    switch k {
    case "today", "tonight": dayOffset = 0
    case "yesterday": dayOffset = -1
    case "tomorrow": dayOffset = 1
    default: dayOffset = nil
    }
    if let offset = dayOffset {
      if k == "tonight" { return (i + 1, date(.dayOffset(0), partOfDay: "NI")) }
      if let (code, end) = partOfDay(after: i + 1) { return (end, date(.dayOffset(offset), partOfDay: code)) }
      return (i + 1, date(.dayOffset(offset)))
    }
    if k == "this", let (code, end) = partOfDay(after: i + 1), code != "NI" {
      return (end, date(.dayOffset(0), partOfDay: code))
    }
    if k == "last", key(i + 1) == "night" { return (i + 2, date(.dayOffset(-1), partOfDay: "NI")) }
    if k == "the", key(i + 1) == "day", isKey(i + 2, ["before", "after"]),
      isKey(i + 3, ["yesterday", "tomorrow"])
    {
      return (i + 4, date(.dayOffset(key(i + 3) == "yesterday" ? -2 : 2)))
    }
    return nil
  }

  /// "last week", "this year", "next month", "the past year", "the current quarter", "last Friday",
  /// "next March", "last fall", "this coming Monday".
  private func shifted(at i: Int) -> Found? {
    var j = i
    let hasThe = key(j) == "the"
    if hasThe { j += 1 }
    guard let k = key(j) else { return nil }
    var offset: Int
    switch k {
    case "last", "past", "previous", "preceding": offset = -1
    case "this", "current", "present": offset = 0
    case "next", "coming": offset = 1
    default: return nil
    }
    if hasThe && (k == "this" || k == "next") { return nil }
    if !hasThe && (k == "previous" || k == "preceding" || k == "present") { return nil }
    j += 1
    if k == "this", key(j) == "coming" { j += 1 }
    // "this past weekend": the one just gone.
    if k == "this", key(j) == "past" {
      offset = -1
      j += 1
    }
    if key(j) == "fiscal" { j += 1 }
    guard j < words.count else { return nil }
    let direction: Direction = offset < 0 ? .last : offset > 0 ? .next : .this
    if let wd = weekday(at: j), k != "past", k != "current" {
      if let (code, end) = partOfDay(after: j + 1) {
        return (end, date(.weekday(wd, direction: direction), partOfDay: code))
      }
      return (j + 1, date(.weekday(wd, direction: direction)))
    }
    if let inner = monthFirst(at: j, contextual: true), k == "last" || k == "next",
      case .date(.monthDay(let m, let d?, _), _, _, _) = inner.meaning
    {
      return (inner.end, date(.monthDay(month: m, day: d, direction: direction)))
    }
    // "the previous March", "the preceding winter": the one before the story's time.
    let beforeStory = hasThe && (k == "previous" || k == "preceding")
    if let m = month(at: j, contextual: true), k != "past", k != "current" {
      if beforeStory { return (j + 1, date(.storyMonth(month: m, day: nil, step: -1))) }
      return (j + 1, date(.monthDay(month: m, day: nil, direction: direction)))
    }
    if let code = TimeLexicon.seasons[words[j].key], k != "current" {
      if beforeStory { return (j + 1, date(.storySeason(code, step: -1))) }
      return (j + 1, date(.season(code, year: nil, direction: direction)))
    }
    guard let unit = TimeLexicon.units[words[j].key], !words[j].key.hasSuffix("s") || words[j].key == "hours"
    else {
      return nil
    }
    if unit == .hour || unit == .minute || unit == .second { return nil }
    // "the last quarter-century" is not a quarter.
    if j + 1 < words.count, words[j + 1].hyphenBefore { return nil }
    // "the past decade" is the stretch of ten years just gone.
    if k == "past", unit == .decade || unit == .century { return (j + 1, .duration(unit.duration(1))) }
    // "the past year" with a story in the past is the year before publication.
    if hasThe && (k == "coming" || k == "next") { return (j + 1, .duration(unit.duration(1))) }
    if words[j].key.hasSuffix("s") { return nil }
    // "the last day of the trial" is not yesterday.
    if unit == .day { return nil }
    return (j + 1, date(.publicationShift(unit, offset)))
  }

  /// "that day", "the same year", "that same day", "the following week", "the next day", "the day before",
  /// "the year", "the weekend", "the quarter", "the latest period", "the year-earlier quarter", "year-ago".
  private func storyAnchored(at i: Int) -> Found? {
    var j = i
    let hasThe = key(j) == "the"
    if hasThe { j += 1 }
    guard let k = key(j) else { return nil }
    // "year-earlier", "year-ago": the year before the story's time.
    if k == "year", j + 1 < words.count, words[j + 1].hyphenBefore, isKey(j + 1, ["earlier", "ago"]) {
      var end = j + 2
      if hasThe || isKey(end, ["quarter", "period"]) {
        guard isKey(end, ["quarter", "period"]) else {
          return hasThe ? nil : (end, date(.previousShift(.year, -1)))
        }
        end += 1
      }
      return (end, date(.previousShift(.year, -1)))
    }
    // "year-end", "year end", "year's end": the end of the story's year.
    if k == "year", key(j + 1) == "end" {
      return (j + 2, .date(.storyNeighbor(.year, 0), part: .end, partOfDay: nil, clock: nil))
    }
    if hasThe, isKey(j, ["latest", "comparable", "corresponding", "same", "recent"]),
      isKey(j + 1, ["quarter", "period"])
    {
      return (j + 2, date(.storyQuarter))
    }
    if hasThe, let y = year(at: j, strict: false), isKey(j + 1, ["quarter", "period"]) {
      return (j + 2, date(.storyQuarterIn(year: y)))
    }
    if hasThe, k == "quarter", !(j + 1 < words.count && words[j + 1].hyphenBefore) {
      return (j + 1, date(.storyQuarter))
    }
    // "the full year", "the fiscal year", "the whole month": the one the story is in.
    if hasThe, isKey(j, ["full", "fiscal", "calendar", "entire", "whole"]),
      isKey(j + 1, ["year", "month", "week"]),
      let unit = TimeLexicon.units[key(j + 1) ?? ""]
    {
      return (j + 2, date(.storyNeighbor(unit, 0)))
    }
    // "that October", "that same March": the month in the year the story is in; "that summer" its season.
    if k == "that", !hasThe {
      let m = key(j + 1) == "same" ? j + 2 : j + 1
      if let code = TimeLexicon.seasons[key(m) ?? ""] { return (m + 1, date(.storySeason(code, step: 0))) }
      if let inner = monthFirst(at: m, contextual: true),
        case .date(.monthDay(let month, let day, _), _, _, _) = inner.meaning
      {
        return (inner.end, date(.storyMonth(month: month, day: day, step: 0)))
      }
    }
    var step = 0
    var at = j
    switch k {
    case "that", "same":
      if k == "that" && hasThe { return nil }
      if k == "that", key(j + 1) == "same" { at += 1 }
      at += 1
    case "following", "next", "previous", "preceding", "prior":
      guard hasThe else { return nil }
      step = k == "following" || k == "next" ? 1 : -1
      at += 1
    default:
      guard hasThe else { return nil }
    }
    guard at < words.count, let unit = TimeLexicon.units[words[at].key], !words[at].key.hasSuffix("s") else {
      // "the following spring", "the previous winter": the season next to the story's time.
      if hasThe, step != 0, let code = TimeLexicon.seasons[key(at) ?? ""] {
        return (at + 1, date(.storySeason(code, step: step)))
      }
      // "the following January", "the previous March": the month next to the story's time.
      if hasThe, step != 0, let inner = monthFirst(at: at, contextual: true),
        case .date(.monthDay(let month, let day, _), _, _, _) = inner.meaning
      {
        return (inner.end, date(.storyMonth(month: month, day: day, step: step)))
      }
      if hasThe, step != 0, let (code, end) = partOfDay(after: at) {
        return (end, date(.storyNeighbor(.day, step), partOfDay: code))
      }
      // "arrested that night", "the same evening", "were released in the evening": the part of the day the
      // story is in.
      if k == "that" || k == "same" || (hasThe && i > 0 && key(i - 1) == "in" && at == j),
        let (code, end) = partOfDay(after: at)
      {
        return (end, date(.storyNeighbor(.day, 0), partOfDay: code))
      }
      return nil
    }
    if unit == .hour || unit == .minute || unit == .second { return nil }
    // "quarter-to-quarter", "year-to-date": a compound modifier, not a time.
    if at + 1 < words.count, words[at + 1].hyphenBefore, key(at + 1) != "end" { return nil }
    if k == "that" || k == "same" { return (at + 1, date(.storyNeighbor(unit, 0))) }
    if step != 0 {
      if let (code, end) = partOfDay(after: at + 1), unit == .day {
        return (end, date(.storyNeighbor(.day, step), partOfDay: code))
      }
      return (at + 1, date(.storyNeighbor(unit, step)))
    }
    // "the day before", "the week after": counted from the story's time when nothing follows, or when what
    // follows names the happening the story told ("the day after the collision").
    if isKey(at + 1, ["before", "after", "earlier", "later"]),
      endsClause(at + 2) || key(at + 2) == "that"
        || (isKey(at + 1, ["before", "after"]) && isStepNoun(at: at + 2))
    {
      let dir = isKey(at + 1, ["before", "earlier"]) ? -1 : 1
      return (at + 2, date(.storyNeighbor(unit, dir)))
    }
    // "the weekend", "the year", "the week": the one the story is in.
    if unit == .weekend { return (at + 1, date(.publicationShift(.weekend, 0))) }
    // "The year ended March 31" is a fiscal period: a duration. "For the year", "of the year": a date.
    if isKey(at + 1, ["ended", "ending"]) || isKey(i - 1, ["over", "throughout"]) || unit == .day
      || unit == .decade
    {
      return unit == .day ? nil : (at + 1, .duration(unit.duration(1)))
    }
    return (at + 1, date(.storyNeighbor(unit, 0)))
  }
}
