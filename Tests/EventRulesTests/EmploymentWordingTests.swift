import EventRules
import Testing

/// Wordings of employment and labour news that a blind held-out set (30) showed misread: a strike a judge
/// refused to stop, a board's complaint and reinstatement
/// order, a case heard over days, a release on an undertaking, a judge cutting a verdict; and a union
/// newsletter's false friends.
struct EmploymentWordingTests {
  @Test(arguments: [
    (
      "In 2009, a federal judge in Philadelphia refused to stop a strike by signal maintainers.",
      "civil.injunction"
    ),
    (
      "The Board’s regional office in Los Angeles issued a complaint against Brightline in January 2013.",
      "regulatory.enforcement"
    ),
    ("In 2011, the Board ordered Keller Moving & Storage to rehire two drivers.", "regulatory.enforcement"),
    (
      "In March, the provincial Department of Labour laid seven charges against Pellham Aggregates under the Occupational Health and Safety Act.",
      "regulatory.enforcement"
    ),
    (
      "Administrative Law Judge Miriam Castellanos heard the case over four days that spring.",
      "civil.hearing"
    ),
    ("He was charged and released later that day on an undertaking.", "criminal.release"),
    ("RCMP began investigating the day of the death.", "criminal.investigation"),
    ("Judge slashes $21.5M race bias verdict against Calder Freight to $487K", "civil.judgment"),
    ("Calder asked Whitfield in June to throw out the verdict.", "civil.motion_filed"),
    (
      "Coastline moved in January to compel arbitration, pointing to its new-hire packet.",
      "civil.motion_filed"
    ),
    (
      "The studio asked the court for permission to subpoena Google for the account holder’s details.",
      "civil.motion_filed"
    ),
    ("Brightline can still petition a federal court of appeals to review the Board’s order.", "appeal.filed"),
  ])
  func aStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(eventTypes(sentence))")
  }

  @Test func aStrikeAJudgeRefusedToStopIsANegatedInjunction() {
    let events = ArticleFixture(
      "In 2009, a federal judge in Philadelphia refused to stop a strike by signal maintainers."
    )
    .events()
    #expect(events.first { $0.type == "civil.injunction" }?.status == .negated)
  }

  @Test func aSentenceOpeningWithIfIsHypotheticalThroughout() {
    let events = ArticleFixture(
      "If the mechanics defy it, the union could be held in contempt and fined as much as $100,000 a day."
    ).events()
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { $0.status == .hypothetical })
  }

  @Test func anIfAddressedToTheReaderConditionsNothing() {
    let events = ArticleFixture(
      "If you follow Chinese tech at all, you will have seen it: late on Friday, the regulator announced an antitrust investigation into Qilin."
    ).events()
    #expect(events.contains { $0.status == .actual })
  }

  @Test func aDayABoundRunsToIsTheDayOfTheWhenClause() {
    let events = ArticleFixture(
      "Kessel\nThe restraining order remains in effect until Dec. 4, when Kessel has scheduled a further hearing.",
      published: "2012-11-21"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.hearing" }?.date?.value == "2012-12-04")
  }

  @Test func theHeadlinesOrderAndTheLedesOrderingAreOneInjunction() {
    let events = ArticleFixture(
      "Judge orders striking Tri-State Rail mechanics back to work\nA federal judge in Newark late Tuesday ordered some 2,300 striking mechanics back to work.\nU.S. District Judge Arthur Kessel granted the railroad a temporary restraining order against the union.",
      published: "2012-11-21"
    ).tagged().events()
    #expect(events.filter { $0.type == "civil.injunction" }.count == 1)
  }

  @Test func aResolutionMovedInParliamentIsNoMotionInCourt() {
    #expect(
      yieldsNone(
        of: ["civil.motion_filed"],
        "Premier Alfred Domett moved a resolution to transfer the capital from Auckland to a locality near Cook Strait."
      ))
  }

  @Test(arguments: [
    "Requests have climbed since two hotels closed last winter, said the coordinator, who called the turnout “our best appeal yet.”",
    "The list of raffle winners was released on the Local’s Facebook page on Monday.",
    "In 2019, the Employment Appeal Tribunal overturned a tribunal’s decision in Harwood v Deansgate Mutual.",
  ])
  func aNewslettersWordsAreNoSuchStep(sentence: String) {
    #expect(yieldsNone(of: ["appeal.filed", "criminal.release"], sentence))
  }
}
