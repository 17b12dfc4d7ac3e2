import Testing

@testable import TimeTagger

/// Weekdays in clauses whose tense the auxiliary alone would misread, found in translated and live-blog
/// copy: a perfect tells a thing done, a start told in the present lies ahead, "a Friday" is any Friday, and
/// the start of a span ("since January") is no happening's time.
@Suite struct PerfectAndScheduleTenseTests {
  // 2017-02-15 is a Wednesday.
  @Test(arguments: [
    ("The family has moved the Supreme Court on Friday against the bail order.", "2017-02-10"),
    ("He has been charged with murder on Monday.", "2017-02-13"),
    ("The trial has begun at the Criminal Court on Monday.", "2017-02-13"),
  ])
  func aPerfectDatesTheLastSuchDay(sentence: String, value: String) {
    #expect(tag(sentence, dct: "2017-02-15").first?.value == value, "\(sentence)")
  }

  @Test(arguments: [
    ("Jury selection begins Monday in the trial of Terrance Hobbs.", "2017-02-20"),
    ("The inquest opens on Monday at the coroner's court.", "2017-02-20"),
  ])
  func aStartToldInThePresentLiesAhead(sentence: String, value: String) {
    #expect(tag(sentence, dct: "2017-02-15").first?.value == value, "\(sentence)")
  }

  @Test func theNextOneIsStillWhatAFutureTells() {
    #expect(tag("The hearing will be on Monday.", dct: "2017-02-15").first?.value == "2017-02-20")
    #expect(tag("The hearing was on Monday.", dct: "2017-02-15").first?.value == "2017-02-13")
  }

  @Test func aWeekdayAfterTheArticleIsAnyWeekday() {
    let times = tag(
      "A complaint, filed on a Friday afternoon in March 2012, accused the rival.", dct: "2017-02-15")
    #expect(times.map(\.text) == ["March 2012"])
  }

  @Test func theStartOfASpanDoesNotMoveTheStory() {
    let times = tag(
      "The state today banned the batteries, which officials have linked to 14 fires since January. "
        + "In a complaint filed the same day, the state alleges fraud.", dct: "2023-09-07")
    #expect(times.last?.text == "the same day")
    #expect(times.last?.resolved?.value == "2023-09-07")
  }

  @Test func aSpanStartThatTellsAHappeningStillDoes() {
    let times = tag(
      "The verdict is the largest since 1998, when a jury ordered a paper to pay. "
        + "The appeals court threw out that award two years later.", dct: "2018-09-10")
    #expect(times.last?.resolved?.value == "2000")
  }
}

/// Dates as court listings and notices write them: an abbreviated month after its day ("20 Feb",
/// "the 3rd of Dec"), a holiday with its year ("Christmas Eve 2002"), a verb in "un-" that is a past
/// ("unsealed ... on Thursday") and an irregular perfect ("has given its verdict on Monday").
@Suite struct ListingDateTests {
  @Test(arguments: [
    ("The CMA opened an investigation on 20 Feb; the deadline is later.", "20 Feb", "2024-02-20"),
    ("Custody log, 9 Feb: a boy was released under investigation.", "9 Feb", "2024-02-09"),
    ("The order was made on the 3rd of Dec.", "the 3rd of Dec", "2023-12-03"),
    ("Clemency arrived on Christmas Eve 2002, in a one-page letter.", "Christmas Eve 2002", "2002-12-24"),
  ])
  func aListingDateIsRead(sentence: String, text: String, value: String) {
    let times = tag(sentence, dct: "2024-02-22")
    #expect(times.first?.text == text, "\(sentence)")
    #expect(times.first?.value == value, "\(sentence)")
  }

  @Test func anAbbreviationWithNoDayIsNoMonth() {
    #expect(tag("The Feb report was late.", dct: "2024-02-22").isEmpty)
    #expect(tag("He ran a mile in Dec shoes.", dct: "2024-02-22").isEmpty)
  }

  @Test(arguments: [
    ("The division unsealed a one-count information on Thursday charging a forwarder.", "2018-10-04"),
    ("On Monday the court has given its verdict declaring him guilty.", "2018-10-08"),
  ])
  func aPastInTheseFormsDatesTheLastSuchDay(sentence: String, value: String) {
    #expect(tag(sentence, dct: "2018-10-09").first?.value == value, "\(sentence)")
  }
}

/// A weekday takes the tense of its own clause: "got under way on Thursday and continues next week" is last
/// Thursday, though "continues next week" stands nearer in words than "got".
@Suite struct ClauseTenseTests {
  @Test func aWeekdayTakesTheTenseOfItsOwnClause() {
    let times = tag(
      "The trial got under way at the sheriff court on Thursday and continues next week.", dct: "2025-04-18")
    #expect(times.first?.value == "2025-04-17")
  }

  @Test func aClauseWithNoTenseWordTakesTheNearestOfTheSentence() {
    let times = tag("The hearing was postponed, and on Monday a new date.", dct: "2025-04-18")
    #expect(times.first?.value == "2025-04-14")
  }

  @Test func theClauseMarkersAreARunFoundByBisection() {
    let markers: [(index: Int, tense: Tense)] = [(1, .past), (5, .future), (9, .future)]
    #expect(Tense.nearest(markers, to: 3..<4, within: 0..<4) == .past)
    #expect(Tense.nearest(markers, to: 3..<4, within: 2..<8) == .future)
    #expect(Tense.nearest(markers, to: 3..<4, within: 2..<4) == .past)
  }
}
