import EventRules
import Testing

/// Wordings of housing, land and local-court news that a blind held-out set (31) showed misread:
/// possession orders, offences admitted, magistrates clearing a defendant, buildings taken off a list,
/// stop-work orders, bail granted in the active voice, requests to halt, a trial a magistrate directs.
struct HousingWordingTests {
  @Test(arguments: [
    ("Bexford County Court granted the council an interim possession order in March.", "civil.injunction"),
    ("Holt and Greer admitted the offence at a hearing on 17 April.", "criminal.plea"),
    ("Magistrates cleared a fourth defendant, Liam Doyle, 19, of the charge.", "criminal.acquittal"),
    ("A third defendant, Sasha Marsh, 25, was found guilty after a trial yesterday.", "criminal.trial"),
    ("Three of its buildings were taken off the Problem Properties List in August.", "regulatory.delisting"),
    ("Council officers issued a stop work order on 28 January.", "regulatory.ban"),
    // "stop work|stop-work order" once listed the hyphenated form where it could never match (read set 215).
    ("The city's building department posted a stop-work order at the site that afternoon.", "regulatory.ban"),
    ("The magistrate released Ouma on a cash bail of Sh300,000.", "criminal.release"),
    (
      "Local media reported that a second official had been taken in for questioning by detectives.",
      "criminal.arrest"
    ),
    ("Brightline filed eviction cases against 34 households in November.", "civil.complaint_filed"),
    (
      "The charges follow a months-long investigation by the district attorney’s Housing Crimes Unit.",
      "criminal.investigation"
    ),
    (
      "Crestmoor appealed both revocations to the Housing Appeals Board, which upheld them last month.",
      "appeal.decided"
    ),
  ])
  func aStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(eventTypes(sentence))")
  }

  @Test func aRequestToHaltOnItsOwnIsARequestedInjunction() {
    let events = ArticleFixture("In December its attorneys asked the court to halt all 34 cases.").events()
    #expect(events.map(\.type) == ["civil.injunction"])
    #expect(events.first?.status == .requested)
  }

  @Test func reliefANewLawsuitAsksForIsPartOfTheComplaint() {
    let types = eventTypes(
      "Residents filed a lawsuit against the city on Monday, asking a judge to block the warehouse project.")
    #expect(types == ["civil.complaint_filed"])
  }

  @Test func anOrderNotToActIsAnInjunctionNotARefusal() {
    let events = ArticleFixture(
      "Judge Renata Ojeda ordered Brightline not to move forward with any of the cases until it can show its notices were valid."
    ).events()
    #expect(events.first { $0.type == "civil.injunction" }?.status == .actual)
  }

  @Test func aTrialAMagistrateDirectsLiesAhead() {
    let events = ArticleFixture(
      "Ouma\nMs Wambui directed that the trial begin on May 8.", published: "2017-03-14"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.trial" }?.date?.value == "2017-05-08")
  }

  @Test(arguments: [
    "The cracks in the east wall are from foundation settlement, and the settlement was arrested decades ago.",
    "The single-storey cottage was listed as a heritage item in the council's local plan in 2009.",
  ])
  func aHousesWordsStayQuiet(sentence: String) {
    #expect(yieldsNone(of: ["criminal.arrest", "regulatory.designation"], sentence))
  }
}
