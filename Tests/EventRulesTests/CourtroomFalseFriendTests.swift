import EventRules
import Testing

/// Briefs filed in support of a side are no motion, a bench that sits beside a court is furniture, and a
/// courtroom's rules, a deadline to surrender or a county's history of paying are no steps (read held-out sets
/// 151 and 159).
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

  @Test(arguments: [
    (
      "Phones were banned in the courtroom, so parents waited in the hallway for the results.",
      "regulatory.ban"
    ),
    ("Brandt has seven days to surrender to authorities.", "criminal.arrest"),
    ("He was ordered to surrender by Monday to begin serving his sentence.", "criminal.arrest"),
    (
      "It is not the first time the county has paid to resolve claims from jail medical staff.",
      "civil.settlement"
    ),
  ])
  func aCourtroomRuleADeadlineOrAHistoryIsNoStep(sentence: String, type: String) {
    #expect(!eventTypes(sentence).contains(type), "\(sentence)")
  }
}
