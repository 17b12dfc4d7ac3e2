import EventRules
import Testing

/// A police blotter's booking and a juvenile's release to a parent (read held-out set 317), and a suit
/// the parties later settled (read held-out set 319).
struct CustodyReleaseWordingTests {
  @Test func bookedAndReleasedIsAnArrestAndARelease() {
    #expect(
      eventTypes("He was booked and released on his own recognizance.") == [
        "criminal.arrest", "criminal.release",
      ])
  }

  @Test(arguments: [
    "He was charged with assault and released to his parents.",
    "He was released to a sober adult early the next morning.",
    "A judge ordered that the boy be released to his mother’s home with an electronic monitor.",
  ])
  func releaseToAParentIsARelease(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.release"), "\(sentence)")
  }

  @Test func aFilmReleasedToAcclaimIsNoRelease() {
    #expect(eventTypes("The film was released to critical acclaim.").isEmpty)
  }

  @Test func companiesThatLaterSettledSettled() {
    #expect(
      eventTypes(
        "The two companies later settled while the appeal was pending, on terms that were not disclosed."
      )
      .contains("civil.settlement"))
  }
}
