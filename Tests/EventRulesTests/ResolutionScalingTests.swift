import EventRules
import Testing

/// Resolving descriptions, pronouns and judges against every name of a long article must not scan every
/// name for each lookup: thousands of distinct judges and described parties still finish in seconds.
struct ResolutionScalingTests {
  @Test func manyJudgesAndDescriptionsStayFast() {
    var text = "Headline\n"
    for i in 0..<1600 {
      text += "Judge Paula Wren\(i) of the Harbor\(i) County Court ruled that the county had to pay. "
      text += "It sued the city of Arlow\(i) in 2016. Both companies said they would appeal.\n"
    }
    let clock = ContinuousClock()
    var events: [LegalEvent] = []
    let elapsed = clock.measure { events = ArticleFixture(text).events() }
    #expect(events.count >= 1600)
    #expect(elapsed < .seconds(20))
  }
}
