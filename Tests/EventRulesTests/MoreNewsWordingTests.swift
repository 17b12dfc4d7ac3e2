import EventRules
import Testing

/// A second round of everyday news wordings across the taxonomy (claims brought, court awards, verdicts with
/// an amount, review sought, charges laid or faced, plea changes, walking free, pulled licences, regulator
/// bans, compliance orders, proposed penalties, headline injunctions), each with its everyday false friends.
struct MoreNewsWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("The fisherman brought a negligence claim against the ferry line in 2020.", "civil.complaint_filed"),
    ("A new lawsuit accuses the gym chain of hidden fees.", "civil.complaint_filed"),
    ("The tribunal awarded the welder $60,000.", "civil.judgment"),
    ("The jury returned a $2.2 million verdict against the landlord.", "civil.judgment"),
    ("The bus company settled with the passengers for an undisclosed sum.", "civil.settlement"),
    ("The county sought review by the state Supreme Court.", "appeal.filed"),
    ("Detectives searched the warehouse on Friday.", "criminal.investigation"),
    ("The sheriff's office opened an investigation into the stabbing.", "criminal.investigation"),
    ("Prosecutors have charged the nurse with manslaughter.", "criminal.charge"),
    ("The former clerk faces theft charges.", "criminal.charge"),
    ("He changed his plea to guilty on Tuesday.", "criminal.plea"),
    ("The clerk was given a suspended sentence.", "criminal.sentence"),
    ("The exonerated man walked free on Thursday.", "criminal.release"),
    ("The activist was released pending trial.", "criminal.release"),
    ("Regulators pulled the clinic's accreditation in May.", "regulatory.license"),
    ("The FDA banned the additive in 2023.", "regulatory.ban"),
    ("The state issued a compliance order to the landfill for permit violations.", "regulatory.enforcement"),
    ("OSHA proposed $90,000 in penalties against the sawmill.", "regulatory.penalty"),
    ("Judge Halts Demolition of Historic Theater", "civil.injunction"),
  ])
  func aCommonWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "The committee is charged with overseeing the city budget.",
    "She bought a new suit for the wedding.",
    "Volunteers searched for the missing boy near the river.",
    "The panel awarded the scholarship to a student from Ohio.",
    "The family settled with their dog into the new house.",
    "The bill proposes fines for littering on beaches.",
    "The CEO issued an order requiring staff to return to the office.",
    "The food court halts sales at 9 p.m. on weekdays.",
  ])
  func theEverydaySenseOfTheseWordsYieldsNothing(sentence: String) {
    #expect(types(sentence).isEmpty, "\(sentence)")
  }

  @Test func beingExtraditedToFaceChargesIsNoNewCharge() {
    let found = types("The banker was extradited to France to face fraud charges.")
    #expect(found.contains("criminal.extradition"))
    #expect(!found.contains("criminal.charge"))
  }

  @Test func aRegulatorChargingAFirmIsEnforcementNotACriminalCharge() {
    let found = types("The SEC charged the brokerage with misleading investors.")
    #expect(found.contains("regulatory.enforcement"))
    #expect(!found.contains("criminal.charge"))
  }
}
