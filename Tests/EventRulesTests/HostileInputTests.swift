import EventRules
import Testing

/// Pages built to be slow: one endless sentence full of triggers, or thousands of mentions. The cost stays
/// linear (bounded work per match, per merge and per role); speed is measured by the benchmark, and the time
/// limit here only catches a hang, generously enough for a debug build under a sanitizer.
@Suite(.timeLimit(.minutes(10))) struct HostileInputTests {
  @Test func anEndlessSentenceOfTriggersGivesItsEvents() {
    let text = String(repeating: "the company sued the firm and ", count: 1000) + "end."
    #expect(ArticleFixture(text).events().count >= 1)
  }

  @Test func thousandsOfMentionsGiveTheirEvents() {
    var text = "Headline\n"
    for i in 0..<300 {
      text += "Company\(i) sued Firm\(i) in court. The SEC fined Firm\(i) $5 million.\n"
    }
    #expect(ArticleFixture(text).events().count == 600)
  }

  @Test func thousandsOfRetoldStepsWithNothingToldBeforeGiveNone() {
    // Each "issued the order" once read the whole article back for a withhold release order (30 s for 20,000
    // sentences in release); the article is now read once per rule.
    let text = String(
      repeating: "The agency issued the order in 2019 after a review of the plant. ", count: 3000)
    #expect(!ArticleFixture(text).events().contains { $0.type == "regulatory.ban" })
  }
}
