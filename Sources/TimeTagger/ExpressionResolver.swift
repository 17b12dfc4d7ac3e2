/// Turns a recognized meaning into its TIMEX3 type and value and its calendar position, given the
/// publication date, the clause's tense and the story's time so far.
struct ExpressionResolver {
  /// The story's state while a text is tagged in order.
  struct Story {
    /// The time the story last placed a happening at ("two months later" counts from here).
    var previous: CalendarSpan?
    /// The quarter the story talks about ("the quarter").
    var quarter: CalendarSpan?
    /// The last day the story named, when the sentence that set `previous` named it too: "charged him on
    /// March 28, capping an inquiry begun last fall. Police arrested him two days later" counts the days
    /// from March 28, not from the fall.
    var dayBesidePrevious: CalendarSpan?
    /// The last day named in the sentence being tagged.
    var sentenceDay: CalendarSpan?
    /// The last day the story named, while it was named in the last few sentences: "the same day" after a
    /// year told in passing ("arranged 40 cargoes last year") is still that day.
    var recentDay: CalendarSpan?
    /// Sentences since `recentDay` was named.
    var sentencesSinceRecentDay = 0
  }

  /// A resolved expression.
  struct Outcome {
    let type: TimexType
    let value: String
    let resolved: ResolvedTime?
    /// Whether the story's time moves to `resolved`.
    let movesStory: Bool
  }

  let publicationDate: CalendarDay?

  func resolve(_ meaning: TimeMeaning, tense: Tense, story: Story) -> Outcome {
    switch meaning {
    case .duration(let value):
      return Outcome(type: .duration, value: value, resolved: nil, movesStory: false)
    case .set(let value):
      return Outcome(type: .set, value: value, resolved: nil, movesStory: false)
    case .reference(let value):
      let now =
        value == "PRESENT_REF"
        ? publicationDate.map { CalendarSpan.day($0).resolvedTime(.publicationDate) } : nil
      return Outcome(type: .date, value: value, resolved: now, movesStory: false)
    case .shift(let count, let unit, let direction):
      let value = unit.duration(count)
      guard var previous = story.previous else {
        return Outcome(type: .duration, value: value, resolved: nil, movesStory: false)
      }
      // Days and weeks count from a day: a season or a year told beside one is no anchor for them.
      if unit == .day || unit == .week, previous.precision < .month, let day = story.dayBesidePrevious {
        previous = day
      }
      let moved = shift(previous, by: count * direction, unit: unit)
      return Outcome(
        type: .duration, value: value, resolved: moved.resolvedTime(.previousTime), movesStory: true)
    case .vagueShift(let unit, let direction):
      let value = unit.duration(nil)
      guard var previous = story.previous else {
        return Outcome(type: .duration, value: value, resolved: nil, movesStory: false)
      }
      if previous.precision < .month, let day = story.dayBesidePrevious { previous = day }
      guard previous.precision >= .month else {
        return Outcome(type: .duration, value: value, resolved: nil, movesStory: false)
      }
      let span = Self.vaguelyShifted(previous, unit: unit, direction: direction)
      return Outcome(
        type: .duration, value: value, resolved: span.resolvedTime(.previousTime), movesStory: false)
    case .clock(let clock, _):
      let anchor: (CalendarSpan, TimeResolution)? =
        story.previous.flatMap { $0.precision == .day ? ($0, .previousTime) : nil }
        ?? publicationDate.map { (.day($0), .publicationDate) }
      guard let (day, how) = anchor else {
        return Outcome(
          type: .time, value: "XXXX-XX-XX" + Self.clockSuffix(clock), resolved: nil, movesStory: false)
      }
      return Outcome(
        type: .time, value: day.value + Self.clockSuffix(clock), resolved: day.resolvedTime(how),
        movesStory: false)
    case .date(let spec, let part, let partOfDay, let clock):
      guard let (span, how) = self.span(for: spec, tense: tense, story: story) else {
        return Outcome(type: .date, value: Self.unanchoredValue(spec), resolved: nil, movesStory: false)
      }
      var value = span.value
      var type = TimexType.date
      if let clock, span.precision == .day {
        value += Self.clockSuffix(clock)
        type = .time
      } else if let partOfDay, span.precision == .day {
        value += "T" + partOfDay
        type = .time
      }
      var narrowed = part.map { span.narrowed(to: $0) } ?? span
      // What a past-tense clause reports ("earlier this year", "this month") happened by publication.
      if tense == .past, how != .absolute, let dct = publicationDate, narrowed.earliest <= dct,
        dct < narrowed.latest
      {
        narrowed = CalendarSpan(
          value: narrowed.value, earliest: narrowed.earliest, latest: dct, precision: narrowed.precision)
      }
      var moves = true
      if case .previousShift(_, let n) = spec, n < 0 { moves = false }
      if case .storyNeighbor(_, let n) = spec, n < 0 { moves = false }
      if case .ago(_, let n) = spec, n > 1 || how == .previousTime { moves = false }
      return Outcome(type: type, value: value, resolved: narrowed.resolvedTime(how), movesStory: moves)
    }
  }

