import EventRules
import Testing

/// Wordings of health, pharma and product-liability news that a blind held-out set (28) showed misread:
/// lawsuits that "followed", a class action "was filed", an application dismissed, a regulator deciding not
/// to ban, a class certified, a payment agreed with its time in between, a standfirst's bare "ruling".
struct HealthLitigationWordingTests {
  @Test(arguments: [
    ("The first lawsuits followed that summer in federal court in Minneapolis.", "civil.complaint_filed"),
    (
      "In Australia, a class action led by grower Tom Castellano was filed in the Federal Court in Melbourne in 2020.",
      "civil.complaint_filed"
    ),
    ("Plaintiffs asked the court to certify the class last spring.", "civil.motion_filed"),
    ("Judge Certifies Nationwide Class of GlucoSure X2 Insulin Pump Users", "civil.ruling"),
    (
      "The company agreed in 2020 to pay about $10 billion to resolve roughly 95,000 Clearfield claims.",
      "civil.settlement"
    ),
  ])
  func aCaseStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(eventTypes(sentence))")
  }

  @Test func anApplicationDismissedIsARulingOnAMotion() {
    let events = ArticleFixture(
      "Last month, Justice Miriam Kells dismissed an application by Verdane’s subsidiary to have the case struck out.",
      published: "2025-06-12"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.ruling" }?.date?.value == "2025-05")
    #expect(events.first { $0.type == "civil.motion_filed" }?.date == nil)
    #expect(!events.contains { $0.type == "civil.dismissal" })
  }

  @Test func aRegulatorDecidingNotToBanIsANegatedBan() {
    let events = ArticleFixture(
      "Australia’s pesticides regulator, the APVMA, reviewed the chemical in 2019 and decided not to ban or restrict its sale."
    ).events()
    #expect(events.map(\.type) == ["regulatory.ban"])
    #expect(events.first?.status == .negated)
  }

  @Test func aPleaOfNotGuiltyIsNoRefusal() {
    let events = ArticleFixture("She pleaded not guilty on May 2.").events()
    #expect(events.first { $0.type == "criminal.plea" }?.status == .actual)
  }

  @Test func aTrialInACivilCaseIsItsHearing() {
    let events = ArticleFixture(
      "A class action against Verdane was filed in the Federal Court in 2020.\nThe trial is due to begin in October."
    ).events()
    #expect(events.contains { $0.type == "civil.hearing" && $0.status == .scheduled })
    #expect(!events.contains { $0.type == "criminal.trial" })
  }

  @Test func aStandfirstsBareRulingIsTheDecisionToldAfterIt() {
    let events = ArticleFixture(
      "The ruling in Georgia will be read closely in Melbourne.\nA three-judge panel of the Georgia Court of Appeals ruled on Tuesday that the award was excessive.",
      published: "2025-06-12"
    ).tagged().events()
    #expect(events.map(\.type) == ["appeal.decided"])
  }

  @Test func aTimeInTheClauseOfTheTriggersObjectIsNotTheTriggers() {
    let events = ArticleFixture(
      "Orchard agreed earlier this week to pay $3.5 million to resolve a lawsuit Caldwell's office filed late last year.",
      published: "2026-02-19"
    ).tagged().events()
    #expect(events.filter { $0.type == "civil.settlement" }.map { $0.date?.value } == ["2026-W08"])
  }

  @Test func aTimeAfterAVerbOfStartingIsTheTriggersOwn() {
    let events = ArticleFixture(
      "The case grew out of an FBI investigation that began in 2021, after a tenant complained.",
      published: "2024-02-19"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.investigation" }?.date?.value == "2021")
  }

  @Test(arguments: [
    "The robot cost $1.2 million, about a third of which came from a community appeal run by the hospital foundation.",
    "The school decided to ban phones from classrooms for the rest of the year.",
    "The headteacher has banned phones from the playground.",
  ])
  func anEverydaySenseStaysQuiet(sentence: String) {
    #expect(yieldsNone(of: ["appeal.filed", "regulatory.ban"], sentence))
  }

  @Test(arguments: [
    (
      "The department fined the hospital $250,000 and put the hospital’s license on provisional status for a year.",
      "regulatory.license"
    ),
    ("The FDA signed off on Castellan’s abbreviated new drug application on Aug. 28.", "regulatory.license"),
    (
      "The department also barred the hospital, effective immediately, from admitting patients to the ICU.",
      "regulatory.ban"
    ),
  ])
  func aRegulatorsActToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(eventTypes(sentence))")
  }

  @Test func theLargestFineEverIsAComparisonNotAFine() {
    #expect(
      yieldsNone(
        of: ["regulatory.penalty"],
        "A spokeswoman said it is the largest fine the agency has imposed on a hospital in at least five years."
      ))
  }

  @Test func theHearingNamedByItsMonthIsTheHearingToldBefore() {
    let events = ArticleFixture(
      "The judge heard arguments on the motion in January.\nThe pump maker filed its papers.\nPatients described alarms.\nThe FDA received reports.\nIts lawyers told the court at the January hearing that the company would seek review.",
      published: "2024-04-09"
    ).tagged().events()
    #expect(events.filter { $0.type == "civil.hearing" }.count == 1)
  }

  @Test func theInjunctionInAConditionalIsTheInjunctionGranted() {
    let events = ArticleFixture(
      "Judge Lindqvist granted a preliminary injunction on Friday, halting the launch.\nHe ordered Lumeris to post a $150 million bond to cover Castellan’s losses if the injunction is later found to have been wrongly granted.",
      published: "2019-09-16"
    ).tagged().events()
    #expect(events.filter { $0.type == "civil.injunction" }.map(\.status) == [.actual])
  }
}
