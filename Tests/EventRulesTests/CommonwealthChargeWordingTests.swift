import EventRules
import Testing

/// Charges in British, Irish and Indian wording (read held-out set 339 and probes beyond it): charged at a
/// station, charges authorised by the Crown Prosecution Service, a case booked under sections of a code.
struct CommonwealthChargeWordingTests {
  @Test(arguments: [
    "The woman was charged at Coolock Garda Station on Sunday.",
    "The Crown Prosecution Service authorised charges against the three men on Friday.",
    "The accused were booked under sections 420 and 120B of the IPC in 2021.",
  ])
  func aChargeToldThisWayIsACharge(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.charge"), "\(sentence)")
  }

  @Test func aCarChargedAtAStationIsNoCharge() {
    #expect(eventTypes("The car was charged at the station overnight.").isEmpty)
  }
}
