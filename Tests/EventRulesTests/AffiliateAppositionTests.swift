import EventRules
import Testing

/// A party named in apposition to another company's affiliate ("Harwick Finance's subsidiary, Ostler Loan
/// Servicing LLC") is the one the step falls on.
struct AffiliateAppositionTests {

  @Test func theAffiliateNamedInAppositionIsTheTarget() {
    let found = taggedEvents(
      "The board also revoked the lending license of Harwick Finance's subsidiary, Ostler Loan Servicing LLC, on Monday."
    )
    #expect(found.map(\.type) == ["regulatory.license"])
    #expect(found.first?.names("target") == ["Ostler Loan Servicing LLC"])
  }

  @Test func aPossessiveWithoutAnAffiliateKeepsTheNamedParty() {
    let found = taggedEvents("The board revoked the lending license of Harwick Finance on Monday.")
    #expect(found.first?.names("target") == ["Harwick Finance"])
  }
}
