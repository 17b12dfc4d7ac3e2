import EventRules
import Testing

/// The day a case is put off to dates its next sitting, not the other steps of the sentence ("refused bail
/// and adjourned the matter to 12 September").
struct PutOffDayDatingTests {
  @Test func aRefusalIsNotDatedByTheDayTheCaseIsPutOffTo() {
    let events = ArticleFixture(
      "The magistrate refused bail and postponed the matter to 12 September.", published: "2024-05-10"
    ).tagged().events()
    let refusal = events.first { $0.type == "criminal.release" }
    #expect(refusal?.status == .negated)
    #expect(refusal?.date == nil)
  }

  @Test func theNextSittingIsDatedByIt() {
    let events = ArticleFixture(
      "The case was adjourned to 12 September for a hearing.", published: "2024-05-10"
    )
    .tagged().events()
    #expect(events.first { $0.type == "civil.hearing" }?.date?.value == "2024-09-12")
  }
}
