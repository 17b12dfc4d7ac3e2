import EventRules
import Testing

/// A story about a mock trial or moot court tells arrests, verdicts and appeals that never happened; a real
/// case that only mentions one in passing keeps its events. And "pardon our dust" pardons no one.
struct MockProceedingsTests {
  @Test func aMockTrialStoryHoldsNoCourtEvents() {
    let text = """
      Eastfield mock trial team wins state title
      The students' client, a fictional bakery owner, was found not guilty of arson on Saturday after a \
      two-hour trial. Retired Judge Ann Patel, who presided over the mock trial, ordered the plaintiff to pay \
      costs in cupcakes. The team said it would appeal to the court of public opinion.
      """
    let fixture = ArticleFixture(text, published: "2024-03-12").tagged()
    #expect(fixture.events().isEmpty, "\(fixture.events().map(\.type))")
    let reasons = fixture.explain().flatMap(\.vetoed).map(\.reason)
    #expect(reasons.contains("the article tells a mock trial, not a case"))
  }

  @Test func aRealCaseThatMentionsAMockTrialOnceKeepsItsEvents() {
    let text = """
      Former teacher charged with fraud
      Dana Reyes, who once coached the school's mock trial team, was charged with wire fraud on Monday, \
      prosecutors said.
      """
    let types = ArticleFixture(text, published: "2024-03-12").tagged().events().map(\.type)
    #expect(types.contains("criminal.charge"))
  }

  @Test func pardonOurDustPardonsNoOne() {
    #expect(
      yieldsNone(
        of: ["criminal.pardon"],
        "Pardon our dust: the branch library will stay closed until March while crews replace the roof."))
  }
}
