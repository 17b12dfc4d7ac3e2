/// A stretch of the calendar at one precision ("2021-03", "1998-W02", "1989-Q3"): what a date expression
/// points at before it becomes a `ResolvedTime`.
struct CalendarSpan: Sendable, Hashable {
  enum Precision: Int, Sendable, Comparable {
    case century, decade, year, season, quarter, month, week, day
    static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
  }

  let value: String
  let earliest: CalendarDay
  let latest: CalendarDay
  let precision: Precision

  static func year(_ y: Int) -> CalendarSpan {
    CalendarSpan(
      value: pad(y, 4), earliest: day(y, 1, 1), latest: day(y, 12, 31), precision: .year)
  }

  static func month(_ y: Int, _ m: Int) -> CalendarSpan {
    let first = day(y, m, 1)
    return CalendarSpan(
      value: "\(pad(y, 4))-\(pad(m, 2))", earliest: first, latest: first.lastOfMonth, precision: .month)
  }

  static func quarter(_ y: Int, _ q: Int) -> CalendarSpan {
    let first = day(y, (q - 1) * 3 + 1, 1)
    return CalendarSpan(
      value: "\(pad(y, 4))-Q\(q)", earliest: first, latest: first.adding(months: 2).lastOfMonth,
      precision: .quarter)
  }

  static func week(containing d: CalendarDay) -> CalendarSpan {
    let (y, w) = d.isoWeek
    let monday = CalendarDay.mondayOf(isoYear: y, week: w)
    return CalendarSpan(
      value: "\(pad(y, 4))-W\(pad(w, 2))", earliest: monday, latest: monday.adding(days: 6), precision: .week)
  }

  static func weekend(containing d: CalendarDay) -> CalendarSpan {
    let week = week(containing: d)
    return CalendarSpan(
      value: week.value + "-WE", earliest: week.earliest.adding(days: 5), latest: week.latest,
      precision: .week)
  }

  static func day(_ d: CalendarDay) -> CalendarSpan {
    CalendarSpan(value: d.description, earliest: d, latest: d, precision: .day)
  }

  /// Seasons by the meteorological convention of the northern hemisphere (winter runs into next year).
  static func season(_ y: Int, _ code: String) -> CalendarSpan {
    let (startMonth, endYear, endMonth): (Int, Int, Int) =
      switch code {
      case "SP": (3, y, 5)
      case "SU": (6, y, 8)
      case "FA": (9, y, 11)
      default: (12, y + 1, 2)
      }
    return CalendarSpan(
      value: "\(pad(y, 4))-\(code)", earliest: day(y, startMonth, 1),
      latest: day(endYear, endMonth, 1).lastOfMonth, precision: .season)
  }

  static func decade(_ start: Int) -> CalendarSpan {
    CalendarSpan(
      value: String(start / 10), earliest: day(start, 1, 1), latest: day(start + 9, 12, 31),
      precision: .decade)
  }

  static func century(_ index: Int) -> CalendarSpan {
    let start = (index - 1) * 100
    return CalendarSpan(
      value: pad(index - 1, 2), earliest: day(max(start, 1), 1, 1), latest: day(start + 99, 12, 31),
      precision: .century)
  }

  /// The same span narrowed to its early, middle or late part, or to its start or end.
  func narrowed(to part: SpanPart) -> CalendarSpan {
    let length = latest.dayNumber - earliest.dayNumber + 1
    let third = max(1, length / 3)
    switch part {
    case .start, .end:
      // "The beginning of the year" is its first month; of a month, its first ten days.
      if precision == .year || precision == .decade || precision == .quarter {
        let m = part == .start ? earliest : latest
        return .month(m.year, m.month)
      }
      return part == .start
        ? CalendarSpan(
          value: value, earliest: earliest, latest: earliest.adding(days: third - 1), precision: precision)
        : CalendarSpan(
          value: value, earliest: latest.adding(days: 1 - third), latest: latest, precision: precision)
    case .early:
      return CalendarSpan(
        value: value, earliest: earliest, latest: earliest.adding(days: third - 1), precision: precision)
    case .mid:
      return CalendarSpan(
        value: value, earliest: earliest.adding(days: third), latest: latest.adding(days: -third),
        precision: precision)
    case .late:
      return CalendarSpan(
        value: value, earliest: latest.adding(days: 1 - third), latest: latest, precision: precision)
    }
  }

  /// The span `n` units of its own precision later (earlier when negative).
  func shifted(by n: Int) -> CalendarSpan {
    switch precision {
    case .day: return .day(earliest.adding(days: n))
    case .week: return .week(containing: earliest.adding(days: 7 * n))
    case .month:
      let m = earliest.adding(months: n)
      return .month(m.year, m.month)
    case .quarter:
      let m = earliest.adding(months: 3 * n)
      return .quarter(m.year, m.quarter)
    case .season: return .season(earliest.year + n, String(value.suffix(2)))
    case .year: return .year(earliest.year + n)
    case .decade: return .decade(earliest.year + 10 * n)
    case .century: return .century(earliest.year / 100 + 1 + n)
    }
  }

  func resolvedTime(_ how: TimeResolution) -> ResolvedTime {
    ResolvedTime(value: value, earliest: earliest, latest: latest, resolution: how)
  }

  private static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay {
    CalendarDay(year: y, month: m, day: d) ?? CalendarDay.epoch
  }

  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }
}

/// A part of a calendar span named by a modifier ("early 2021", "the end of the month").
enum SpanPart: Sendable, Hashable {
  case start, early, mid, late, end
}

extension CalendarSpan {
  /// The first or second half of a year: `2021-H1`.
  static func half(_ y: Int, _ h: Int) -> CalendarSpan {
    let first = CalendarDay(year: y, month: h == 1 ? 1 : 7, day: 1) ?? .epoch
    return CalendarSpan(
      value: "\(pad(y, 4))-H\(h)", earliest: first, latest: first.adding(months: 5).lastOfMonth,
      precision: .quarter)
  }

  /// The span of `precision` that contains `day` (quarter, month, week, day, year, ...).
  static func containing(_ day: CalendarDay, precision: Precision) -> CalendarSpan {
    switch precision {
    case .day: return .day(day)
    case .week: return .week(containing: day)
    case .month: return .month(day.year, day.month)
    case .quarter: return .quarter(day.year, day.quarter)
    case .season, .year: return .year(day.year)
    case .decade: return .decade(day.year - day.year % 10)
    case .century: return .century(day.year / 100 + 1)
    }
  }
}
