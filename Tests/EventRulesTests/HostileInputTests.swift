import EventRules
import Testing

/// Pages built to be slow: one endless sentence full of triggers, or thousands of mentions. The cost stays
/// linear (bounded work per match, per merge and per role), so these finish in seconds even in a debug build.
struct HostileInputTests {
  @Test func anEndlessSentenceOfTriggersStaysFast() {
    let text = String(repeating: "the company sued the firm and ", count: 1000) + "end."
    let clock = ContinuousClock()
    var count = 0
    let elapsed = clock.measure { count = ArticleFixture(text).events().count }
    #expect(count >= 1)
    #expect(elapsed < .seconds(20))
  }

  @Test func thousandsOfMentionsStayFast() {
    var text = "Headline\n"
    for i in 0..<300 {
      text += "Company\(i) sued Firm\(i) in court. The SEC fined Firm\(i) $5 million.\n"
    }
    let clock = ContinuousClock()
    var events: [LegalEvent] = []
    let elapsed = clock.measure { events = ArticleFixture(text).events() }
    #expect(events.count == 600)
    #expect(elapsed < .seconds(20))
  }
}