  private static func clockSuffix(_ clock: ClockTime) -> String {
    "T\(CalendarSpan.pad(clock.hour, 2)):\(CalendarSpan.pad(clock.minute, 2))"
  }

  /// A value for a relative expression when there is no publication date to count from.
  private static func unanchoredValue(_ spec: DateSpec) -> String {
    switch spec {
    case .monthDay(let m, let d, _), .storyMonth(let m, let d, _):
      return "XXXX-\(CalendarSpan.pad(m, 2))" + (d.map { "-" + CalendarSpan.pad($0, 2) } ?? "")
    case .weekday(let wd, _): return "XXXX-WXX-\(wd)"
    case .quarter(let q, _, _): return "XXXX-Q\(q)"
    case .season(let code, _, _), .storySeason(let code, _), .seasonOfRelativeYear(let code, _):
      return "XXXX-\(code)"
    default: return "XXXX-XX-XX"
    }
  }

  /// "Days after" or "weeks before" a day: a few days (two to nine) or weeks (one to eight) away, told as the
  /// month the middle of that stretch falls in.
  static func vaguelyShifted(_ span: CalendarSpan, unit: TimeUnit, direction: Int) -> CalendarSpan {
    let (near, far) = unit == .week ? (7, 56) : (2, 9)
    let from = direction > 0 ? span.latest.adding(days: near) : span.earliest.adding(days: -far)
    let to = direction > 0 ? span.latest.adding(days: far) : span.earliest.adding(days: -near)
    let middle = from.adding(days: (to.dayNumber - from.dayNumber) / 2)
    let month = CalendarSpan.containing(middle, precision: .month)
    return CalendarSpan(value: month.value, earliest: from, latest: to, precision: .month)
  }

  /// `span` moved by `n` units: at the span's own precision when the unit is as coarse ("a year earlier"
  /// than the third quarter is a quarter), else at the unit's precision.
  func shift(_ span: CalendarSpan, by n: Int, unit: TimeUnit) -> CalendarSpan {
    let anchor = span.earliest
    let unitPrecision = unit.precision
    // "A month later" than 14 May is June, not 14 June: a count of months or years tells no day, only the
    // month ("a year after" November 2020 is November 2019). Days and weeks keep a day ("a week later" than
    // 3 May is 10 May).
    let coarse = unit == .month || unit == .quarter || unit == .year
    let precision =
      coarse && span.precision > .month ? CalendarSpan.Precision.month : max(unitPrecision, span.precision)
    let moved: CalendarDay
    switch unit {
    case .second, .minute, .hour: moved = anchor
    case .day: moved = anchor.adding(days: n)
    case .week, .weekend: moved = anchor.adding(days: 7 * n)
    case .month: moved = anchor.adding(months: n)
    case .quarter: moved = anchor.adding(months: 3 * n)
    case .year: moved = anchor.adding(months: 12 * n)
    case .decade: moved = anchor.adding(months: 120 * n)
    case .century: moved = anchor.adding(months: 1200 * n)
    }
    if precision == span.precision, span.precision == .season {
      return span.shifted(by: unit == .year ? n : 0)
    }
    // "A week later" than July: still told at month precision, but bounded by July moved a week (8 Jul–7 Aug).
    if unitPrecision > span.precision, span.precision >= .season, unit == .day || unit == .week {
      let days = (unit == .day ? 1 : 7) * n
      return CalendarSpan(
        value: CalendarSpan.containing(moved, precision: span.precision).value,
        earliest: span.earliest.adding(days: days), latest: span.latest.adding(days: days),
        precision: span.precision)
    }
    return .containing(moved, precision: precision)
  }

