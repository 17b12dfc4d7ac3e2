import EventRules
import Testing

/// Releases from read held-out sets 116 and 127: a refused request to remain free, a request to stay out of
/// custody, a release after questioning, an extended bail.
struct ReleaseRequestWordingTests {
  @Test(arguments: [
    (
      "U.S. District Judge Rosalind Akers denied Vance's request to remain free while the 7th Circuit considers his case.",
      EventStatus.negated
    ),
    (
      "On Feb. 6, his attorney asked Akers to let Vance stay out of custody until the appeals court rules.",
      .requested
    ),
    ("Both were released in the evening after recording statements.", .actual),
    (
      "She did, however, extend Ndaba's R100 000 bail so that he could petition the judge president.", .actual
    ),
  ])
  func aReleaseToldThisWayIsFound(sentence: String, status: EventStatus) {
    let releases = ArticleFixture(sentence).tagged().events().filter { $0.type == "criminal.release" }
    #expect(releases.map(\.status) == [status], "\(sentence)")
  }

  @Test func courtRoundupWordings() {
    // Read held-out set 147: a UK court report's "having admitted", a hearing an order lasts until, and a
    // conditional sentence served under house arrest.
    #expect(
      eventTypes(
        "Connor Ashby, 29, was sentenced at Taunton Crown Court on Tuesday, having admitted dangerous driving at an earlier hearing."
      ).contains("criminal.plea"))
    #expect(eventTypes("The order stays in place until a hearing on Aug. 17.").contains("civil.hearing"))
    #expect(
      !eventTypes(
        "Justice Meera Sandhu handed Gordon Pelletier a two-year-less-a-day conditional sentence on Wednesday, including eight months of house arrest."
      ).contains("criminal.arrest"))
    #expect(
      !eventTypes(
        "Travis Olenick ran out of options in February, when the Supreme Court of Canada declined to hear his final appeal."
      )
      .contains("appeal.filed"))
  }
}
