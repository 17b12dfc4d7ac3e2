import EventRules
import Testing

/// Statuses read from modal and announcement frames, and decisions that end an order rather than make one.
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
}