  /// The month or season `span(year)` in the year of the story's time (`step` 0), or the first one after
  /// (+1) or the last one before (-1) that time ("the following January", "the previous winter").
  private static func storyNeighbor(
    of previous: CalendarSpan, step: Int, in span: (Int) -> CalendarSpan
  ) -> CalendarSpan {
    let year = previous.earliest.year
    let candidates = (year - 1...year + 1).map(span)
    if step > 0, let next = candidates.first(where: { $0.earliest > previous.latest }) { return next }
    if step < 0, let before = candidates.last(where: { $0.latest < previous.earliest }) { return before }
    return span(year)
  }

  /// The calendar span of a date and how it was found; nil when it needs a missing anchor.
  func span(for spec: DateSpec, tense: Tense, story: Story) -> (CalendarSpan, TimeResolution)? {
    if case .absolute(let span) = spec { return (span, .absolute) }
    if case .previousShift(let unit, let n) = spec, var previous = story.previous {
      // In an earnings report, "a year earlier" compares with the quarter being reported.
      if unit == .year, n < 0, let quarter = story.quarter, previous.precision >= .quarter {
        previous = quarter
      }
      if n == 0 {
        // "That day" after a month stays the month; "that year" after a day is the day's year.
        let precision = min(unit.precision, previous.precision)
        return (
          precision == previous.precision ? previous : .containing(previous.earliest, precision: precision),
          .previousTime
        )
      }
      return (shift(previous, by: n, unit: unit), .previousTime)
    }
    // "in the early hours of Nov. 3, 2019 … died in hospital on Nov. 5": a day of the month the story just
    // named, with its year, is in that year.
    if case .monthDay(let m, let d?, .byTense) = spec, let previous = story.previous,
      previous.precision == .day,
      previous.earliest.month == m, let dct = publicationDate, previous.earliest.year != dct.year,
      let day = CalendarDay(
        year: previous.earliest.year, month: m,
        day: min(d, CalendarDay.daysIn(month: m, year: previous.earliest.year)))
    {
      return (.day(day), .previousTime)
    }
    if case .storyMonth(let m, let d, let step) = spec, let previous = story.previous,
      publicationDate.map({ previous.earliest <= $0 }) ?? true
    {
      func make(_ y: Int) -> CalendarSpan {
        if let d, let day = CalendarDay(year: y, month: m, day: min(d, CalendarDay.daysIn(month: m, year: y)))
        {
          return .day(day)
        }
        return .month(y, m)
      }
      return (Self.storyNeighbor(of: previous, step: step, in: make), .previousTime)
    }
    if case .storySeason(let code, let step) = spec, let previous = story.previous,
      publicationDate.map({ previous.earliest <= $0 }) ?? true
    {
      return (Self.storyNeighbor(of: previous, step: step) { .season($0, code) }, .previousTime)
    }
    if case .storyQuarter = spec, let quarter = story.quarter { return (quarter, .previousTime) }
    if case .storyQuarterIn(let year) = spec {
      guard let quarter = story.quarter else { return (.year(year), .absolute) }
      return (.quarter(year, quarter.earliest.quarter), .previousTime)
    }
    if case .storyNeighbor(let unit, let n) = spec, let previous = story.previous,
      publicationDate.map({ previous.earliest <= $0 }) ?? true,
      // "between 2016 and 2022 … Earlier in the week": a week or month is no part of a year told in passing;
      // it is the publication's.
      !((unit == .week || unit == .month) && previous.precision <= .year && publicationDate != nil)
    {
      // "That day" after a month stays the month; "the following year" after a day is a year.
      if unit.precision > previous.precision {
        // "the same day" after a year told in passing is the day named just before it.
        if unit == .day, n == 0, previous.precision <= .year, let day = story.recentDay {
          return (day, .previousTime)
        }
        return (previous, .previousTime)
      }
      return (
        CalendarSpan.containing(previous.earliest, precision: unit.precision).shifted(by: n), .previousTime
      )
    }
    guard let dct = publicationDate else { return nil }
    let pub = TimeResolution.publicationDate
    switch spec {
    case .absolute(let span): return (span, .absolute)
    case .monthDay(let m, let d, let direction):
      return (Self.monthDay(m, d, direction: direction, tense: tense, dct: dct), pub)
    case .weekOf(let m, let d):
      let day = Self.monthDay(m, d, direction: .byTense, tense: tense, dct: dct)
      return (.week(containing: day.earliest), pub)
    case .storyMonth(let m, let d, let step):
      // No story time yet: "that October" is the last one before publication, "the following January"
      // the next one after it.
      let direction: Direction = step > 0 ? .next : .byTense
      return (Self.monthDay(m, d, direction: direction, tense: step > 0 ? .future : .past, dct: dct), pub)
    case .monthOfRelativeYear(let m, let d, let offset):
      let year = dct.year + offset
      if let d,
        let day = CalendarDay(year: year, month: m, day: min(d, CalendarDay.daysIn(month: m, year: year)))
      {
        return (.day(day), pub)
      }
      return (.month(year, m), pub)
    case .weekday(let wd, let direction):
      return (.day(Self.weekday(wd, direction: direction, tense: tense, dct: dct)), pub)
    case .dayOffset(let n): return (.day(dct.adding(days: n)), pub)
    case .ago(let unit, let n):
      // "Up from $2 million a year ago" after a quarter compares with the same quarter a year before.
      if unit == .year, let previous = story.previous, previous.precision == .quarter {
        return (shift(previous, by: -n, unit: unit), .previousTime)
      }
      // "A decade ago" is about ten years ago, not the previous decade.
      if unit == .decade || unit == .century {
        return (.year(dct.year - n * (unit == .decade ? 10 : 100)), pub)
      }
      return (shift(.containing(dct, precision: unit.precision), by: -n, unit: unit), pub)
    case .publicationShift(let unit, let n):
      if unit == .weekend {
        let lastWeek = n == 0 && tense == .past && dct.weekday < 6
        return (.weekend(containing: dct.adding(days: 7 * (lastWeek ? n - 1 : n))), pub)
      }
      return (shift(.containing(dct, precision: unit.precision), by: n, unit: unit), pub)
    case .previousShift(let unit, let n), .storyNeighbor(let unit, let n):
      // No story time yet: count from the publication date.
      return (shift(.containing(dct, precision: unit.precision), by: n, unit: unit), pub)
    case .quarter(let q, let year, let offset):
      if let year { return (.quarter(year, q), .absolute) }
      if let offset { return (.quarter(dct.year + offset, q), pub) }
      let dq = dct.quarter
      let y =
        switch tense {
        // Earnings talk looks a quarter back even in the future tense ("will report third-quarter results").
        case .future: q >= dq - 1 ? dct.year : dct.year + 1
        case .past: q <= dq ? dct.year : dct.year - 1
        case .present, .nearestToPublication: q <= dq + 1 ? dct.year : dct.year - 1
        }
      return (.quarter(y, q), pub)
    case .half(let h, let year, let offset):
      if let year { return (.half(year, h), .absolute) }
      return (.half(dct.year + (offset ?? 0), h), pub)
    case .season(let code, let year, let direction):
      if let year { return (.season(year, code), .absolute) }
      return (Self.season(code, direction: direction, tense: tense, dct: dct), pub)
    case .seasonOfRelativeYear(let code, let offset):
      return (.season(dct.year + offset, code), pub)
    case .storySeason(let code, _):
      // No story time yet: "that summer" is the last one before publication.
      return (Self.season(code, direction: .byTense, tense: .past, dct: dct), pub)
    case .storyQuarterIn(let year): return (.year(year), .absolute)
    case .storyQuarter:
      return (CalendarSpan.quarter(dct.year, dct.quarter).shifted(by: -1), pub)
    case .holiday(let name):
      return (.day(Self.holiday(name, tense: tense, dct: dct)), pub)
    }
  }

