import Testing

@testable import TimeTagger

/// Every family of expression, with its TimeML value and (for dates) its resolved calendar position.
@Suite struct RecognitionTableTests {
  static let rows: [ExpectedTimex] = [
    // Full and partial dates in every common written form.
    .init(
      "The order came on March 12, 2021.", "March 12, 2021", .date, "2021-03-12", resolved: "2021-03-12",
      .absolute),
    .init(
      "The order came on 12 March 2021.", "12 March 2021", .date, "2021-03-12", resolved: "2021-03-12",
      .absolute),
    .init(
      "It was filed Mar. 12 in Washington.", "Mar. 12", .date, "2021-03-12", resolved: "2021-03-12",
      .publicationDate),
    .init("It was filed Friday, March 12, in court.", "Friday, March 12", .date, "2021-03-12"),
    .init(
      "The filing is dated 2021-03-12.", "2021-03-12", .date, "2021-03-12", resolved: "2021-03-12", .absolute),
    .init("The filing is dated 3/12/2021.", "3/12/2021", .date, "2021-03-12"),
    .init("The court ruled in March 2021.", "March 2021", .date, "2021-03", resolved: "2021-03", .absolute),
    .init(
      "It was listed in May, 2019, weeks later.", "May, 2019", .date, "2019-05", resolved: "2019-05",
      .absolute),
    .init("By March, 2000 people had signed.", "March", .date, "2021-03"),
    .init("The company was founded in 2010.", "2010", .date, "2010", resolved: "2010", .absolute),
    .init("Sales grew in the 1990s.", "the 1990s", .date, "199"),
    .init("Laws changed in the twenty-first century.", "the twenty-first century", .date, "20"),
    .init(
      "The firm was founded a decade ago.", "a decade ago", .date, "2011", resolved: "2011", .publicationDate),
    .init("Profit fell in the third quarter.", dct: "1989-11-02", "the third quarter", .date, "1989-Q3"),
    .init("Third-quarter profit fell.", dct: "1989-11-02", "Third-quarter", .date, "1989-Q3"),
    .init("Third-quarter profit fell.", "Third-quarter", .date, "2020-Q3"),
    .init("The first half of 2021 was slow.", "The first half of 2021", .date, "2021-H1"),
    .init("The deal closed last fall.", "last fall", .date, "2020-FA"),
    .init("The talks resume next summer.", "next summer", .date, "2021-SU"),
    // Weekdays and parts of days.
    .init(
      "The judge ruled Monday.", dct: "1998-01-14", "Monday", .date, "1998-01-12", resolved: "1998-01-12",
      .publicationDate),
    .init("The hearing will be held Monday.", dct: "1998-01-14", "Monday", .date, "1998-01-19"),
    .init("The talks ended Tuesday morning.", dct: "1998-01-14", "Tuesday morning", .time, "1998-01-13TMO"),
    .init("The vote is tonight.", "tonight", .time, "2021-05-12TNI"),
    .init("Shares fell today.", "today", .date, "2021-05-12", resolved: "2021-05-12", .publicationDate),
    .init("Shares fell yesterday.", "yesterday", .date, "2021-05-11"),
    // Relative to publication.
    .init(
      "The suit was filed last week.", dct: "1998-01-14", "last week", .date, "1998-W02",
      resolved: "1998-W02", .publicationDate),
    .init("The suit was filed two months ago.", "two months ago", .date, "2021-03"),
    .init("The company sued earlier this year.", "earlier this year", .date, "2021"),
    .init("It was blacklisted late last year.", "late last year", .date, "2020"),
    .init(
      "The ban took effect in January.", "January", .date, "2021-01", resolved: "2021-01", .publicationDate),
    .init("The appeal will be heard in December.", "December", .date, "2021-12"),
    // "agreed to" tells a past agreement, and "suspected" before a noun is an adjective: neither makes a
    // weekday the next one or the last one.
    .init(
      "The department took two institutes off its list on Wednesday after they agreed to checks.",
      dct: "2023-07-21",
      "Wednesday", .date, "2023-07-19"),
    .init(
      "It says it will publish the names of 15 suspected financiers on Monday.", dct: "2025-10-09", "Monday",
      .date,
      "2025-10-13"),
    // A past-tense clause more than a month before the same day this year tells last year's.
    .init("He was arrested in Nassau on Dec. 12.", dct: "2023-11-03", "Dec. 12", .date, "2022-12-12"),
    // The day a case is put off or listed for is the nearest one, whatever the clause's tense.
    .init(
      "Last Tuesday the appeal was listed for a full hearing on 17 March.", dct: "2026-01-19", "17 March",
      .date,
      "2026-03-17"),
    .init("The case was adjourned until 2 February.", dct: "2025-12-10", "2 February", .date, "2026-02-02"),
    .init(
      "He was remanded in custody to appear on 20 July.", dct: "2021-05-12", "20 July", .date, "2021-07-20"),
    .init("The hearing was adjourned to 17 March.", dct: "2021-05-12", "17 March", .date, "2021-03-17"),
    .init("The firm has sued since 2019.", "2019", .date, "2019"),
    // Durations.
    .init("The case took two months to settle.", "two months", .duration, "P2M"),
    .init("He served 18 months in prison.", "18 months", .duration, "P18M"),
    .init("It has been a decade since the trial.", "a decade", .duration, "P10Y"),
    .init("He won a two-year contract.", "two-year", .duration, "P2Y"),
    .init("The hearing lasted three hours.", "three hours", .duration, "PT3H"),
    .init("Over the past five years the firm grew.", "the past five years", .duration, "P5Y"),
    // Sets.
    .init("The board meets every Monday.", "every Monday", .set, "XXXX-WXX-1"),
    .init("The fee is reviewed each year.", "each year", .set, "P1Y"),
    .init("Results are published daily.", "daily", .set, "P1D"),
    .init("The licence is renewed annually.", "annually", .set, "P1Y"),
    .init("The committee meets twice a month.", "twice a month", .set, "P1M"),
    // Vague references.
    .init("The company is now appealing.", "now", .date, "PRESENT_REF"),
    .init("It is currently under review.", "currently", .date, "PRESENT_REF"),
    .init("The firm recently settled.", "recently", .date, "PAST_REF"),
    .init("Rules may change in the future.", "the future", .date, "FUTURE_REF"),
    // Times.
    .init("The hearing starts at 3 p.m. today.", "3 p.m. today", .time, "2021-05-12T15:00"),
    .init("The order was signed at noon.", "noon", .time, "2021-05-12T12:00"),
    .init(
      "Trading halted at 10:30 a.m. EST Friday.", dct: "1998-01-14", "10:30 a.m. EST Friday", .time,
      "1998-01-09T10:30"),
  ]

