import EventRules
import Testing

/// A judge who will not block what a party challenges refuses an injunction, and an appeal court affirming a
/// dismissal decides the appeal rather than dismissing the case again (read held-out sets 313, 317, 321, 331).
struct RefusedBlockAndAffirmedDismissalTests {
  @Test(arguments: [
    "Judge refuses to block Bellmont's cap on delivery app fees",
    "Judge won’t block Eastmoor school board’s action against trustee",
    "A federal judge on Tuesday declined to halt the new rule.",
    "In 2022, a federal judge refused to block a regional grocery tie-up the FTC had opposed.",
  ])
  func aJudgeWhoWillNotBlockRefusesAnInjunction(sentence: String) {
    let events = taggedEvents(sentence)
    #expect(
      events.contains { $0.type == "civil.injunction" && $0.status == .negated },
      "\(sentence): \(events.map(\.type))")
  }

  @Test(arguments: [
    "The Senate refused to block the bill.",
    "The governor declined to halt the parade.",
  ])
  func aRefusalToBlockOutsideCourtIsNoInjunction(sentence: String) {
    #expect(!eventTypes(sentence).contains("civil.injunction"), "\(sentence)")
  }

  @Test func anAppealCourtAffirmingADismissalDecidesTheAppeal() {
    let events = taggedEvents(
      "A Ninth Circuit panel on Thursday affirmed the dismissal of a securities class action against Lumina Bio."
    )
    #expect(events.map(\.type) == ["appeal.decided"])
  }
}
