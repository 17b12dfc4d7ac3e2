import EventRules
import Testing

/// Headlines that tell a listing with the sanctioning state as subject (read held-out sets 321 and 329):
/// "US sanctions tanker network …", "US blacklists drone-parts network …", "Treasury sanctions three banks".
struct SanctionsHeadlineWordingTests {
  @Test(arguments: [
    "US sanctions tanker network accused of moving Iranian oil to Asia",
    "US blacklists drone-parts network accused of arming Iran’s military",
    "Treasury sanctions three Russian banks",
  ])
  func aStateSanctioningAGroupIsADesignation(headline: String) {
    #expect(eventTypes(headline) == ["regulatory.designation"], "\(headline)")
  }

  @Test func anEmployerSanctioningItsStaffIsNoListing() {
    #expect(eventTypes("The company sanctions employees who break the rules.").isEmpty)
  }
}
