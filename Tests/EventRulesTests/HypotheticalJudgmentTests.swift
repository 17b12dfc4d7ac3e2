import EventRules
import Testing

/// Damages a court could award are a hypothetical judgment, which writers record (read held-out sets 91 and
/// 110).
struct HypotheticalJudgmentTests {
  @Test(arguments: [
    "If the claim succeeds in full, Halcyon could be ordered to pay as much as £1.2bn, with any unclaimed damages going to charity.",
    "If the High Court restores the trial judgment, Coastline will have to pay the $285,000, plus interest.",
  ])
  func damagesACourtCouldAwardAreAHypotheticalJudgment(sentence: String) {
    let events = ArticleFixture(sentence).events().filter { $0.type == "civil.judgment" }
    #expect(events.map(\.status) == [.hypothetical], "\(sentence)")
  }

  @Test func anAppealAPartyCouldBringIsAHypotheticalAppeal() {
    let events = ArticleFixture(
      "If the ruling stands, the company could take the case to the Court of Appeal."
    ).events()
    #expect(events.filter { $0.type == "appeal.filed" }.map(\.status) == [.hypothetical])
  }
}
