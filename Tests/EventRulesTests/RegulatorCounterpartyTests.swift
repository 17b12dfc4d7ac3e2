import EventRules
import Testing

/// A settlement whose counterparty is a regulator (an export-control bureau, OFAC, OSHA) is the regulator's
/// penalty, not a civil settlement; and a law firm's own alert or practice name is no sanctions authority.
struct RegulatorCounterpartyTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    "The lens maker settled with BIS in 2021, paying $1.1 million.",
    "Under the settlement with the Bureau of Industry and Security, the exporter will pay $2 million.",
    "The shipper agreed to pay $700,000 to settle apparent sanctions violations with OFAC.",
  ])
  func aSettlementWithARegulatorIsNoCivilSettlement(sentence: String) {
    #expect(!types(sentence).contains("civil.settlement"), "\(sentence)")
  }

  @Test func aSettlementBetweenPrivatePartiesStaysCivil() {
    #expect(
      types("The lens maker settled with its former distributor for $1.1 million in 2021.").contains(
        "civil.settlement"))
  }

  @Test(arguments: [
    "Harlan Pryce LLP Client Alert: Export Controls and Sanctions",
    "The Export Controls and Sanctions practice at Harlan Pryce advises manufacturers on licensing.",
    "Our trade team hosted a webinar on new sanctions compliance programs.",
  ])
  func aLawFirmsAlertOrPracticeIsNoSanctionsEvent(sentence: String) {
    #expect(types(sentence).isEmpty, "\(sentence)")
  }

  @Test func sanctionsImposedByAGovernmentStillCount() {
    #expect(
      types("The European Union imposed new sanctions on the regime in 2022.").contains(
        "regulatory.sanctions"))
  }
}