  static func monthDay(_ m: Int, _ d: Int?, direction: Direction, tense: Tense, dct: CalendarDay)
    -> CalendarSpan
  {
    func make(_ y: Int) -> CalendarSpan {
      if let d, let day = CalendarDay(year: y, month: m, day: min(d, CalendarDay.daysIn(month: m, year: y))) {
        return .day(day)
      }
      return .month(y, m)
    }
    let this = make(dct.year)
    let isDay = d != nil
    // Where this year's one lies against the publication date.
    let before = isDay ? this.earliest < dct : this.latest < dct
    let after = isDay ? this.earliest > dct : this.earliest > dct
    switch direction {
    case .this: return this
    case .last: return before ? this : make(dct.year - 1)
    case .next: return after ? this : make(dct.year + 1)
    case .byTense:
      switch tense {
      // A date up to a month after publication in a past-tense clause is still this year's ("was due
      // in court on Dec. 1"); one further ahead is last year's ("was arrested on Dec. 12" in a November
      // story). One well before publication in a future-tense clause is still this year's too.
      case .past: return this.earliest.dayNumber <= dct.dayNumber + 30 ? this : make(dct.year - 1)
      case .future: return this.latest.dayNumber >= dct.dayNumber - 45 ? this : make(dct.year + 1)
      case .present:
        // News reports mostly look back: ahead only within a quarter of the publication date.
        let distance = this.earliest.dayNumber - dct.dayNumber
        if distance > 92 { return make(dct.year - 1) }
        if distance < -200 { return make(dct.year + 1) }
        return this
      case .nearestToPublication:
        let distance = this.earliest.dayNumber - dct.dayNumber
        if distance > 183 { return make(dct.year - 1) }
        if distance < -182 { return make(dct.year + 1) }
        return this
      }
    }
  }

