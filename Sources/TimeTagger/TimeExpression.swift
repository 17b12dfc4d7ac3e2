import TextSegmentation

/// A time expression found in text, with its TimeML value and the date it stands for in the story.
public struct TimeExpression: Sendable, Hashable {
  /// The expression as written ("two months later" is tagged on "two months", as TimeML does).
  public let text: String
  /// Where it stands in the tagged text, in Unicode scalars.
  public let range: Range<Int>
  /// TIMEX3 type.
  public let type: TimexType
  /// The TIMEX3 value by the TempEval-3 conventions: `2021-03`, `P2M`, `PRESENT_REF`, `XXXX-WI`.
  public let value: String
  /// The date the expression places a happening at, for the timeline ("two months later" after March 2021
  /// is 2021-05); nil when it places nothing on the calendar.
  public let resolved: ResolvedTime?

  public init(text: String, range: Range<Int>, type: TimexType, value: String, resolved: ResolvedTime?) {
    self.text = text
    self.range = range
    self.type = type
    self.value = value
    self.resolved = resolved
  }
}

/// The TIMEX3 type of a time expression.
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
  case date = "DATE"
  case time = "TIME"
  case duration = "DURATION"
  case set = "SET"
}

/// A calendar position for the timeline, with its precision, bounds and how it was found.
public struct ResolvedTime: Sendable, Hashable, Codable {
  /// ISO 8601 at the expression's precision: `2021`, `2021-Q1`, `2021-03`, `2021-W10`, `2021-03-12`.
  public let value: String
  /// The first day the expression can mean.
  public let earliest: CalendarDay
  /// The last day the expression can mean.
  public let latest: CalendarDay
  /// How the value was worked out.
  public let resolution: TimeResolution

  public init(value: String, earliest: CalendarDay, latest: CalendarDay, resolution: TimeResolution) {
    self.value = value
    self.earliest = earliest
    self.latest = latest
    self.resolution = resolution
  }
}

/// How a time expression's calendar position was worked out.
public enum TimeResolution: String, Sendable, Hashable, Codable, CaseIterable {
  /// Written in full ("March 12, 2021").
  case absolute
  /// Counted from the publication date ("back in March", "last week").
  case publicationDate = "relative-to-publication"
  /// Counted from the time the story last mentioned ("two months later").
  case previousTime = "relative-to-previous"
}
