import EventRules
import Testing

/// Authorities and targets of regulatory actions, named, counted or described.
struct RegulatoryRoleTests {
  func first(_ text: String) -> LegalEvent? {
    ArticleFixture(text).events().first
  }

  @Test func aCountedGroupIsTheTarget() {
    let event = first(
      "The Treasury on Friday designated 6 companies and three individuals tied to the scheme.")
    #expect(event?.type == "regulatory.designation")
    #expect(event?.names("target") == ["6 companies and three individuals"])
  }

  @Test func anAgencyNameRunningIntoTheTriggerIsKeptWhole() {
    let event = first(
      "The Federal Communications Commission on Monday ordered Lintel Wireless to stop the sales.")
    #expect(event?.names("authority") == ["Federal Communications Commission"])
  }

  @Test func theMakerOfANamedProductIsItsName() {
    let event = first("The FTC fined the maker of the Glowbit baby monitor $1 million in 2020.")
    #expect(event?.names("target") == ["Glowbit"])
  }

  @Test func theNameOfASanctionsListAndBackReferencesAreNoDesignation() {
    let text = """
      Blocked property of the designated persons must be reported.
      The firm checks clients against the Specially Designated Nationals list.
      """
    #expect(ArticleFixture(text).events().isEmpty)
  }

  @Test func falseNamesOfATitleCaseHeadlineStandForNoParty() {
    let events = ArticleFixture(
      """
      Toy Maker To Pay $2 Million To Resolve Safety Charges
      The Consumer Product Safety Commission on Tuesday fined the company $2 million.
      """
    ).events()
    let penalty = events.first { $0.type == "regulatory.penalty" }
    #expect(penalty?.participants.contains { $0.name.contains("Resolve") } == false)
  }
}
