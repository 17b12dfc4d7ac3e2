import EventRules
import Testing

/// Steps told in the words of regulators' and tribunals' reporting: permissions varied and approvals
/// suspended, citations by a department, prosecutions brought by an agency, referrals to a tribunal,
/// permission for a claim granted, orders pausing a case, no-fly listings, inquiries begun; and the everyday
/// senses of the same words, and names that end in a step's word ("Bureau of Investigation").
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
    (
      "According to the department, licensing staff began looking into the daycare in January.",
      "regulatory.enforcement"
    ),
    (
      "Department examiners began a review of the lender's records in the fall of 2013.",
      "regulatory.enforcement"
    ),
    (
      "The action follows a statutory inspection of the bank that the RBI carried out in November 2020.",
      "regulatory.enforcement"
    ),
    (
      "The board's regional director issued a complaint on Jan. 9, accusing the company of firing three workers.",
      "regulatory.enforcement"
    ),
    (
      "The Monetary Authority of Singapore said it had directed the exchange to appoint a reviewer.",
      "regulatory.enforcement"
    ),
    (
      "The company paid a civil penalty in December to end the state agency's own investigation.",
      "regulatory.enforcement"
    ),
    (
      "Its investigation committee referred the allegations to a disciplinary hearing in June 2020.",
      "regulatory.enforcement"
    ),
    ("Four days later, the municipality banned swimming and fishing in both lakes.", "regulatory.ban"),
    ("In May the Federal Aviation Administration grounded four of the airline's A220s.", "regulatory.ban"),
    (
      "The Rangers opened their inquiry in the spring of 2018 after a complaint to the district attorney.",
      "criminal.investigation"
    ),
    (
      "The National Bureau of Investigation opened a criminal inquiry in January 2019.",
      "criminal.investigation"
    ),
    ("In March 2022, the judge overseeing the suit put the case against the trader on hold.", "civil.ruling"),
    (
      "The regulator launched civil penalty proceedings in the Federal Court in March.",
      "regulatory.enforcement"
    ),
    (
      "SEC Settles Cherry-Picking Case Against Coldharbour Capital and Bars Portfolio Manager",
      "regulatory.enforcement"
    ),
    (
      "In an interim order in June 2021, the regulator impounded 18.6 crore rupees of the gains.",
      "regulatory.enforcement"
    ),
    (
      "He was detained on a warrant issued by prosecutors, who are investigating suspected laundering.",
      "criminal.investigation"
    ),
    (
      "The firm said it had already applied to the Administrative Appeals Tribunal for a review of the cancellation.",
      "appeal.filed"
    ),
    ("In August of that year they served Carrow with civil investigative demands.", "regulatory.enforcement"),
    (
      "Inspectors from the board visited the home on Aug. 12 after a family complained.",
      "regulatory.enforcement"
    ),
    (
      "The lawyer called the order overbroad and said the company would ask the court to dissolve it.",
      "civil.motion_filed"
    ),
    (
      "The commission removed the carrier from its Robocall Mitigation Database in October 2024.",
      "regulatory.delisting"
    ),
    ("Mott settled with the states in November, agreeing to pay $150,000.", "civil.settlement"),
    ("The airline has also applied for an interim stay of both decisions.", "civil.injunction"),
    ("The KBA, which is based in Flensburg, ordered the recall on 9 June.", "regulatory.enforcement"),
    (
      "The maker is also asking the court to suspend the recall order until the case is decided.",
      "civil.injunction"
    ),
    (
      "The state Public Employment Relations Board opened an investigation in December.",
      "regulatory.enforcement"
    ),
    ("The DGCA's order suspended the academy's approval for six months.", "regulatory.license"),
    ("He applied to the minister in 2015 to be removed from the list.", "regulatory.delisting"),
    (
      "The Bureau of Immigration placed the co-founder on its blacklist last month.", "regulatory.designation"
    ),
    (
      "On February 23, OFAC announced a $2,164,500 settlement with a Houston logistics company.",
      "regulatory.penalty"
    ),
    // A name that goes on past the step's word ("Extradition Unit") is left to the rules.
    (
      "He was handed over to the Garda Extradition Unit at Dublin Airport on Tuesday.", "criminal.extradition"
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
    (
      "The FDA has said it plans to double the number of unannounced inspections there.",
      "regulatory.enforcement"
    ),
    (
      "A grand jury indicted him last week, capping an 18-month investigation by the Texas Rangers.",
      "criminal.investigation"
    ),
    (
      "Agents from the Bureau of Narcotics Investigation began looking into the clinic.",
      "regulatory.enforcement"
    ),
    ("The judge put the case on hold until the criminal charges were resolved.", "criminal.charge"),
    ("Harwick Mining's shares were delisted at the close of trading on Wednesday.", "regulatory.delisting"),
    (
      "The win is the task force's first, though its members have reached settlements with several others.",
      "civil.settlement"
    ),
    (
      "The carmaker said it had ordered a voluntary recall of the vans.",
      "regulatory.enforcement"
    ),
    // A name that ends in a step's word names an office or a book, not the step.
    (
      "Agents of the Federal Bureau of Investigation trained local officers in Denver.",
      "criminal.investigation"
    ),
    (
      "The Lyric Stage opens its season tonight with an adaptation of Kafka's novel The Trial.",
      "criminal.trial"
    ),
    ("The builder has appealed the suspension to the Office of Administrative Hearings.", "civil.hearing"),
  ])
  func theEverydaySenseOfTheseWordsYieldsNoSuchEvent(sentence: String, type: String) {
    #expect(!types(sentence).contains(type), "\(sentence)")
  }
}
