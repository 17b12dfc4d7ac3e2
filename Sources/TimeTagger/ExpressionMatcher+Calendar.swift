/// Calendar patterns: written dates, months, years, decades, quarters, seasons, weekdays, holidays.
extension ExpressionMatcher {
  func calendarDate(at i: Int) -> Found? {
    calendarDate(at: i, contextual: Self.monthContext.contains(key(i - 1) ?? ""))
  }

  func calendarDate(at i: Int, contextual: Bool) -> Found? {
    var best: Found?
    func consider(_ candidate: Found?) {
      guard let candidate else { return }
      if candidate.end > (best?.end ?? -1) { best = candidate }
    }
    consider(numericDate(at: i))
    consider(monthFirst(at: i, contextual: contextual))
    consider(dayFirstDate(at: i))
    consider(weekdayDate(at: i))
    consider(yearOrDecade(at: i))
    consider(quarterOrHalf(at: i))
    consider(season(at: i))
    consider(holiday(at: i))
    consider(weekOf(at: i))
    return best
  }

  /// "the week of May 13", "the week of 4 March 2024": the week around a day.
  func weekOf(at i: Int) -> Found? {
    guard key(i) == "the", key(i + 1) == "week", key(i + 2) == "of",
      let inner = monthFirst(at: i + 3, contextual: true) ?? dayFirstDate(at: i + 3),
      case .date(let spec, _, _, _) = inner.meaning
    else { return nil }
    switch spec {
    case .absolute(let span) where span.earliest == span.latest:
      return (inner.end, date(.absolute(.week(containing: span.earliest))))
    case .monthDay(let m, let d?, _):
      return (inner.end, date(.weekOf(month: m, day: d)))
    default:
      return nil
    }
  }

  private func date(_ spec: DateSpec, partOfDay: String? = nil) -> TimeMeaning {
    .date(spec, part: nil, partOfDay: partOfDay, clock: nil)
  }

  /// "2021-03-12", "3/12/2021", "12/03/2021" (day first when asked or when the first number exceeds 12).
  func numericDate(at i: Int) -> Found? {
    let w = words[i]
    guard w.kind == .number else { return nil }
    if let y = w.number, w.digitCount == 4, i + 2 < words.count, words[i + 1].hyphenBefore,
      words[i + 2].hyphenBefore, let m = words[i + 1].number, let d = words[i + 2].number,
      words[i + 1].digitCount == 2, let day = CalendarDay(year: y, month: m, day: d)
    {
      return (i + 3, date(.absolute(.day(day))))
    }
    // Only a number written with slashes splits into the three parts of a date.
    guard w.raw.utf8.contains(0x2F) else { return nil }
    let parts = w.raw.split(separator: "/")
    guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var y = Int(parts[2]) else {
      return nil
    }
    if parts[2].count == 2 { y += y < 50 ? 2000 : 1900 } else if parts[2].count != 4 { return nil }
    let (m, d) = (dayFirst && b <= 12) || a > 12 ? (b, a) : (a, b)
    guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
    return (i + 1, date(.absolute(.day(day))))
  }