  @Test("tags each family with its TimeML value and calendar position", arguments: rows)
  func tagsExpression(_ row: ExpectedTimex) throws {
    let found = tag(row.sentence, dct: row.dct)
    let match = try #require(found.first { $0.text == row.text }, "found \(found.map(\.text))")
    #expect(match.type == row.type)
    #expect(match.value == row.value)
    if let resolved = row.resolved { #expect(match.resolved?.value == resolved) }
    if let resolution = row.resolution { #expect(match.resolved?.resolution == resolution) }
  }

  @Test func offsetsCountUnicodeScalars() throws {
    let text = "Le café — fermé. It reopened on March 3, 2021."
    let match = try #require(tag(text).first)
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[match.range])
    #expect(String(view) == "March 3, 2021")
  }

  @Test func pastTenseEndsThePeriodAtPublication() throws {
    let match = try #require(tag("The firm settled this month.").first)
    #expect(match.value == "2021-05")
    #expect(match.resolved?.earliest.description == "2021-05-01")
    #expect(match.resolved?.latest.description == "2021-05-12")
  }

  @Test func readsNumericDatesDayFirstWhenAsked() throws {
    let monthFirst = try #require(tag("Filed 12/03/2021 in London.").first)
    #expect(monthFirst.value == "2021-12-03")
    let dayFirst = try #require(tag("Filed 12/03/2021 in London.", dayFirst: true).first)
    #expect(dayFirst.value == "2021-03-12")
  }

  @Test func leavesRelativeDatesUnresolvedWithoutAPublicationDate() throws {
    let found = TimeTagger(publicationDate: nil).expressions(in: "The suit was filed last week.")
    let match = try #require(found.first)
    #expect(match.text == "last week")
    #expect(match.resolved == nil)
  }
}
