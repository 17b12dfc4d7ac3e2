import EventRules
import Testing

/// How far a negation reaches: "acted without notice when it revoked the licence" negates the notice, not
/// the revocation told in a clause of its own; "did not sue" still negates the suit.
struct NegationScopeTests {

  @Test(arguments: [
    "The board acted without a hearing when it revoked the license of Tamsin Ferries in March.",
    "The board gave no reason after it revoked the license of Tamsin Ferries in March.",
  ])
  func aNegationBeforeAnotherClauseDoesNotNegateTheTrigger(sentence: String) {
    let found = taggedEvents(sentence)
    #expect(found.map(\.type) == ["regulatory.license"], "\(sentence)")
    #expect(found.first?.status == .actual, "\(sentence)")
  }

  @Test func aNegationOfTheTriggersOwnClauseStillNegates() {
    let found = ArticleFixture("The board did not revoke the license of Tamsin Ferries in March.").tagged()
      .events().first
    #expect(found?.status == .negated)
  }

  @Test func aStepNamedAsMissingTellsNoEvent() {
    let types = ArticleFixture(
      "Without an injunction, the judge wrote, the plaintiffs would suffer harm. He had been held for 14 months without a bond hearing."
    ).tagged().events().map(\.type)
    #expect(!types.contains("civil.injunction"), "\(types)")
    #expect(!types.contains("civil.hearing"), "\(types)")
  }

  @Test func aRefusalNamedWithWithoutStays() {
    let events = ArticleFixture("A magistrate judge ordered him held without bail on Thursday.").tagged()
      .events()
    #expect(events.first { $0.type == "criminal.release" }?.status == .negated)
  }

  @Test func aNotGuiltyPleaNegatesNothingAfterIt() {
    let events = ArticleFixture("He pleaded not guilty at his arraignment in August.").tagged().events()
    #expect(events.filter { $0.type == "criminal.plea" }.count == 1)
    #expect(events.allSatisfy { $0.status == .actual })
  }
}
