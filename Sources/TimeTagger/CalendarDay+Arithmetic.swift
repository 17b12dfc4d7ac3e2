/// Calendar arithmetic the tagger needs: day counts, month steps, weekdays, ISO weeks and quarters.
extension CalendarDay {
  /// Days since 1970-01-01 (negative before), from the civil-from-days algorithm.
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The day with the given day number (see `dayNumber`).
  init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    // The algorithm only yields valid days, so the fallback is never taken.
    self = CalendarDay(year: y, month: m, day: d) ?? CalendarDay.epoch
  }

  /// 1970-01-01, a valid constant day (the unwrap cannot fail).
  static let epoch = CalendarDay(year: 1970, month: 1, day: 1)!

  /// The day `n` days later (earlier when negative).
  func adding(days n: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + n) }

  /// The same day `n` months later, clamped to the month's last day.
  func adding(months n: Int) -> CalendarDay {
    let total = year * 12 + (month - 1) + n
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y))) ?? self
  }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (3 when Monday is 0).
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The ISO 8601 week-numbering year and week.
  var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1) ?? self
    return (thursday.year, (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1)
  }

  /// The Monday that starts ISO week `week` of `year`.
  static func mondayOf(isoYear year: Int, week: Int) -> CalendarDay {
    let jan4 = CalendarDay(year: year, month: 1, day: 4) ?? epoch
    return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
  }

  /// 1...4.
  var quarter: Int { (month - 1) / 3 + 1 }

  /// The last day of this day's month.
  var lastOfMonth: CalendarDay {
    CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) ?? self
  }
}
