/// What a recognized expression means, before it is resolved against the publication date and the story.
enum TimeMeaning: Sendable, Hashable {
  /// A DATE (or a TIME when `clock` or a part of day is set).
  case date(DateSpec, part: SpanPart?, partOfDay: String?, clock: ClockTime?)
  /// A TIME of day with no date written ("3 p.m."): on the publication day or the day just narrated.
  case clock(ClockTime, partOfDay: String?)
  /// A DURATION with its TIMEX3 value ("P2M").
  case duration(String)
  /// A DURATION that also moves the story's time ("two months later"): `P2M`, resolved from the previous time.
  case shift(count: Int, unit: TimeUnit, direction: Int)
  /// A DURATION of no stated length counted from the story's time ("days later", "weeks after the fire"):
  /// `PXD`, resolved only to the month it most likely falls in.
  case vagueShift(unit: TimeUnit, direction: Int)
  /// A SET with its TIMEX3 value ("P1W", "XXXX-WXX-1").
  case set(String)
  /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
  case reference(String)
}

/// A time of day.
struct ClockTime: Sendable, Hashable {
  let hour: Int
  let minute: Int
}

/// Which occurrence of a repeating date ("Friday", "March 12", "the third quarter") is meant.
enum Direction: Sendable, Hashable {
  /// Decided by the sentence's tense.
  case byTense
  /// "last Friday": the latest one before the anchor.
  case last
  /// "next Friday": the first one after the anchor.
  case next
  /// "this Friday": the one in the anchor's week (month, year).
  case this
}

/// What a date expression points at, in terms of calendar fields and anchors.
enum DateSpec: Sendable, Hashable {
  /// Fully written ("March 12, 2021", "1990", "the 1990s").
  case absolute(CalendarSpan)
  /// "That October", "August that year": a month in the year of the story's time (`step` 0); "the
  /// following January" (+1), "the previous March" (-1): the first one after or before it.
  case storyMonth(month: Int, day: Int?, step: Int)
  /// A month and maybe a day, with no year ("March 12", "in March").
  case monthDay(month: Int, day: Int?, direction: Direction)
  /// A month, or a day of it, in a year given relative to the publication year ("July last year", "28
  /// August last year").
  case monthOfRelativeYear(month: Int, day: Int?, yearOffset: Int)
  /// The week around a month's day written without a year ("the week of May 13").
  case weekOf(month: Int, day: Int)
  /// A weekday ("Friday", "last Monday").
  case weekday(Int, direction: Direction)
  /// A day counted from the publication day ("today" 0, "yesterday" -1).
  case dayOffset(Int)
  /// Today-relative unit ("last week" -1, "this year" 0, "two months ago" -2), from the publication date.
  case publicationShift(TimeUnit, Int)
  /// "Two years ago", "a year ago": counted back from publication, or from the story's quarter in
  /// earnings reports ("up from $2 million a year ago").
  case ago(TimeUnit, Int)
  /// Story-relative unit ("a year earlier" -1, "the following week" +1, "that day" 0).
  case previousShift(TimeUnit, Int)
  /// The unit next to the story's time ("the following year" +1, "the previous week" -1, "that year" 0).
  case storyNeighbor(TimeUnit, Int)
  /// A quarter of a year: absolute year, year relative to publication, or decided by tense.
  case quarter(Int, year: Int?, yearOffset: Int?)
  /// A half of a year ("the first half").
  case half(Int, year: Int?, yearOffset: Int?)
  /// "That summer", "that same winter": the season in the year of the story's time (`step` 0); "the
  /// following spring" (+1), "the previous winter" (-1): the first one after or before it.
  case storySeason(String, step: Int)
  /// A season ("last fall", "the winter of 1994").
  case season(String, year: Int?, direction: Direction)
  /// A season in a year given relative to the publication year ("the spring of last year", "autumn next
  /// year").
  case seasonOfRelativeYear(String, yearOffset: Int)
  /// "The quarter", "the latest period": the quarter the story talks about.
  case storyQuarter
  /// "The 1988 quarter", "the 1989 period": the story's quarter in another year.
  case storyQuarterIn(year: Int)
  /// "Thanksgiving", "Christmas": a holiday (by its `TimeLexicon` name) in a year decided by tense.
  case holiday(String)
}
