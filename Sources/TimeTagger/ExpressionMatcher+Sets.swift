/// Set patterns: "every Monday", "each year", "every two weeks", "annually", "twice a year", "Mondays".
extension ExpressionMatcher {
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
        if let code = TimeLexicon.partsOfDay[key(j + 1) ?? ""] {
          return (j + 2, .set("XXXX-WXX-\(wd)T\(code)"))
        }
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
    if words[i].capitalized, k.hasSuffix("s"), let wd = TimeLexicon.weekdays[String(k.dropLast())],
      k.count >= 7
    {
      return (i + 1, .set("XXXX-WXX-\(wd)"))
    }
    if let wd = weekday(at: i), key(i + 1) == "nights" || key(i + 1) == "mornings" || key(i + 1) == "evenings"
    {
      let code = TimeLexicon.partsOfDay[String((key(i + 1) ?? "").dropLast())] ?? "NI"
      return (i + 2, .set("XXXX-WXX-\(wd)T\(code)"))
    }
    return nil
  }
}
