import EventRules
import Testing

/// A judge's finding told in the sentences just after a judgment or a conviction, with no time of its own,
/// gives that decision's reasons and is no ruling of its own (read held-out sets 127, 135, 145, 149).
struct FindingsAfterDecisionTests {
  @Test func aFindingAfterTheJudgmentIsItsReason() {
    let text = """
      Judge Okafor awarded the tenant £18,000 in damages on Friday.
      Judge Okafor found the council had ignored the mould for years.
      """
    let types = ArticleFixture(text, published: "2024-02-10").tagged().events().map(\.type)
    #expect(types == ["civil.judgment"], "\(types)")
  }

  @Test func aFindingWithATimeOfItsOwnIsARuling() {
    let text = """
      Judge Okafor awarded the tenant £18,000 in damages on Friday.
      In 2019, Judge Okafor found the same council had ignored a leak.
      """
    let types = ArticleFixture(text, published: "2024-02-10").tagged().events().map(\.type)
    #expect(types.contains("civil.ruling"), "\(types)")
  }
}
