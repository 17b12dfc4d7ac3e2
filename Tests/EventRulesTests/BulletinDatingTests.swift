import EventRules
import Testing

/// A newsletter's item gives its date in brackets or in a line of its own after the item ("(Dec. 7)",
/// "Order issued May 3."), and that date is the item's.
struct BulletinDatingTests {
  @Test(arguments: [
    "- Stay granted: a Nairobi court suspends the new fuel levy until the petition is heard (July 8).",
    "ICYMI: Judge tosses the ex-CFO's defamation claim against Strata Mining. (July 8)",
    "Also filed: a motion by Gannet Air for a change of venue in the crash litigation. (Thursday, Superior Court.)",
    "ICYMI: A judge ordered the homeowners' association to reopen the pool to renters. Order issued July 8.",
  ])
  func theItemTakesTheDateItCloses(text: String) {
    let events = ArticleFixture(text, published: "2021-07-10").tagged().events()
    #expect(!events.isEmpty, "\(text)")
    for event in events { #expect(event.date?.value == "2021-07-08", "\(text): \(event.type)") }
  }

  @Test func aDecisionPublishedOnADayDatesTheActToldBeforeIt() {
    let events = ArticleFixture(
      "Privacy watchdog fines online pharmacy ZorgDirect €2.75m over breach\nThe Dutch Data Protection Authority has fined online pharmacy ZorgDirect €2.75 million for failing to protect customer data. In a decision published on Thursday, the regulator said the company had left a database open. ZorgDirect said on Friday that it had lodged an appeal.",
      published: "2021-07-10"
    ).tagged().events()
    let penalty = events.first { $0.type == "regulatory.penalty" }
    #expect(penalty?.date?.value == "2021-07-08")
    #expect(penalty?.evidence.count == 2)
  }
}
