import EventRules
import Testing

/// Applying to a tribunal for review or petitioning for reconsideration is an appeal even where the
/// tribunal's name holds "Appeals"; inspectors shutting a business or lifting the closure order is a ban; a
/// licence placed on a term of probation is a licence step; a commission raiding offices is enforcement
/// (read held-out sets).
struct ReviewApplicationAndClosureTests {
  @Test(arguments: [
    "Mr Yau has applied to the Securities and Futures Appeals Tribunal for a review of his ban.",
    "Kyriakou petitioned OFAC for reconsideration the following spring.",
    "Marisol challenged the citation before a hearing officer.",
  ])
  func anApplicationForReviewIsAnAppeal(sentence: String) {
    #expect(eventTypes(sentence).contains("appeal.filed"), "\(sentence)")
  }

  @Test func notApplyingForReviewIsANegatedAppeal() {
    let events = ArticleFixture("Brightharbour has not applied for a review of the fine.").events()
    #expect(events.map(\.type) == ["appeal.filed"])
    #expect(events.first?.status == .negated)
  }

  @Test func takingTheCaseToATribunalIsNoNewClaim() {
    let types = eventTypes("He took the case to the Upper Tribunal, arguing he had a reasonable excuse.")
    #expect(types.contains("appeal.filed"))
    #expect(!types.contains("civil.complaint_filed"))
  }

  @Test(arguments: [
    "In April, inspectors shut down the Corner Bagel Co. for two days.",
    "Health inspectors ordered the closure of the restaurant on Tuesday.",
    "They found the problems fixed and lifted the closure order that afternoon.",
  ])
  func inspectorsClosingABusinessIsABan(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.ban"), "\(sentence)")
  }

  @Test func aJudgeClosingACaseIsNoBan() {
    #expect(!eventTypes("The judge ordered the closure of the case.").contains("regulatory.ban"))
  }

  @Test func aLicencePlacedOnATermOfProbationIsALicenceStep() {
    #expect(
      eventTypes("The board placed his license on two years' probation in 2012.").contains(
        "regulatory.license"))
  }

  @Test func aRaidToldAfterTheInvestigationKeepsItsOwnTime() {
    let events = ArticleFixture(
      "The commission began investigating the industry in 2022 and raided the offices of Highveld Nitrates in March 2023.",
      published: "2024-06-12"
    ).tagged().events()
    #expect(events.map(\.type) == ["regulatory.enforcement", "regulatory.enforcement"])
    #expect(events.map { $0.date?.value } == ["2022", "2023-03"])
  }

  @Test func aCommissionRaidingOfficesIsEnforcement() {
    let types = eventTypes("The commission raided the offices of Highveld Nitrates in March 2023.")
    #expect(types.contains("regulatory.enforcement"))
    #expect(!types.contains("criminal.investigation"))
  }
}
