import EventRules
import Testing

/// Headline verbs without "to" (read held-out set 341): "company plans appeal" is a plan, "Ministry mulls
/// appeal" a prospect, and neither takes the publication day the headline's news does.
struct HeadlinePlanStatusTests {
  @Test(arguments: [
    (
      "State fines Sumner warehouse $287,400 after forklift death; company plans appeal", EventStatus.intended
    ),
    ("Ministry mulls appeal against ruling", .hypothetical),
  ])
  func aHeadlinePlanIsUndatedWithItsStatus(headline: String, status: EventStatus) {
    let events = ArticleFixture(headline + "\nThe ruling came on Monday.", published: "2025-06-10").tagged()
      .events()
    let appeals = events.filter { $0.type == "appeal.filed" }
    #expect(appeals.map(\.status) == [status], "\(headline)")
    #expect(appeals.first?.date == nil, "\(headline)")
  }

  @Test func aHeadlineAppealTakenIsTheDaysNews() {
    let events = ArticleFixture(
      "City appeals ruling on homeless camps\nThe city filed papers.", published: "2025-06-10"
    )
    .tagged().events()
    #expect(events.first { $0.type == "appeal.filed" }?.date?.value == "2025-06-10")
  }
}
