import EventRules
import Testing

/// What appellate reporting tells besides appeals filed and decided: an appeal heard or argued (a hearing),
/// leave asked for and refused, a petition for rehearing or for judicial review, a ban adopted, an order that
/// permanently bars, motions asked of a named judge, suits considered or named with their filing;
/// and what only sounds like a trial, a conviction or a settlement in those stories.
struct LeaveAndRehearingWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("The appeal was heard over three days in the spring before Lord Justice Carr.", "civil.hearing"),
    ("The appeal was argued over two days in November.", "civil.hearing"),
    ("The appeal is likely to be heard in the first half of next year.", "civil.hearing"),
    ("If the justices take the case, it would likely be argued next spring.", "civil.hearing"),
    ("Her lawyers then applied for leave to appeal to the Supreme Court of Canada.", "appeal.filed"),
    (
      "The commission is considering whether to seek special leave to appeal to the High Court.",
      "appeal.filed"
    ),
    ("The top court dismissed his application for leave to appeal on Thursday.", "appeal.decided"),
    (
      "The Court of Appeal refused the builder permission to take the case to the Supreme Court.",
      "appeal.decided"
    ),
    ("His clients had filed a petition for rehearing with the appeals court that morning.", "appeal.filed"),
    ("The High Court has granted special leave in Delacroix v Coastline Media Pty Ltd.", "appeal.decided"),
    ("Special leave granted in Delacroix v Coastline Media", "appeal.decided"),
    ("The Court of Appeal granted the tenants permission to appeal in January.", "appeal.decided"),
    ("Ninth Circuit Will Rehear Rydely Driver-Classification Case En Banc", "appeal.decided"),
    ("The drivers asked for rehearing en banc in November.", "appeal.filed"),
    ("Hartwell has indicated that it will seek permission to appeal to the Supreme Court.", "appeal.filed"),
    ("Her application for special leave was filed in May.", "appeal.filed"),
    ("The city council adopted the ban in October 2016 after complaints about noise.", "regulatory.ban"),
    (
      "The judge struck down the ordinance and permanently barred the city from enforcing it.",
      "civil.injunction"
    ),
    ("The lender petitioned the Marion Superior Court for judicial review in August 2014.", "appeal.filed"),
    ("The co-op will petition the full commission for discretionary review.", "appeal.filed"),
    (
      "The defense would first ask Superior Court Judge Louisa Carrington to set aside the verdict.",
      "civil.motion_filed"
    ),
    ("The company has asked the tribunal to hear the case on an expedited basis.", "civil.motion_filed"),
    (
      "A separate class action concerning the same practices, filed in April 2012 in federal court, remains pending.",
      "civil.complaint_filed"
    ),
    ("The company elevated the case to the Court of Appeals in April 2013.", "appeal.filed"),
    (
      "He has also applied to the Financial Services Tribunal for reconsideration of the decision.",
      "appeal.filed"
    ),
    (
      "The city said it would move to dissolve the restraining order before the court hearing.",
      "civil.motion_filed"
    ),
    (
      "On Tuesday, the regulator moved an application seeking that the stay be vacated, arguing the Court lacked the full report.",
      "civil.motion_filed"
    ),
    (
      "The residents asked for the emergency order in February, after more wells were tainted.",
      "civil.injunction"
    ),
    ("The platform launched its urgent application on 2 August.", "civil.injunction"),
    (
      "The judge turned down the residents' request for an order forcing the company to supply water.",
      "civil.injunction"
    ),
    ("High Court throws out founder's bid to halt the regulator's penalty", "civil.injunction"),
    (
      "A single-judge bench passed the interim order in a writ petition filed by the academy.",
      "civil.complaint_filed"
    ),
    ("In January, the trial court denied his petition for bail.", "criminal.release"),
    ("The tribunal has set the matter down for hearing on 14 September.", "civil.hearing"),
  ])
  func anAppellateWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(sentence)")
  }

  @Test func aSuitBeingConsideredIsHypothetical() {
    let events = ArticleFixture(
      "The family's lawyer said they are considering a civil lawsuit against the deputy."
    )
    .tagged().events()
    #expect(events.map(\.type) == ["civil.complaint_filed"])
    #expect(events.first?.status == .hypothetical)
  }

  @Test func aRegulatorsComplaintNamedWithItsFilingIsNoCivilSuit() {
    let types = types(
      "The SEC's complaint against Ostrander, filed in federal court in Denver, alleges that he misled investors."
    )
    #expect(!types.contains("civil.complaint_filed"))
  }

  @Test func aRefusedRequestForAnOrderIsANegatedInjunction() {
    let events = ArticleFixture(
      "He turned down the residents' request for an order forcing the company to supply bottled water."
    ).events()
    #expect(events.first { $0.type == "civil.injunction" }?.status == .negated)
  }

  @Test func anAppealHeardOrArguedIsAHearingNotAFiling() {
    #expect(types("The appeal was argued over two days in November.") == ["civil.hearing"])
  }

  @Test(arguments: [
    // The appeal is heard later: the order lasts until then, and nothing was heard yet.
    (
      "It asked the court to suspend the compliance order while the appeal is heard.", "civil.hearing"
    ),
    ("Supreme Court won't hear ex-promoter's appeal, clearing way for new fraud trial", "criminal.trial"),
    ("Appeals court throws out ex-CEO's fraud conviction, orders new trial", "criminal.conviction"),
    ("With the grant they laid drainage channels and arrested the flooding.", "criminal.arrest"),
    ("Otieno speaks with the conviction of someone who has seen the idea work.", "criminal.conviction"),
    (
      "It argued that riders had agreed to settle any disputes through private arbitration.",
      "civil.settlement"
    ),
  ])
  func whatOnlySoundsLikeTheStepYieldsNoSuchEvent(sentence: String, type: String) {
    #expect(!types(sentence).contains(type), "\(sentence)")
  }
}