  static func weekday(_ wd: Int, direction: Direction, tense: Tense, dct: CalendarDay) -> CalendarDay {
    let diff = wd - dct.weekday
    switch direction {
    case .this: return dct.adding(days: diff)
    case .last: return dct.adding(days: diff < 0 ? diff : diff - 7)
    case .next: return dct.adding(days: diff > 0 ? diff : diff + 7)
    case .byTense:
      switch tense {
      case .future: return dct.adding(days: diff >= 0 ? diff : diff + 7)
      case .past: return dct.adding(days: diff <= 0 ? diff : diff - 7)
      case .present, .nearestToPublication:
        // The nearest one; on a tie, the one before.
        let back = diff <= 0 ? diff : diff - 7
        let ahead = back + 7
        return dct.adding(days: -back <= ahead ? back : ahead)
      }
    }
  }

  static func season(_ code: String, direction: Direction, tense: Tense, dct: CalendarDay) -> CalendarSpan {
    let candidates = (dct.year - 2...dct.year + 1).map { CalendarSpan.season($0, code) }
    let current = candidates.first { $0.earliest <= dct && dct <= $0.latest }
    switch direction {
    // "this spring" said in August is the spring of the same year, past or not.
    case .this: return current ?? .season(dct.year, code)
    case .last: return candidates.last { $0.latest < dct } ?? .season(dct.year - 1, code)
    case .next: return candidates.first { $0.earliest > dct } ?? .season(dct.year + 1, code)
    case .byTense:
      if let current { return current }
      if tense == .future { return candidates.first { $0.earliest > dct } ?? .season(dct.year, code) }
      return candidates.last { $0.latest < dct } ?? .season(dct.year, code)
    }
  }

  static func holiday(_ name: String, tense: Tense, dct: CalendarDay) -> CalendarDay {
    func on(_ y: Int) -> CalendarDay {
      switch name {
      case "thanksgiving":
        let first = CalendarDay(year: y, month: 11, day: 1) ?? dct
        return first.adding(days: (4 - first.weekday + 7) % 7 + 21)
      case "election day":
        let first = CalendarDay(year: y, month: 11, day: 1) ?? dct
        return first.adding(days: (1 - first.weekday + 7) % 7 + 1)
      default:
        let (m, d) = TimeLexicon.fixedHolidays[name] ?? (1, 1)
        return CalendarDay(year: y, month: m, day: d) ?? dct
      }
    }
    let this = on(dct.year)
    if tense == .past && this > dct { return on(dct.year - 1) }
    if tense == .future && this < dct { return on(dct.year + 1) }
    return this
  }
}
