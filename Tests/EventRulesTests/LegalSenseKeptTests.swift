import EventRules
import Testing

/// The legal sense of words whose business or everyday sense the pack now vetoes still yields its event:
/// a payment that settles a lawsuit, a judge's temporary block, a prisoner freed, a court ruling for a party.
struct LegalSenseKeptTests {
  @Test(arguments: [
    ("Orbis agreed to pay $4 million to settle the shareholder lawsuit.", "civil.settlement"),
    ("The landlord and the tenants reached an agreement that ends the litigation.", "civil.settlement"),
    ("A federal judge temporarily blocked the state from enforcing the law.", "civil.injunction"),
    ("The journalist was freed from prison after eleven months.", "criminal.release"),
    ("The film studio agreed to pay $3 million to settle the actors' lawsuit.", "civil.settlement"),
    ("The court ruled for the tenants on every count.", "civil.ruling"),
    ("Police said the broker now faces charges of fraud and theft.", "criminal.charge"),
    ("The SEC began investigating the lender's accounting in 2019.", "regulatory.enforcement"),
    (
      "The competition regulator opened an investigation into the merger on Monday.", "regulatory.enforcement"
    ),
  ])
  func theLegalSenseYieldsItsEvent(sentence: String, type: String) {
    let types = ArticleFixture(sentence).events().map(\.type)
    #expect(types.contains(type), "\(sentence) → \(types)")
  }
}
