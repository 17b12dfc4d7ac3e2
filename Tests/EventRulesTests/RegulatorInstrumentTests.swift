import EventRules
import Testing

/// A regulator's instruments named as such (a notice of enforcement or of charges, a reprimand, an agreed
/// order, a board's binding decision) are its enforcement steps, and police who say they opened an inquiry on
/// a regulator's referral hold a criminal one (read held-out set 152).
struct RegulatorInstrumentTests {
  @Test(arguments: [
    "That October, the TCEQ issued a notice of enforcement, finding that the plant had failed to prevent the release.",
    "In a notice of charges made public on Tuesday, the agency is seeking to bar the former compliance officer.",
    "The ICO fined MediRoute £1.1m on Monday. Two years ago, it issued a reprimand to Shirebrook Hospitals NHS Trust after staff emailed a spreadsheet to the wrong recipients.",
    "The European Data Protection Board adopted a binding decision in March directing the DPC to raise the fine.",
    "The examination that began last spring found that the firm could not reconcile the customer funds it held.",
  ])
  func aRegulatorsInstrumentIsEnforcement(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }

  @Test(arguments: [
    "The regulator wrote to Skerry Air in the summer warning that its operations manual was out of date.",
    "The Fed also moved against Delia Marchetti, the bank's chief compliance officer.",
  ])
  func aRegulatorsLetterOrMoveAgainstAPersonIsEnforcement(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }

  @Test func anArbitratorsBindingDecisionIsNoEnforcement() {
    #expect(
      !eventTypes("The arbitrator issued a final and binding decision on the pay claim in March.").contains(
        "regulatory.enforcement"))
  }

  @Test func policeWhoOpenAnInquiryOnARegulatorsReferralHoldACriminalOne() {
    expectReading(
      "Police Scotland said it opened an investigation on Thursday after receiving a referral from the regulator.",
      as: "criminal.investigation", not: "regulatory.enforcement")
  }
}
