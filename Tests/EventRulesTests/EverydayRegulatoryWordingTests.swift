import EventRules
import Testing

/// Everyday newsroom wordings of regulatory steps that a blind phrase bank (30 wordings per type, written
/// without the rules) showed unread, each with a neighbour that must stay quiet.
struct EverydayRegulatoryWordingTests {
  @Test(arguments: [
    (
      "The Home Secretary proscribed the Southern Dawn network as a terrorist organisation on Friday.",
      "regulatory.designation"
    ),
    (
      "EU ministers named 30 Belarusian officials on the bloc's sanctions list on Friday.",
      "regulatory.designation"
    ),
    (
      "The addition of Kangxin to the Entity List on Friday means suppliers need a licence.",
      "regulatory.designation"
    ),
    (
      "Pakistan was removed from the Financial Action Task Force's grey list on Friday.",
      "regulatory.delisting"
    ),
    (
      "The State Department revoked the designation of the militia as a terrorist organization on Tuesday.",
      "regulatory.delisting"
    ),
    ("The Treasury lifted the asset freeze on the mining executive on Monday.", "regulatory.delisting"),
    ("EU ministers allowed the arms embargo on Syria to expire on Monday.", "regulatory.sanctions"),
    ("The G7 agreed a price cap on Russian seaborne crude on Friday.", "regulatory.sanctions"),
    (
      "The Communications Authority awarded a national telecoms licence to a new operator on Tuesday.",
      "regulatory.license"
    ),
    (
      "A Manchester GP was struck off the medical register on Wednesday by a tribunal panel.",
      "regulatory.license"
    ),
    (
      "The Bank of Ghana restored the operating licence of the savings lender on Tuesday.",
      "regulatory.license"
    ),
    (
      "The Federal Aviation Administration grounded all the jets on Wednesday after a second crash.",
      "regulatory.ban"
    ),
    (
      "The Financial Conduct Authority imposed a prohibition order on the former fund manager on 7 February.",
      "regulatory.ban"
    ),
    ("The government outlawed the sale of disposable vapes on Monday, the ministry said.", "regulatory.ban"),
    (
      "The Information Commissioner's Office served an enforcement notice on the marketing firm on 12 March.",
      "regulatory.enforcement"
    ),
    ("The Monetary Authority reprimanded a former relationship manager in June.", "regulatory.enforcement"),
    (
      "The data protection watchdog slapped the search giant with a 50 million euro fine on Monday.",
      "regulatory.penalty"
    ),
    (
      "The Reserve Bank penalised the co-operative bank ₹2 lakh on 4 June for breaking its rules.",
      "regulatory.penalty"
    ),
  ])
  func aRegulatoryStepInEverydayWords(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "The tanker was carrying Russian crude above the price cap set by Western governments.",
    "It is the largest administrative penalty the regulator has imposed on a bank since 2018.",
    "The case grew out of an investigation by the Commerce Department's Office of Export Enforcement.",
    "The newspaper lifted its embargo on the story at midnight.",
    "He was hit with a parking fine on Friday.",
    "The reporter was barred from the courtroom on Monday, the court said.",
  ])
  func theirNeighboursAreNoNewStep(sentence: String) {
    let types = Set(eventTypes(sentence))
    let quiet: Set<String> = [
      "regulatory.sanctions", "regulatory.penalty", "regulatory.enforcement", "regulatory.ban",
    ]
    #expect(types.isDisjoint(with: quiet), "\(sentence): \(types)")
  }

  @Test(arguments: [
    (
      "International sanctions that had crippled Iran's economy for years were lifted on Saturday.",
      "regulatory.sanctions"
    ),
    (
      "A UN arms embargo was slapped on South Sudan on Friday after the Security Council vote.",
      "regulatory.sanctions"
    ),
    (
      "India blocked TikTok, WeChat and 57 other Chinese apps on Monday, the government said.",
      "regulatory.ban"
    ),
    ("Nigeria's government lifted its seven-month suspension of Twitter on Wednesday.", "regulatory.ban"),
    (
      "The player was suspended for four years by the tennis integrity agency on Tuesday for doping.",
      "regulatory.ban"
    ),
    (
      "Brussels sent Google a third set of formal antitrust charges on Thursday, the Commission said.",
      "regulatory.enforcement"
    ),
    (
      "The environment agency reported the distillery to the procurator fiscal in September.",
      "regulatory.enforcement"
    ),
  ])
  func secondRoundWordings(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aThirdSetOfChargesSchedulesNothing() {
    let events = ArticleFixture(
      "Brussels sent Google a third set of formal antitrust charges on Thursday, the Commission said.",
      published: "2016-07-15"
    ).tagged().events()
    let step = events.first { $0.type == "regulatory.enforcement" }
    #expect(step?.status == .actual)
    #expect(step?.date?.value == "2016-07-14")
  }

  @Test(arguments: [
    (
      "The Union Home Ministry on Tuesday declared the Canada-based gangster an individual terrorist.",
      "regulatory.designation"
    ),
    (
      "The Financial Action Task Force on Friday withdrew Burkina Faso from its list of jurisdictions under increased monitoring.",
      "regulatory.delisting"
    ),
    (
      "Washington on Friday revoked a 20-year-old trade embargo on Sudan, citing improvements in cooperation.",
      "regulatory.sanctions"
    ),
    ("Ofcom stripped the channel of its UK broadcasting licence on Friday.", "regulatory.license"),
    (
      "Pakistan's telecom regulator has blocked access to X across the country, rights groups said.",
      "regulatory.ban"
    ),
    (
      "The Central Bank of the UAE has imposed a financial sanction of AED 5.8 million on an exchange house.",
      "regulatory.penalty"
    ),
  ])
  func thirdRoundWordings(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func skillsNoLongerListedAreNoDelisting() {
    #expect(
      !eventTypes("I wonder how many of these skills are no longer listed because they are table stakes.")
        .contains(
          "regulatory.delisting"))
  }
}