  /// "March 12, 2021", "Mar. 12", "March 12th", "March 2021", "March, 2021", "March", "July last year",
  /// "March of 2020".
  func monthFirst(at i: Int, contextual: Bool) -> Found? {
    guard let m = month(at: i, contextual: contextual) else { return nil }
    var j = i + 1
    // The period of an abbreviation belongs to the date only when a day or year follows ("Sept. 30").
    if key(j) == ".", j + 1 < words.count, words[j + 1].kind == .number { j += 1 }
    var day: Int?
    if j < words.count, let d = words[j].number ?? words[j].ordinal, words[j].digitCount <= 2,
      (1...31).contains(d),
      key(j + 1) != "%",
      key(j + 1) != "."
        || !(j + 2 < words.count && words[j + 2].kind == .number)
    {
      day = d
      j += 1
    }
    // A year: "March 12, 2021", "March 2021", "March of 2020".
    var k = j
    if day != nil, key(k) == "," { k += 1 }
    if day == nil, key(k) == "of" { k += 1 }
    // "in May, 2025" (a comma some writers put between month and year): only a year that is nothing else.
    if day == nil, key(k) == ",", year(at: k + 1, strict: true) != nil { k += 1 }
    if let y = year(at: k, strict: false), !(k + 1 < words.count && words[k + 1].hyphenBefore) {
      if let day {
        guard let d = CalendarDay(year: y, month: m, day: day) else { return nil }
        return (k + 1, date(.absolute(.day(d))))
      }
      return (k + 1, date(.absolute(.month(y, m))))
    }
    // "December of that year", "in May of the same year": the month in the year the story is in.
    if day == nil, key(j) == "of" {
      let year = key(j + 1) == "that" ? j + 2 : key(j + 1) == "the" && key(j + 2) == "same" ? j + 3 : nil
      if let year, key(year) == "year" { return (year + 1, date(.storyMonth(month: m, day: nil, step: 0))) }
    }
    // "in August that year", "on 5 May the same year".
    if let end = storyYear(at: j) { return (end, date(.storyMonth(month: m, day: day, step: 0))) }
    if let relative = relativeYear(of: m, day: day, at: j) { return relative }
    if day == nil, i + 1 < words.count, words[i].key == "may" || words[i].key == "march",
      !contextual
    {
      return nil
    }
    return (j, date(.monthDay(month: m, day: day, direction: .byTense)))
  }

  /// "12 March 2021", "the 12th of March", "12 March".
  func dayFirstDate(at i: Int) -> Found? {
    var j = i
    if key(j) == "the" { j += 1 }
    guard j < words.count, let d = words[j].number ?? words[j].ordinal,
      words[j].digitCount <= 2 || words[j].ordinal != nil,
      (1...31).contains(d)
    else { return nil }
    var k = j + 1
    if key(k) == "of" { k += 1 }
    guard let m = month(at: k, contextual: true) else { return nil }
    if j > i && words[j].ordinal == nil { return nil }
    var end = k + 1
    if key(end) == "." { end += 1 }
    var n = end
    if key(n) == "," { n += 1 }
    if let y = year(at: n, strict: false) {
      guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
      return (n + 1, date(.absolute(.day(day))))
    }
    if key(k + 1) == "." { end = k + 1 }
    if let relative = relativeYear(of: m, day: d, at: n) { return relative }
    if let storyEnd = storyYear(at: n) { return (storyEnd, date(.storyMonth(month: m, day: d, step: 0))) }
    return (end, date(.monthDay(month: m, day: d, direction: .byTense)))
  }

  /// "July last year", "28 August last year", "on March 3 next year": a month or day in a year counted from
  /// the publication year, read as one expression so that the day is not lost to the year.
  private func relativeYear(of month: Int, day: Int?, at start: Int) -> Found? {
    // "in September of last year".
    let j = key(start) == "of" && day == nil ? start + 1 : start
    guard let offset = relativeYearOffset(at: j) else { return nil }
    return (j + 2, date(.monthOfRelativeYear(month: month, day: day, yearOffset: offset)))
  }

  /// "last year" -1, "this year" 0, "next year" +1 at word `j`; nil for anything else.
  func relativeYearOffset(at j: Int) -> Int? {
    guard key(j + 1) == "year" else { return nil }
    switch key(j) {
    case "last": return -1
    case "this": return 0
    case "next": return 1
    default: return nil
    }
  }

  /// "that year", "that same year", "the same year" at `j`: where they end.
  func storyYear(at j: Int) -> Int? {
    if key(j) == "that", key(j + 1) == "year" { return j + 2 }
    if key(j) == "that" || key(j) == "the", key(j + 1) == "same", key(j + 2) == "year" { return j + 3 }
    return nil
  }

