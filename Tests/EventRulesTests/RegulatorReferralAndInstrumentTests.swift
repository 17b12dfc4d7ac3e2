import EventRules
import Testing

/// A regulator that takes a business to a tribunal, refers its case against one there, or opens an
/// investigation into one is acting as enforcer, and so are its letters of investigation and its
/// investigators' findings; a party that refers its own case to a tribunal is appealing (read held-out sets).
struct RegulatorReferralAndInstrumentTests {
  @Test(arguments: [
    "The Commerce Commission is taking two electricity retailers to the Tribunal over misleading bills.",
    "The Competition Commission has referred a cartel case against three fertiliser producers to the Competition Tribunal.",
    "The Commission investigation into billing errors began in 2022.",
    "The agency sent the lender a letter of investigation in March.",
    "The bureau issued a Notice and Opportunity to Respond to the company.",
    "EEOC investigators found reasonable cause to believe the company discriminated against workers.",
  ])
  func aRegulatorsReferralOrInstrumentIsEnforcement(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }

  @Test func aReferredCartelCaseIsNoAppeal() {
    let types = eventTypes(
      "The Competition Commission has referred a cartel case against three fertiliser producers to the Competition Tribunal."
    )
    #expect(!types.contains("appeal.filed"))
  }

  @Test func aPartyReferringItsCaseToTheUpperTribunalAppeals() {
    #expect(eventTypes("Pellow referred the case to the Upper Tribunal.").contains("appeal.filed"))
  }

  @Test func aClaimantTakingAnEmployerToATribunalFilesAClaim() {
    #expect(
      eventTypes("Ms Hart took her former employer to an employment tribunal.").contains(
        "civil.complaint_filed"))
  }

  @Test func bringingCourtProceedingsFilesAClaim() {
    #expect(
      eventTypes("The council brought court proceedings against the landlord in May.").contains(
        "civil.complaint_filed"))
  }
}
