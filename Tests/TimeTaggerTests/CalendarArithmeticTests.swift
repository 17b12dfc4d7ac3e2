import Testing

@testable import TimeTagger

/// Day counting, weekdays, ISO weeks and month steps behind the resolver.
@Suite struct CalendarArithmeticTests {
  @Test func dayNumbersRoundTrip() throws {
    for iso in ["1970-01-01", "2000-02-29", "1989-12-31", "2021-05-12", "1899-03-01"] {
      let day = try #require(CalendarDay(iso: iso))
      #expect(CalendarDay(dayNumber: day.dayNumber) == day)
      #expect(day.adding(days: 1).adding(days: -1) == day)
    }
  }

  @Test func weekdaysAndIsoWeeks() throws {
    let day = try #require(CalendarDay(iso: "1998-01-08"))
    #expect(day.weekday == 4)  // Thursday
    #expect(day.isoWeek.week == 2)
    let newYear = try #require(CalendarDay(iso: "2021-01-01"))
    #expect(newYear.isoWeek.year == 2020)
    #expect(newYear.isoWeek.week == 53)
  }

  @Test func addingMonthsClampsToTheMonthsLastDay() throws {
    let day = try #require(CalendarDay(iso: "2021-01-31"))
    #expect(day.adding(months: 1).description == "2021-02-28")
    #expect(day.adding(months: -2).description == "2020-11-30")
  }
}