  /// "Friday", "Friday, March 12", "Friday morning", "Monday's".
  func weekdayDate(at i: Int) -> Found? {
    guard let wd = weekday(at: i) else { return nil }
    if words[i].key.hasSuffix("s") && words[i].raw.lowercased().hasSuffix("days") { return nil }
    // "a report in the Sunday Courier": a weekday after "the" and before a capitalized word names a paper.
    if i > 0, key(i - 1) == "the", i + 1 < words.count, words[i + 1].kind == .word, words[i + 1].capitalized,
      month(at: i + 1, contextual: true) == nil
    {
      return nil
    }
    // "on a Friday afternoon in March 2012": any Friday of a span told elsewhere, not one to resolve.
    if i > 0, key(i - 1) == "a" { return nil }
    var j = i + 1
    if key(j) == "," { j += 1 }
    if let inner = monthFirst(at: j, contextual: true) ?? dayFirstDate(at: j), case .date = inner.meaning {
      return inner
    }
    if let part = TimeLexicon.partsOfDay[key(i + 1) ?? ""] {
      return (i + 2, date(.weekday(wd, direction: .byTense), partOfDay: part))
    }
    return (i + 1, date(.weekday(wd, direction: .byTense)))
  }

  /// "2021", "fiscal 1989", "the 1990s", "the nineties", "nineteen ninety-six", "the 20th century".
  func yearOrDecade(at i: Int) -> Found? {
    var j = i
    if key(j) == "the" { j += 1 }
    if key(j) == "fiscal" || key(j) == "fy" {
      if let y = year(at: j + 1, strict: false) { return (j + 2, date(.absolute(.year(y)))) }
      return nil
    }
    guard j < words.count else { return nil }
    let w = words[j]
    if let start = w.decade { return (j + 1, date(.absolute(.decade(start)))) }
    if let tens = Self.decadeWords[w.key], j > i || key(j - 1) == "the" {
      return (j + 1, date(.absolute(.decade(1900 + tens))))
    }
    // "twenty-first century".
    if w.key == "twenty", j + 1 < words.count, words[j + 1].hyphenBefore, let n = words[j + 1].ordinal,
      n < 10, key(j + 2) == "century"
    {
      return (j + 3, date(.absolute(.century(20 + n))))
    }
    if let n = w.ordinal ?? w.number, key(j + 1) == "century", n >= 1, n <= 21,
      w.number == nil || w.ordinal != nil
    {
      return (j + 2, date(.absolute(.century(n))))
    }
    if w.key == "nineteen" || w.key == "two", let spelled = spelledYear(at: j) { return spelled }
    if j == i, let y = year(at: j, strict: true) {
      if key(j + 1) == "." || key(j + 1) == "," || j + 1 >= words.count || words[j + 1].kind != .number {
        return (j + 1, date(.absolute(.year(y))))
      }
    }
    return nil
  }

  static let decadeWords: [String: Int] = [
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
  ]

  /// "nineteen ninety-six", "two thousand".
  private func spelledYear(at j: Int) -> Found? {
    if key(j) == "two", key(j + 1) == "thousand" {
      var end = j + 2
      var y = 2000
      if let n = TimeLexicon.cardinals[key(end) ?? ""], n < 20 {
        y += n
        end += 1
      }
      guard j > 0, key(j - 1) == "year" || key(j - 1) == "in" else { return nil }
      return (end, date(.absolute(.year(y))))
    }
    guard key(j) == "nineteen", let tens = TimeLexicon.cardinals[key(j + 1) ?? ""], tens >= 20, tens <= 90
    else {
      return nil
    }
    var y = 1900 + tens
    var end = j + 2
    if let unit = TimeLexicon.cardinals[key(end) ?? ""], unit < 10, words[end].hyphenBefore || true {
      y += unit
      end += 1
    }
    return (end, date(.absolute(.year(y))))
  }

