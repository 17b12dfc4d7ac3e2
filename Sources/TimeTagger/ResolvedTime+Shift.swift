/// Moving a resolved time by a written duration: "two years after X" places X two years before the time
/// of the clause it is compared with.
extension ResolvedTime {
  /// This time moved by `duration` (a TIMEX3 duration with one unit: `P2Y`, `P1M`, `P3W`, `P10D`) times
  /// `direction` (-1 back, +1 ahead), at the coarser of the two precisions and marked relative to the
  /// previous time; nil when the duration is vague (`PXY`) or has more than one unit.
  public func shifted(byDuration duration: String, direction: Int) -> ResolvedTime? {
    guard duration.hasPrefix("P"), !duration.hasPrefix("PT") else { return nil }
    let body = duration.dropFirst()
    guard let unitLetter = body.last, let count = Int(body.dropLast()), count > 0 else { return nil }
    let unit: TimeUnit
    switch unitLetter {
    case "Y": unit = .year
    case "M": unit = .month
    case "W": unit = .week
    case "D": unit = .day
    case "Q": unit = .quarter
    default: return nil
    }
    let span = CalendarSpan(
      value: value, earliest: earliest, latest: latest, precision: TimeTagger.precision(of: value))
    let moved = ExpressionResolver(publicationDate: nil).shift(span, by: count * direction, unit: unit)
    return moved.resolvedTime(.previousTime)
  }

  /// The calendar span of `duration`'s unit that holds `day` ("2024" for years, "2024-06" for months, the
  /// day itself for weeks and days): what a count of that unit from the day is counted from.
  public static func span(containing day: CalendarDay, unitOf duration: String, resolution: TimeResolution)
    -> ResolvedTime?
  {
    let precision: CalendarSpan.Precision
    switch duration.last {
    case "Y": precision = .year
    case "Q": precision = .quarter
    case "M": precision = .month
    case "W", "D": precision = .day
    default: return nil
    }
    return CalendarSpan.containing(day, precision: precision).resolvedTime(resolution)
  }
}
