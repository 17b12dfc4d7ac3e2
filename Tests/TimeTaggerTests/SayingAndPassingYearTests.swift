import Testing

@testable import TimeTagger

/// Times that do not move the story: the day the news was told, and a week or month after a year told in
/// passing.
@Suite struct SayingAndPassingYearTests {
  @Test func theSameDayIsTheHappeningsNotTheDayOfSaying() throws {
    let found = tag(
      "Officers arrested Maitland at his home on Tuesday morning, Staff Sgt. Dhillon said in a statement "
        + "released Wednesday. Prosecutors approved one count of fraud the same day.",
      dct: "2024-01-11")
    let same = try #require(found.first { $0.text == "the same day" })
    #expect(same.resolved?.value == "2024-01-09")
  }

  @Test func aDaySaidAfterSaidDoesNotMoveTheStory() throws {
    let found = tag(
      "The regulator fined the bank on Monday, a spokesperson told reporters on Thursday. Two days later the bank paid.",
      dct: "2024-05-10")
    let later = try #require(found.first { $0.text == "Two days later" || $0.text == "Two days" })
    #expect(later.resolved?.value == "2024-05-08")
  }

  @Test func earlierInTheWeekAfterARangeOfYearsIsThePublicationsWeek() throws {
    let found = tag(
      "Of the loans Kinsei made between 2016 and 2022, many were doctored. Earlier in the week, the agency filed a complaint.",
      dct: "2023-11-10")
    let week = try #require(found.first { $0.text == "Earlier in the week" })
    #expect(week.resolved?.value == "2023-W45")
  }

  @Test func untilAMonthWhenSomethingHappenedMovesTheStory() throws {
    let found = tag(
      "He ran the clinic until June 2019, when a grand jury indicted him. The board suspended his license that July.",
      dct: "2022-03-17")
    let july = try #require(found.first { $0.text == "that July" })
    #expect(july.resolved?.value == "2019-07")
  }

  @Test func aDayRestatedAfterACommaDoesNotMoveTheStory() throws {
    let found = tag(
      "Police applied for a review of the licence on 13 September, two days after the stabbing. "
        + "The following day, the sub-committee suspended the licence.",
      dct: "2021-11-25")
    let next = try #require(found.first { $0.text == "The following day" })
    #expect(next.resolved?.value == "2021-09-14")
  }

  @Test func aDayOfTheMonthJustNamedWithItsYearIsInThatYear() throws {
    let found = tag(
      "Firth punched Ambrose outside a bar in the early hours of Nov. 3, 2019. Ambrose died in hospital on Nov. 5.",
      dct: "2023-02-13")
    let died = try #require(found.first { $0.text == "Nov. 5" })
    #expect(died.resolved?.value == "2019-11-05")
  }
}
