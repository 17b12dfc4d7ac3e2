import EventRules
import Testing

/// In an article about a regulator's case and no criminal one, an investigation that names no police,
/// prosecutor or criminal agency is the regulator's enforcement; beside police or a prosecution it stays a
/// criminal investigation.
struct RegulatorsInvestigationTests {
  @Test func agentsSearchingInARegulatorsCaseAreItsEnforcement() {
    let story =
      "Watchdog fines cement makers\nThe Competition Commission fined three cement makers R90 million on Monday.\nInvestigators searched the offices of the companies in March."
    let types = ArticleFixture(story).tagged().events().map(\.type)
    #expect(types.contains("regulatory.penalty"))
    #expect(!types.contains("criminal.investigation"))
    #expect(types.filter { $0 == "regulatory.enforcement" }.count >= 1)
  }

  @Test func policeSearchingBesideARegulatorsFineStayCriminal() {
    let story =
      "Watchdog fines cement makers\nThe Competition Commission fined three cement makers R90 million on Monday.\nPolice searched the offices of the companies in March."
    let types = ArticleFixture(story).tagged().events().map(\.type)
    #expect(types.contains("criminal.investigation"))
  }

  @Test func anInvestigationBesideAChargeStaysCriminal() {
    let story =
      "Executive charged\nThe regulator fined the firm $2 million on Monday.\nInvestigators searched his home in March.\nHe was charged with fraud on Tuesday."
    let types = ArticleFixture(story).tagged().events().map(\.type)
    #expect(types.contains("criminal.investigation"))
  }
}
