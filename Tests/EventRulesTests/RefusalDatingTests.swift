import EventRules
import Testing

/// A refusal is something decided, on a day the story may give ("declined to enjoin the rule" the day the
/// judge heard the case); what a sentence says did not happen ("was not charged") takes no carried day.
struct RefusalDatingTests {
  @Test func aRefusalTakesTheDayToldBeforeIt() {
    let events = ArticleFixture(
      "Judge Reyes heard arguments in the case on Tuesday. She declined to enjoin the rule."
    ).tagged().events()
    let injunction = events.first { $0.type == "civil.injunction" }
    #expect(injunction?.status == .negated)
    #expect(injunction?.date?.value == "2021-05-11")
  }

  @Test func whatDidNotHappenTakesNoCarriedDay() {
    let events = ArticleFixture(
      "Officers searched the house on Tuesday. The owner was not charged with any offence."
    ).tagged().events()
    let charge = events.first { $0.type == "criminal.charge" }
    #expect(charge?.status == .negated)
    #expect(charge?.date == nil)
  }
}
