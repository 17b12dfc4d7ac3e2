import EventRules
import Testing

/// Wordings of US regulatory and corporate news that a blind held-out set (13) showed missing or misread:
/// listings told with a long target, class actions with an apposition, disputes resolved, regulators'
/// hearings and import bars; trends, screening disputes and products detained at the border are no events.
struct RegulatoryUpdateWordingTests {
  @Test(arguments: [
    (
      "On February 18, 2021, the Commerce Department’s Bureau of Industry and Security (BIS) added nine entities in China and the United Arab Emirates to the Entity List.",
      "regulatory.designation"
    ),
    ("OFAC had designated Orsk in March 2019.", "regulatory.designation"),
    (
      "The class action, led by the Merrimack Valley Carpenters Pension Fund, was filed the following month.",
      "civil.complaint_filed"
    ),
    ("Lumetric previously resolved a related dispute with Quorra Devices in 2022.", "civil.settlement"),
    (
      "In February, the agency barred imports from a Sunmarg Laboratories plant in Hyderabad.",
      "regulatory.ban"
    ),
    ("The FCC opened a hearing on the licenses the following year.", "regulatory.enforcement"),
  ])
  func regulatoryWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence) == [type], "\(sentence)")
  }

  @Test func aJudgeRejectingWhatWasArguedIsARuling() {
    let types = ArticleFixture(
      "U.S. District Judge Rosalind Achebe heard arguments on the motion in January and largely rejected it in March."
    ).events().map(\.type)
    #expect(types.contains("civil.ruling"))
  }

  @Test func aCompanyNameEndingInPteStaysInItsSentence() {
    let events = ArticleFixture(
      "In the same rule, BIS removed Larchmont Logistics Pte. Ltd., a Singapore freight forwarder, from the Entity List."
    ).events()
    #expect(events.map(\.type) == ["regulatory.delisting"])
  }

  @Test func aSummaryNamingTheRegulatorByItsAcronymIsTheSameListing() {
    let events = ArticleFixture(
      "OFAC added 23 persons tied to Iranian shipping to the SDN List. Two tankers were removed. On June 1, 2022, the Treasury’s Office of Foreign Assets Control (OFAC) designated 14 entities and nine individuals.",
      published: "2022-06-03"
    ).tagged().events().filter { $0.type == "regulatory.designation" }
    #expect(events.count == 1)
    #expect(events.first?.date?.value == "2022-06-01")
  }

  @Test func aPenaltyPaidToSettleARegulatorsClaimsIsNoSettlement() {
    let types = ArticleFixture(
      "Its former CFO, Douglas Renner, agreed to pay a $150,000 penalty to settle the agency’s claims against him."
    ).events().map(\.type)
    #expect(!types.contains("civil.settlement"))
  }

  @Test(arguments: [
    "Regulators have fined lenders billions of dollars over the past decade for moving money for sanctioned parties.",
    "When a customer is flagged, a bank can appeal to the review team, which aims to settle disputes over matches.",
    "It allows U.S. customs officers to detain any product from the plant at the border.",
    "In May 2013, Meridale pleaded guilty to felony charges of selling adulterated drugs.",
  ])
  func trendsScreeningAndBorderHoldsAreNoSuchEvents(sentence: String) {
    #expect(
      yieldsNone(
        of: ["regulatory.penalty", "civil.settlement", "criminal.arrest", "criminal.charge"], sentence),
      "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    "FCC pulls licenses of two Keel Valley radio stations over owner’s fraud conviction",
    "The renewal applications, filed while Tasker was in prison, did not mention the conviction.",
  ])
  func aConvictionReferredToIsNoNewConviction(sentence: String) {
    #expect(!eventTypes(sentence).contains("criminal.conviction"), "\(sentence)")
  }

  @Test(arguments: [
    "Competition officials sent Lumora a statement of objections in September.",
    "Four months later, it agreed to a recall under a consent agreement with the commission.",
    "Many of the stores had been cited by inspectors from the state Department of Agriculture.",
    "The department opened an investigation that fall.",
  ])
  func aRegulatorsStepToldThisWayIsEnforcement(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.enforcement"), "\(eventTypes(sentence))")
  }

  @Test func aPoliceDepartmentsInvestigationIsNoRegulatorsStep() {
    let types = eventTypes("The police department opened an investigation into the shooting that night.")
    #expect(!types.contains("regulatory.enforcement"))
  }

  @Test func aRegulatorsPowersAreNoPenalty() {
    #expect(
      yieldsNone(
        of: ["regulatory.penalty"],
        "It can cancel or suspend a licence, censure a licensee, and impose fines of up to $15,000 for individuals."
      ))
  }

  @Test func payingToSettleASuitIsNoPaymentToARegulator() {
    let types = eventTypes(
      "Back in 2010 the agency paid $1.5 million to settle a suit from boy band Four Corners.")
    #expect(!types.contains("regulatory.penalty"))
  }
}
