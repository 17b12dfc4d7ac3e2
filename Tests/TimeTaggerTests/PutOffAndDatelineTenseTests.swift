import Testing

@testable import TimeTagger

/// The day a case is put off to is told from the day of the putting off, so it is the one nearest the
/// publication, ahead or behind; and a perfect's auxiliary ("has been charged") is no present that would send
/// a dateline's weekday ahead.
@Suite struct PutOffAndDatelineTenseTests {
  // 2024-05-10 is a Friday.
  @Test(arguments: [
    ("The magistrate refused bail and postponed the matter to 12 September.", "2024-09-12"),
    ("The case was adjourned to 17 March.", "2024-03-17"),
    ("The hearing was adjourned until 2 November after the defence asked for time.", "2024-11-02"),
  ])
  func aPutOffDayIsTheNearestOne(sentence: String, value: String) {
    #expect(tag(sentence, dct: "2024-05-10").first?.value == value, "\(sentence)")
  }

  @Test(arguments: [
    ("The judge set a hearing on that request for Wednesday.", "2024-05-15"),
    ("The magistrate adjourned the case for Monday.", "2024-05-13"),
  ])
  func aDayPutDownForLiesAhead(sentence: String, value: String) {
    #expect(tag(sentence, dct: "2024-05-10").first?.value == value, "\(sentence)")
  }

  @Test func aDayAfterForWithoutAScheduleStaysBehind() {
    // "for" alone is no schedule: the police thanked them for Wednesday's help, told of the day before.
    #expect(
      tag("Police thanked the volunteers for Wednesday.", dct: "2024-05-10").first?.value == "2024-05-08")
  }

  @Test func aDatelineWeekdayBeforeAPerfectIsTheLastOne() {
    let times = tag(
      "GLOUCESTER, Saturday: A man has been charged with arson after a fire at a school.", dct: "2024-05-10")
    #expect(times.first?.value == "2024-05-04")
  }

  @Test func aPerfectOfStateKeepsItsPresent() {
    // "has been on patrol since March": no participle after "been", so "has" still tells the present.
    let times = tag(
      "The carrier has been on patrol since March and was scheduled to return to port.", dct: "1990-08-13")
    #expect(times.first?.value == "1990-03")
  }
}