  /// "the third quarter", "third-quarter", "the fiscal first quarter", "Q3 2021", "the first half of 2021".
  func quarterOrHalf(at i: Int) -> Found? {
    var j = i
    if key(j) == "the" { j += 1 }
    var fixedYear: Int?
    var yearOffset: Int?
    if let y = year(at: j, strict: false) {
      fixedYear = y
      j += 1
    } else if let offset = relativeYearOffset(at: j) {
      yearOffset = offset
      j += 2
    }
    if key(j) == "fiscal" { j += 1 }
    guard j < words.count else { return nil }
    var q: Int
    var isHalf = false
    var end: Int
    if words[j].key.count == 2, words[j].key.hasPrefix("q"), let n = Int(words[j].key.dropFirst()),
      (1...4).contains(n)
    {
      q = n
      end = j + 1
      guard words[j].raw.hasPrefix("Q") else { return nil }
    } else if let n = TimeLexicon.ordinals[words[j].key], isKey(j + 1, ["quarter", "half"]) {
      q = n
      isHalf = key(j + 1) == "half"
      if q == -1 { return nil }
      guard isHalf ? q <= 2 : q <= 4 else { return nil }
      end = j + 2
      if isKey(end, ["quarters", "halves"]) { return nil }
    } else {
      return nil
    }
    var k = end
    if key(k) == "of" || key(k) == "," { k += 1 }
    if fixedYear == nil, let y = year(at: k, strict: false) {
      fixedYear = y
      end = k + 1
    } else if fixedYear == nil, key(end) == "of", let offset = relativeYearOffset(at: end + 1) {
      yearOffset = offset
      end += 3
    }
    if isHalf { return (end, date(.half(q, year: fixedYear, yearOffset: yearOffset))) }
    q = max(1, min(4, q))
    return (end, date(.quarter(q, year: fixedYear, yearOffset: yearOffset)))
  }

  /// "the winter of 1994", "summer 2020", "the fall" ("last fall" is a relative date).
  func season(at i: Int) -> Found? {
    var j = i
    let hasThe = key(j) == "the"
    if hasThe { j += 1 }
    guard let code = TimeLexicon.seasons[key(j) ?? ""] else { return nil }
    var k = j + 1
    if key(k) == "of" { k += 1 }
    if let y = year(at: k, strict: false) {
      return (k + 1, date(.season(code, year: y, direction: .byTense)))
    }
    // "the spring of last year", "autumn next year": one expression, so that the season is not lost to the year.
    if let offset = relativeYearOffset(at: k) {
      return (k + 2, date(.seasonOfRelativeYear(code, yearOffset: offset)))
    }
    if hasThe, key(j) != "fall" || isKey(i - 1, ["in", "during", "this", "since", "until", "by", "through"]) {
      return (j + 1, date(.season(code, year: nil, direction: .byTense)))
    }
    return nil
  }

  /// "Thanksgiving", "Christmas Day", "Election Day", "New Year's Day".
  func holiday(at i: Int) -> Found? {
    guard let found = namedHoliday(at: i) else { return nil }
    // "Christmas Eve 2002": the holiday of a year the text names.
    guard case .date(.holiday(let name), _, _, _) = found.meaning, let y = year(at: found.end, strict: false)
    else {
      return found
    }
    let day = ExpressionResolver.holiday(
      name, tense: .present, dct: CalendarDay(year: y, month: 6, day: 30) ?? .epoch)
    return (found.end + 1, date(.absolute(.day(day))))
  }

  private func namedHoliday(at i: Int) -> Found? {
    guard i < words.count, words[i].capitalized else { return nil }
    let name = words[i].key
    let two = name + " " + (key(i + 1) ?? "")
    switch name {
    case "thanksgiving":
      let end = key(i + 1) == "day" ? i + 2 : i + 1
      return (end, date(.holiday("thanksgiving")))
    case "election" where key(i + 1) == "day" && (i + 1 < words.count && words[i + 1].capitalized):
      return (i + 2, date(.holiday("election day")))
    case "christmas":
      let end = key(i + 1) == "day" || key(i + 1) == "eve" ? i + 2 : i + 1
      return (end, date(.holiday(key(i + 1) == "eve" ? "christmas eve" : "christmas")))
    default:
      if TimeLexicon.fixedHolidays[two] != nil { return (i + 2, date(.holiday(two))) }
      let three = two + " " + (key(i + 2) ?? "")
      if TimeLexicon.fixedHolidays[three] != nil { return (i + 3, date(.holiday(three))) }
      return nil
    }
  }
}
