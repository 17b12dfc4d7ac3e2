import EventRules
import Testing

/// What is still to come is dated by when it takes effect, not by when it was said.
struct TakingEffectTests {
  @Test func theTimeOfTakingEffectDatesAnIntendedDesignation() {
    let events = ArticleFixture(
      "The Commerce Department said on Tuesday it would add five drone makers to its Entity List.\nThe additions take effect on Friday.",
      published: "2023-03-08"
    ).tagged().events()
    let designation = events.first { $0.type == "regulatory.designation" }
    #expect(designation?.date?.value == "2023-03-10")
  }

  @Test func theTimeOfSayingDoesNotDateWhatIsStillToCome() {
    let events = ArticleFixture(
      "The Commerce Department said on Tuesday it would add five drone makers to its Entity List.",
      published: "2023-03-08"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.designation" }?.date?.value != "2023-03-07")
  }
}
