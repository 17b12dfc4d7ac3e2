import EventRules
import Testing

/// Appeals told by the court they go to, in the progressive, or as a petition to a high court; decisions
/// told as a case sent back or reinstated; and the appeal to people that is no appeal.
struct AppealNewsWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("The landlords have appealed to the 5th Circuit.", "appeal.filed"),
    ("The county is appealing the verdict.", "appeal.filed"),
    ("The railway petitioned the Supreme Court for review in May.", "appeal.filed"),
    ("The appeals court sent the case back to the trial judge.", "appeal.decided"),
    ("An appellate panel reinstated the lawsuit on Monday.", "appeal.decided"),
    ("A state appeals court tossed the verdict in 2020.", "appeal.decided"),
  ])
  func aCommonAppealWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "The choir appealed to parents to bring cakes for the fair.",
    "The senator is appealing to younger voters.",
    "Her new novel is appealing to readers of mysteries.",
    "The students petitioned the principal for a longer lunch.",
    "The shop sent the parcel back to the warehouse.",
    "The team reinstated the captain after a one-game suspension.",
  ])
  func theEverydaySenseOfTheseWordsYieldsNothing(sentence: String) {
    #expect(types(sentence).isEmpty, "\(sentence)")
  }
}
