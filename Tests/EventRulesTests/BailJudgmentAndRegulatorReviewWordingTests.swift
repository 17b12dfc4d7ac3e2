import EventRules
import Testing

/// Wordings of bail decisions, civil judgments and motions, and regulators' reviews and discipline from the
/// held-out sets of bail, judgments, bans and procedure (199–205): bail applications refused, detention
/// ordered, payments to settle, fairness hearings, applications to set aside, removal to federal court,
/// regulators that began looking at a firm, professionals struck off, disciplinary charges.
struct BailJudgmentAndRegulatorReviewWordingTests {
  func events(_ text: String) -> [LegalEvent] { ArticleFixture(text).tagged().events() }

  @Test(arguments: [
    ("An application for bail was refused in June.", "criminal.release", EventStatus.negated),
    (
      "At a bail hearing in April, a justice of the peace ordered Ashby detained.", "criminal.release",
      .negated
    ),
    (
      "When he finally became eligible, the Ohio Parole Board denied him release last year.",
      "criminal.release", .negated
    ),
    (
      "A Superior Court judge on Wednesday ordered a 27-year-old Eastfield Township man to remain in jail until trial.",
      "criminal.release", .negated
    ),
    (
      "Defense attorney Luis Ocampo filed a motion last week asking Brandt to reduce the bond.",
      "criminal.release", .requested
    ),
    (
      "Judge Paul Arnesen released Brekke without bail at his first appearance Thursday afternoon.",
      "criminal.release", .actual
    ),
    (
      "Julián Aguilar Reyes walked out of the Northwest State Correctional Facility on Wednesday morning.",
      "criminal.release", .actual
    ),
    (
      "Judge Ransdell allowed her to remain free on an appeal bond while she challenged the verdict.",
      "criminal.release", .actual
    ),
    (
      "Troopers took Mott into custody for questioning but released him a few hours later.",
      "criminal.release", .actual
    ),
    (
      "In 2021, it paid $4.75 million to settle with 12 state attorneys general.", "civil.settlement", .actual
    ),
    (
      "Whitford settled separately with Alder Logistics, the broker that booked the load.",
      "civil.settlement", .actual
    ),
    (
      "In the spring of 2022 a judge ordered the trust to make an interim payment of £400,000.",
      "civil.judgment", .actual
    ),
    ("At a fairness hearing on Feb. 27, a handful of class members objected.", "civil.hearing", .actual),
    ("The company issued its application to set aside in November.", "civil.motion_filed", .actual),
    // Read held-out set 341: "set" with its particle past a short object schedules nothing.
    ("The company then asked the Superior Court to set the order aside.", "civil.motion_filed", .actual),
    ("Gulfmark removed the lawsuit to federal court two weeks later.", "civil.motion_filed", .actual),
    ("Lumora asked to transfer the case in January.", "civil.motion_filed", .actual),
    ("The plaintiffs asked for class certification last fall.", "civil.motion_filed", .actual),
    ("They were combined into a single case in January 2021.", "civil.ruling", .actual),
    (
      "The court conditionally certified a collective of roughly 1,100 recruiters in November 2023.",
      "civil.ruling", .actual
    ),
    ("She did, however, throw out the family's claim for punitive damages.", "civil.dismissal", .actual),
    ("The regulator began looking at the firm in the spring of 2020.", "regulatory.enforcement", .actual),
    ("The AGCO began a compliance review of the store in the spring.", "regulatory.enforcement", .actual),
    (
      "The Insolvency Service investigated the company's conduct after it went into liquidation.",
      "regulatory.enforcement", .actual
    ),
    (
      "Two online retailers settled with the agency last year, agreeing to stop selling the magnets.",
      "regulatory.enforcement", .actual
    ),
    ("The agency has also filed disciplinary charges against the bar.", "regulatory.enforcement", .actual),
    ("A Wirral solicitor who diverted clients' money has been struck off.", "regulatory.license", .actual),
    (
      "The midwife was suspended from practice for 12 months by the Nursing and Midwifery Council in 2017.",
      "regulatory.license", .actual
    ),
    (
      "In 2021 it paid $2.1 million to resolve a Texas Department of Insurance investigation.",
      "regulatory.penalty", .actual
    ),
  ])
  func aWordingYieldsItsTypeAndStatus(sentence: String, type: String, status: EventStatus) {
    let found = events(sentence).first { $0.type == type }
    #expect(found?.status == status, "\(events(sentence).map { "\($0.type) \($0.status)" })")
  }

  @Test(arguments: [
    ("The agency has also filed disciplinary charges against the bar.", "criminal.charge"),
    ("Her marrow was struck off the list of entries by the show judges.", "regulatory.license"),
    ("Residents remain free to comment on the plans until Friday.", "criminal.release"),
    ("Ocampo told the judge that Pruitt had no prior arrests and had never owned a gun.", "criminal.arrest"),
    ("I understand that he hasn't been convicted of anything.", "criminal.conviction"),
    (
      "In 2012, Parliament broadened the citizen's arrest provisions of the Criminal Code.", "criminal.arrest"
    ),
    ("The project was bailed out at a critical moment by a provincial heritage grant.", "criminal.release"),
    (
      "Judge Lindqvist has set a status conference for June 4 to talk about a schedule for summary judgment briefing.",
      "civil.judgment"
    ),
  ])
  func aFalseFriendYieldsNoStepOfThatType(sentence: String, type: String) {
    #expect(!events(sentence).contains { $0.type == type }, "\(events(sentence).map(\.type))")
  }

  @Test(arguments: [
    "The Garante also ordered the company to run a six-month information campaign on Italian radio.",
    "The decision also orders Novaterra to remove the contested clauses within 60 days.",
  ])
  func aRegulatorsOrderToActIsItsEnforcement(sentence: String) {
    #expect(
      events(sentence).contains { $0.type == "regulatory.enforcement" }, "\(events(sentence).map(\.type))")
  }

  @Test func aJudgesOrderToActStaysTheCourts() {
    let found = events("A judge ordered the company to remove the posts within a week.")
    #expect(!found.contains { $0.type == "regulatory.enforcement" }, "\(found.map(\.type))")
  }
}
