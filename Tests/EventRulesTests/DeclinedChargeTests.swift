import EventRules
import Testing

/// A decision not to charge is a negated charge; a price a business will not charge is no charge at all.
struct DeclinedChargeTests {
  @Test func aChargeProsecutorsDeclineIsNegated() {
    let events = ArticleFixture("Prosecutors decided not to charge the officer.").events()
    #expect(events.map(\.type) == ["criminal.charge"])
    #expect(events.first?.status == .negated)
  }

  @Test func aFeeNotChargedIsNoCharge() {
    #expect(eventTypes("The bank will not charge customers for the transfer.").isEmpty)
  }
}
