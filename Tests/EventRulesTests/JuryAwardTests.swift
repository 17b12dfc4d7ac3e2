import EventRules
import Testing

/// A jury's award told without the word "damages" ("a jury awarded the driver $3 million") is a judgment.
struct JuryAwardTests {
  @Test func aJuryAwardIsAJudgment() {
    let found = ArticleFixture("A Fresno jury awarded the cyclist $3 million on Friday.").tagged().events()
    #expect(found.map(\.type) == ["civil.judgment"])
    #expect(found.first?.names("amount") == ["$3 million"])
  }

  @Test func anAwardWithoutAJuryIsNoJudgment() {
    #expect(
      ArticleFixture("The festival awarded the director its top prize on Friday.").tagged().events().isEmpty)
  }
}
