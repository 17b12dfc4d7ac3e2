import EventRules
import Testing

/// Regulators' steps in British, Irish, Indian and Australian wording, probed beyond the read sets (which
/// are mostly American): the "enquiry" spelling, "commenced", a probe ordered or directed, a draft decision,
/// notices, special measures, directions, a referral to the DPP, a regulator taking a firm to court.
struct CommonwealthRegulatorWordingTests {
  @Test(arguments: [
    "The Central Bank of Ireland launched an enquiry into the firm in 2020.",
    "The OAIC commenced an investigation into the data breach in October.",
    "The CCI ordered a probe into the company's practices in 2022.",
    "The Competition Commission of India directed its investigation arm to probe the allegations in 2021.",
    "The Data Protection Commission issued a draft decision in its inquiry in June.",
    "The environmental health department served an abatement notice on the landlord in March.",
    "The regulator placed the firm under special measures in April.",
    "The regulator issued a direction to the company to stop the practice on Monday.",
    "The authority referred the matter to the Director of Public Prosecutions in 2022.",
    "The Australian Energy Regulator took the retailer to the Federal Court in 2023.",
    "The Reserve Bank of India issued a cease-and-desist directive to the lender in March.",
  ])
  func aRegulatorsStepIsEnforcement(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }

  @Test func enquiriesThatContinueAreNoNewInvestigation() {
    #expect(
      eventTypes("She has since been released on bail while enquiries continue.") == ["criminal.release"])
  }
}
