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

  @Test func aRequestForAnInjunctionDeniedByItsReferenceIsANegatedInjunction() {
    // The refusal is told in a paragraph of its own; "that request" reads back to the injunction asked for.
    let events = ArticleFixture(
      "It asked the court for a preliminary injunction that would have frozen the investigation.\nCastañeda denied that request on June 18, saying the company was unlikely to win."
    ).events()
    #expect(events.contains { $0.type == "civil.injunction" && $0.status == .negated })
    #expect(!events.contains { $0.type == "civil.ruling" })
  }

  @Test func aRestrainingOrderGrantedByItsReferenceIsAnInjunction() {
    let events = ArticleFixture(
      "The tenants asked for a temporary restraining order. Judge Marisol Ketchum granted the order Thursday afternoon."
    ).events()
    #expect(events.contains { $0.type == "civil.injunction" && $0.status == .actual })
  }
}
