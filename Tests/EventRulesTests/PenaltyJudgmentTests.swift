import EventRules
import Testing

/// A court's penalty judgment in a regulator's case is the court's judgment, and what the court "also"
/// ordered takes its day (read held-out set 152).
struct PenaltyJudgmentTests {
  @Test func aPenaltyJudgmentIsAJudgmentAndWhatTheCourtAlsoOrderedTakesItsDay() {
    let text = """
      Justice Priya Raman handed down the penalty judgment in the Federal Court in Melbourne on Wednesday.
      The court also restrained the company for three years from advertising a discount without the full price.
      """
    let events = ArticleFixture(text, published: "2024-08-29").tagged().events()
    #expect(events.contains { $0.type == "civil.judgment" && $0.date?.value == "2024-08-28" })
    #expect(events.contains { $0.type == "civil.injunction" && $0.date?.value == "2024-08-28" })
  }

  @Test func aTimeInAClauseOpenedBySinceIsNotTheFindingsTime() {
    // Read held-out set 156: "since reforms took effect in July 2021" had dated the judge's finding, and
    // through it the judgment and the costs order.
    let text = """
      Judge Rosalind Kerr delivered her judgment in the District Court at Lismore on Wednesday.
      Judge Kerr found the posts had caused serious harm to her reputation, the threshold plaintiffs have had to clear since reforms took effect in NSW in July 2021.
      """
    let events = ArticleFixture(text, published: "2023-11-16").tagged().events()
    #expect(!events.contains { $0.date?.value == "2021-07" }, "\(events.map { ($0.type, $0.date?.value) })")
  }
}
