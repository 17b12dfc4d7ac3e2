import EventRules
import Testing

/// Steps told in the words of regulators' and tribunals' reporting: permissions varied and approvals
/// suspended, citations by a department, prosecutions brought by an agency, referrals to a tribunal,
/// permission for a claim granted, orders pausing a case, no-fly listings; and the everyday senses of the
/// same words.
struct RegulatorPermissionAndReferralWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    (
      "Six months later the FCA varied Harrowgate's permissions so that it could no longer advise on pensions.",
      "regulatory.license"
    ),
    ("The FSA suspended the plant's approval to cut and supply meat in September.", "regulatory.license"),
    ("The commissioners voted unanimously in October to revoke the licences.", "regulatory.license"),
    ("The county health department cited the park after tests found bacteria.", "regulatory.enforcement"),
    (
      "The prosecution was brought by the Food Standards Agency after an investigation.",
      "regulatory.enforcement"
    ),
    ("CFPB orders Lendara to refund $11 million over paycheck-advance tips", "regulatory.enforcement"),
    (
      "A third individual has referred the regulator's decision in his case to the Upper Tribunal.",
      "appeal.filed"
    ),
    ("Permission for the claim to go ahead was granted on 2 February.", "civil.ruling"),
    ("It obtained an order pausing the investigation while the case was heard.", "civil.injunction"),
    ("The tribunal is due to hear the case in January.", "civil.hearing"),
    ("A committee placed the passenger on the national no-fly list on 5 March.", "regulatory.designation"),
    (
      "Federal prosecutors in Manhattan charged the firm's former finance chief last month with fraud.",
      "criminal.charge"
    ),
    (
      "The company said it would ask the court to send the fans' claims to arbitration.", "civil.motion_filed"
    ),
  ])
  func aRegulatorOrTribunalWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(sentence)")
  }

  @Test func aSettlementNobodyPlansIsNegated() {
    let events = ArticleFixture("The county's lawyer said the county had no plans to settle.").tagged()
      .events()
    #expect(events.map(\.type) == ["civil.settlement"])
    #expect(events.first?.status == .negated)
  }

  @Test(arguments: [
    // A case heard is the time an order lasts, not a hearing of its own.
    ("It obtained an order pausing the investigation while the case was heard.", "civil.hearing"),
    ("The judge said the company deserved a live hearing before an administrative judge.", "civil.hearing"),
    (
      "Congress could channel challenges into a single court, as it does for some agency orders.",
      "regulatory.enforcement"
    ),
    ("\"I have told them so with some conviction,\" she said.", "criminal.conviction"),
    ("Riot police charged into the crowd outside the stadium.", "criminal.charge"),
  ])
  func theEverydaySenseOfTheseWordsYieldsNoSuchEvent(sentence: String, type: String) {
    #expect(!types(sentence).contains(type), "\(sentence)")
  }
}
