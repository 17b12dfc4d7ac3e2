import EventRules
import Testing

/// Wordings from read held-out sets 135 and 136: a hospital discharge, settled law, a fishing village and
/// jail records are no legal step; a release on bond and a plea hearing are.
struct HeldOutFalseFriendTests {
  @Test(arguments: [
    (
      "He had a stent placed the next morning and was released from the hospital five days later.",
      "criminal.release"
    ),
    ("The court applied settled case law to the facts.", "civil.settlement"),
    ("That is settled law, the judge said.", "civil.settlement"),
    (
      "Lunch is grilled fish on a beach below a fishing settlement where kids play on a concrete basketball court.",
      "civil.settlement"
    ),
    ("The court records were released on Tuesday after a judge unsealed the file.", "criminal.release"),
    ("She was placed on the sex offender register in 2015.", "regulatory.designation"),
    ("The club's three-day inspection of the new stadium pitch ended on Friday.", "regulatory.enforcement"),
    ("But management charged ahead with cost cuts in August.", "criminal.charge"),
    ("Reporters began asking questions about the mayor's trip.", "regulatory.enforcement"),
    ("The European Commission opened an investigation into Tulpa in 2019.", "criminal.investigation"),
    ("B.C. Court of Appeal upholds injunction against Kesla Valley logging blockade", "civil.injunction"),
    (
      "The panel found the chambers judge had correctly applied the test for an interlocutory injunction.",
      "civil.injunction"
    ),
    ("The deal does not resolve a separate lawsuit filed by 23 residents last fall.", "civil.settlement"),
    (
      "Boards' challenges of sales data are likely to be subjects of supervisory review next year.",
      "regulatory.enforcement"
    ),
    (
      "Magistrates banned him from driving for 20 months and suspended his driving licence.",
      "regulatory.license"
    ),
    // Read held-out sets 92, 103, 115 and 116: a kabaddi raid, a prosecutors' squad, a regulator's inquiry.
    (
      "Late super raid helps Patna Thunder arrest their slide as Pune's review appeal falls flat",
      "criminal.investigation"
    ),
    (
      "The Tokyo District Public Prosecutors Office's special investigation squad also indicted Kirameki itself.",
      "criminal.investigation"
    ),
    (
      "Following an investigation, the Environment Agency charged Fenland Skip Hire with 4 offences.",
      "criminal.investigation"
    ),
    (
      "Cost cap auditors opened a formal inquiry into Vanterra's 2023 accounts in June.",
      "criminal.investigation"
    ),
  ])
  func itsFalseFriendYieldsNoEvent(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aReleaseTheJailRecordsTellIsARelease() {
    let sentence =
      "Mendez was released late Wednesday after posting a $25,000 bond, according to online jail records."
    #expect(eventTypes(sentence) == ["criminal.release"])
  }

  @Test func aPleaAndTrialPreparationHearingIsAPleaNotATrial() {
    let types = eventTypes(
      "Keane is due to appear at Chester Crown Court for a plea and trial preparation hearing on August 8.")
    #expect(types == ["criminal.plea"])
  }
}

/// A decision not to charge is a negated charge; a price a business will not charge is no charge at all.
struct DeclinedChargeTests {
  @Test func aChargeProsecutorsDeclineIsNegated() {
    let events = ArticleFixture("Prosecutors decided not to charge the officer.").events()
    #expect(events.map(\.type) == ["criminal.charge"])
    #expect(events.first?.status == .negated)
  }

  @Test func aFeeNotChargedIsNoCharge() {
    #expect(eventTypes("The bank will not charge customers for the transfer.").isEmpty)
  }
}

/// An inquiry by a body that investigates crime (the SFO, the Guardia Civil, India's Enforcement
/// Directorate, Singapore's Commercial Affairs Department) is a criminal investigation, not a regulator's
/// step, though its name holds "Office", "Directorate" or "Department" (read held-out sets 92, 98, 116, 135).
struct CrimeInvestigatorTests {
  @Test(arguments: [
    "The SFO opened its investigation in October 2021, four months after the company reported itself.",
    "The Guardia Civil began investigating the syndicate, which was run from Armenia, in 2018.",
    "India's Enforcement Directorate (ED) seized his flat. The ED had opened a separate inquiry into property he bought in London.",
    "The Commercial Affairs Department opened an investigation in October 2020.",
  ])
  func anInquiryByACrimeInvestigatorIsCriminal(sentence: String) {
    expectReading(sentence, as: "criminal.investigation", not: "regulatory.enforcement")
  }
}

/// A state's "Circuit Judge" sits on a trial court; a "U.S. Circuit Judge" on a federal court of appeals
/// (read held-out set 139).
struct CircuitJudgeTests {
  @Test func aStateCircuitJudgesRulingIsATrialCourtsRuling() {
    let types = eventTypes(
      "Circuit Judge Carla Ruiz-Hendricks rejected that request in 2021, finding he had no authority.")
    #expect(types == ["civil.ruling"])
  }

  @Test func aUSCircuitJudgesRulingDecidesAnAppeal() {
    let types = eventTypes(
      "U.S. Circuit Judge Carla Ruiz-Hendricks rejected that request in 2021, finding he had no authority.")
    #expect(types == ["appeal.decided"])
  }
}

/// Damages a court could award are a hypothetical judgment, which writers record (read held-out sets 91 and
/// 110).
struct HypotheticalJudgmentTests {
  @Test(arguments: [
    "If the claim succeeds in full, Halcyon could be ordered to pay as much as £1.2bn, with any unclaimed damages going to charity.",
    "If the High Court restores the trial judgment, Coastline will have to pay the $285,000, plus interest.",
  ])
  func damagesACourtCouldAwardAreAHypotheticalJudgment(sentence: String) {
    let events = ArticleFixture(sentence).events().filter { $0.type == "civil.judgment" }
    #expect(events.map(\.status) == [.hypothetical], "\(sentence)")
  }

  @Test func anAppealAPartyCouldBringIsAHypotheticalAppeal() {
    let events = ArticleFixture(
      "If the ruling stands, the company could take the case to the Court of Appeal."
    ).events()
    #expect(events.filter { $0.type == "appeal.filed" }.map(\.status) == [.hypothetical])
  }
}
