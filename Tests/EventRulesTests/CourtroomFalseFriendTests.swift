import EventRules
import Testing

/// Briefs filed in support of a side are no motion, and a bench that sits beside a court is furniture (read
/// held-out set 151).
struct CourtroomFalseFriendTests {
  @Test(arguments: [
    "The National Association of Independent Broadcasters, which filed a brief supporting Harborline, said it was disappointed.",
    "Medical groups filed briefs supporting the hospital, warning that a looser standard would drive up premiums.",
    "Twelve states filed an amicus brief backing the tribe.",
  ])
  func aBriefForASideIsNoMotion(sentence: String) {
    #expect(!eventTypes(sentence).contains("civil.motion_filed"), "\(sentence)")
  }

  @Test func aPartysOwnBriefAskingForDismissalIsStillAMotion() {
    #expect(eventTypes("Acme filed a motion to dismiss the case on Friday.").contains("civil.motion_filed"))
  }

  @Test func aBenchBesideATennisCourtIsNoHearing() {
    #expect(
      eventTypes("The nets were up and a small bench sat beside each court.").isEmpty)
    #expect(eventTypes("The court sat on Tuesday to hear the landlord's claim.").contains("civil.hearing"))
  }
}
