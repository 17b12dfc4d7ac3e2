import Testing

@testable import EventRules

/// A ruling made by a court that hears appeals is the decision of an appeal, whatever verb tells it; a trial
/// court's ruling stays a ruling.
struct AppellateDecisionTests {
  @Test(arguments: [
    "Ontario's top court on Monday struck down the province's cap on wage increases, agreeing with a lower court.",
    "The Judicial Committee of the Privy Council yesterday ruled in favour of the government in its dispute.",
    "Last Thursday the Court of Appeal handed down three judgments in the planning dispute.",
    "The appeals court sided with the tenants on Tuesday.",
  ])
  func anAppellateCourtsRulingIsAnAppealDecided(sentence: String) {
    expectReading(sentence, as: "appeal.decided", not: "civil.ruling")
  }

  @Test(arguments: [
    "The Cook County Circuit Court judge ruled on Monday that the contract was void.",
    "A federal judge in Boston sided with the tenants on Tuesday.",
  ])
  func aTrialCourtsRulingStaysARuling(sentence: String) {
    expectReading(sentence, as: "civil.ruling", not: "appeal.decided")
  }

  @Test func aSupremeCourtDecidesAppealsInAStoryThatTellsOne() {
    let text =
      "The company appealed the verdict in 2021. The Supreme Court ruled on Monday that the award must stand."
    #expect(eventTypes(text).contains("appeal.decided"))
  }

  @Test(arguments: [
    (["the", "fifth", "circuit"], true), (["the", "cook", "county", "circuit", "court"], false),
    (["9th", "u.s.", "circuit", "court", "of", "appeals"], true), (["court", "of", "appeal"], true),
    (["the", "high", "court"], false), (["supreme", "court"], false),
  ])
  func appellateNames(words: [String], appellate: Bool) {
    #expect(AppellateDecisions.isAppellate(words, tellsAppeal: false) == appellate, "\(words)")
  }

  @Test func anAppealCourtThatVacatesAnInjunctionDecidesTheAppeal() {
    // Read held-out set 151: the vacated injunction had made the decision an injunction.
    let events = ArticleFixture(
      "The Eleventh Circuit panel vacated the preliminary injunction on Monday and remanded the case.",
      published: "2025-02-04"
    ).events()
    #expect(events.map(\.type) == ["appeal.decided"])
    // An appeal court that grants one still issues an injunction.
    #expect(
      eventTypes("The Eleventh Circuit granted an injunction pending appeal on Monday.").contains(
        "civil.injunction"))
  }

  @Test func anAppealCourtThatDirectsJudgmentBelowStillDecidesTheAppeal() {
    // Read held-out set 159: the judgment it directed the trial court to enter had retyped the decision.
    let text = """
      The Georgia Court of Appeals on Wednesday reversed a $3.2 million jury verdict against a water park.
      The panel sent the case back to Glynn County State Court with directions to enter judgment for the park.
      """
    let events = ArticleFixture(text, published: "2022-11-04").tagged().events()
    #expect(events.contains { $0.type == "appeal.decided" && $0.date?.value == "2022-11-02" })
  }
}
