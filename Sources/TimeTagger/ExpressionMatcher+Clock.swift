/// Clock-time patterns: "3 p.m.", "10:30 a.m. EST Friday", "noon Thursday", "4 in the morning".
extension ExpressionMatcher {
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
      } else if parts.count == 2, h <= 23, key(end) != ":",
        isKey(j - 1, Self.clockCues) || (end < words.count && Self.timeZones.contains(words[end].key))
      {
        clock = ClockTime(hour: h, minute: m)
      } else if h >= 1, h <= 12, key(end) == "in", key(end + 1) == "the",
        isKey(end + 2, ["morning", "afternoon", "evening", "night"])
      {
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

  /// Words before a bare "17:30" that make it a clock time rather than a score, ratio or running time.
  static let clockCues: Set<String> = [
    "at", "by", "until", "till", "from", "around", "about", "before", "after", "since", "to", "approximately",
  ]

  static let timeZones: Set<String> = [
    "est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "pst", "pdt", "pt", "gmt", "utc", "bst", "cet",
  ]
}
