import EventRules
import Testing

/// Resolving descriptions, pronouns and judges against every name of a long article must not scan every
/// name for each lookup. Speed is measured by the benchmark (not by a timed test on a shared machine); the
/// time limit here only stops a hang.
@Suite(.timeLimit(.minutes(10))) struct ResolutionScalingTests {
  @Test func manyJudgesAndDescriptionsAreResolvedWithinTheHangGuard() {
    var text = "Headline\n"
    for i in 0..<1600 {
      text += "Judge Paula Wren\(i) of the Harbor\(i) County Court ruled that the county had to pay. "
      text += "It sued the city of Arlow\(i) in 2016. Both companies said they would appeal.\n"
    }
    #expect(ArticleFixture(text).events().count >= 1600)
  }
}
