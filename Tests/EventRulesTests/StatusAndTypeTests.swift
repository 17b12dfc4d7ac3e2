import EventRules
import Testing

/// Statuses read from modal and announcement frames, decisions that end an order rather than make one, and a
/// motion to dismiss granted by its reference.
struct StatusAndTypeTests {
  @Test func aRightToAppealIsHypotheticalAndNamesTheProsecution() {
    let events = ArticleFixture("Prosecutors can appeal the acquittal within 30 days.").events()
    let appeal = events.first { $0.type == "appeal.filed" }
    #expect(appeal?.status == .hypothetical)
    #expect(appeal?.names("prosecutor") == ["Prosecutors"])
  }

  @Test func anAnnouncementOfWhatWouldHappenIsAnnounced() {
    let events = ArticleFixture(
      "The ministry announced that a ban on fishing in the bay would be lifted."
    ).events()
    #expect(events.first?.type == "regulatory.ban")
    #expect(events.first?.status == .announced)
  }

  @Test func liftingAnInjunctionIsNoNewInjunction() {
    let events = ArticleFixture(
      "The appeals court on Tuesday lifted the injunction that had blocked the zoning rule."
    ).events()
    #expect(!events.contains { $0.type == "civil.injunction" })
    #expect(events.contains { $0.type == "appeal.decided" })
  }

  @Test func aMotionToDismissGrantedByItsReferenceIsADismissal() {
    let granted = ArticleFixture(
      "The city moved to dismiss the claim, and Judge Alan Brightwater granted that motion in August 2017."
    ).events()
    #expect(granted.contains { $0.type == "civil.dismissal" })
    let denied = ArticleFixture(
      "The city moved to dismiss the claim, and Judge Alan Brightwater denied that motion in August 2017."
    ).events()
    #expect(!denied.contains { $0.type == "civil.dismissal" })
    #expect(denied.contains { $0.type == "civil.ruling" })
  }
}
