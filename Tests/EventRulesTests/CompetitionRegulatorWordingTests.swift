import EventRules
import Testing

/// Wordings of competition, data-protection and platform regulators in Europe and Asia that a blind
/// held-out set (16) showed missing: inquiries commenced, deals blocked, referrals to prosecutors,
/// corrective orders, bans by an administration, export curbs, and challenges of a regulator's decision.
struct CompetitionRegulatorWordingTests {
  @Test(arguments: [
    ("The DPC commenced the inquiry on 14 September 2020.", "regulatory.enforcement"),
    (
      "Separately, the DPC has commenced an own-volition inquiry into Chirrup’s transfers of data.",
      "regulatory.enforcement"
    ),
    ("The CMA blocked the deal on 26 April.", "regulatory.enforcement"),
    (
      "The CMA referred the takeover to an in-depth phase 2 investigation last October.",
      "regulatory.enforcement"
    ),
    (
      "That year the commission referred portal operator Nabi Communications and its chief executive to prosecutors.",
      "regulatory.enforcement"
    ),
    (
      "The Fair Trade Commission also issued a corrective order requiring Sorim to stop ranking its service first.",
      "regulatory.enforcement"
    ),
    ("The Cyberspace Administration of China on Wednesday banned Lumen, a dating app.", "regulatory.ban"),
    ("The High Court dismissed those proceedings in March of this year.", "civil.dismissal"),
    ("It has said that it will challenge the designation before the General Court.", "appeal.filed"),
    (
      "Sorim said it would file a lawsuit with the Seoul High Court to have the decision overturned.",
      "appeal.filed"
    ),
    ("The tribunal listed a case management conference for 4 July.", "civil.hearing"),
  ])
  func regulatorWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence) == [type], "\(sentence)")
  }

  @Test func aRestrictionOfExportsToACountryIsASanction() {
    let events = ArticleFixture(
      "The commerce ministry said it would restrict exports of drone components to the United States from 1 December."
    ).events()
    #expect(events.map(\.type) == ["regulatory.sanctions"])
  }

  @Test func aCriminalFineFacedIsASentenceNotARegulatorsPenalty() {
    let types = ArticleFixture(
      "If prosecutors indict Sorim, the company could face a criminal fine of up to 200 million won."
    ).events().map(\.type)
    #expect(types.contains("criminal.sentence"))
    #expect(!types.contains("regulatory.penalty"))
  }

  @Test func aCourtUpholdingARegulatorsOrderIsNoEnforcementOrInjunction() {
    let sentence =
      "In 2021 the tribunal upheld in full the watchdog's 2020 order forcing social network Plexa to sell Gifcraft."
    let types = eventTypes(sentence)
    #expect(
      !types.contains("civil.injunction") && !types.contains("regulatory.enforcement"),
      "\(sentence): \(types)")
  }
}
