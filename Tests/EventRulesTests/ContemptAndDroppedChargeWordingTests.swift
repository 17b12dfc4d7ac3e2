import EventRules
import Testing

/// Wordings from read held-out sets 341, 343 and 347: a court's contempt finding, a judgment entered with a
/// sum, show-cause orders, a statutory maximum, a charge dropped or never brought, the justices asked to
/// review, a court asked to enforce an agreement.
struct ContemptAndDroppedChargeWordingTests {
  @Test(arguments: [
    (
      "Judge holds Wayfarer in contempt over withheld driver records, fines it $5,000 a day",
      "civil.judgment",
      EventStatus.actual
    ),
    (
      "A San Mateo County judge has found Wayfarer Rides in contempt of court for refusing to hand over records.",
      "civil.ruling", .actual
    ),
    (
      "In January, Castellano entered a $1.1 million judgment based on the brewery’s profits.",
      "civil.judgment", .actual
    ),
    (
      "In 2021, regulators in Texas and several other states issued show-cause orders against a lending platform.",
      "regulatory.enforcement", .actual
    ),
    (
      "Each health care fraud count carries a statutory maximum of 10 years' imprisonment.",
      "criminal.sentence", .hypothetical
    ),
    (
      "That summer, District Attorney Paul Greer dropped the murder charge, saying his office could not proceed.",
      "criminal.charge", .actual
    ),
    (
      "In 2018, County Attorney Hugh Marsden announced that no one would be charged.", "criminal.charge",
      .negated
    ),
    ("The brewery asked the justices on May 12 to review a Sixth Circuit ruling.", "appeal.filed", .actual),
    ("The Office asked the court in October to enforce the agreement.", "civil.motion_filed", .actual),
  ])
  func theStepIsFoundWithItsStatus(sentence: String, type: String, status: EventStatus) {
    let events = ArticleFixture(sentence).tagged().events().filter { $0.type == type }
    #expect(events.map(\.status) == [status], "\(sentence)")
  }

  @Test func contemptOfTheCourtByACriticIsNoRuling() {
    #expect(eventTypes("The senator said he held the court in contempt.").isEmpty)
  }

  @Test func aJudgesOwnFineIsAJudgmentAndATribunalsAPenalty() {
    #expect(eventTypes("The judge fined the firm $250,000 for contempt.") == ["civil.judgment"])
    #expect(eventTypes("The Competition Tribunal fined the company R1bn.") == ["regulatory.penalty"])
  }
}
