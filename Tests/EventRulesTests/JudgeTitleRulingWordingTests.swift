import EventRules
import Testing

/// An English judge's title before the verb, with the court and the day between the verb and its "that"
/// (read held-out set 337): "Mrs Justice Albright ruled at the high court on Friday that …".
struct JudgeTitleRulingWordingTests {
  @Test func aJusticeRulingAtTheCourtIsARuling() {
    let events = ArticleFixture(
      "Mrs Justice Albright ruled at the high court on Friday that the posts had caused serious harm to his reputation.",
      published: "2024-03-23"
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.ruling"])
    #expect(events.first?.date?.value == "2024-03-22")
  }

  @Test func theJudgesNextActTakesTheRulingsDay() {
    let events = ArticleFixture(
      "Mrs Justice Albright ruled at the high court on Friday that the posts were defamatory. The judge also granted an injunction barring Lanigan from repeating the allegations.",
      published: "2024-03-23"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.injunction" }?.date?.value == "2024-03-22")
  }

  @Test func aMinisterOfJusticeAtAMeetingIsNoRuling() {
    #expect(eventTypes("The Justice Minister held talks at the summit on Friday.").isEmpty)
  }
}
