import EventRules
import Testing

/// Wordings from trade-press, long-form, sports and local pages written apart from the rules: claims filed
/// and joined, counterclaims thrown out, courts that fine, suits resolved for a sum, bids turned aside,
/// appeals told as taking a case higher; each with the everyday sense that must stay quiet.
struct TradePressAndNarrativeWordingTests {
  @Test(arguments: [
    ("Dr Lomax filed the claim in May last year.", "civil.complaint_filed"),
    (
      "Llewellyn-Hart, a former chief executive of a passenger watchdog, filed her claim in March last year.",
      "civil.complaint_filed"
    ),
    (
      "The Georgia attorney general's office joined the case as a co-plaintiff a week later.",
      "civil.complaint_filed"
    ),
    (
      "The Wisconsin Supreme Court suspended his law license in December 2021.",
      "regulatory.license"
    ),
    (
      "The company resolved a separate shareholder suit in the Delaware Court of Chancery for $14 million last year.",
      "civil.settlement"
    ),
    ("The two companies later settled on confidential terms.", "civil.settlement"),
    (
      "In 2018 Brussels fined Holtmark, a decision the General Court largely upheld three years later.",
      "appeal.decided"
    ),
    ("A judge threw out the countersuit in February.", "civil.dismissal"),
    ("Baptiste threw out Wexler's counterclaim as well.", "civil.dismissal"),
    ("Vance turned that bid aside in June.", "civil.ruling"),
    ("Rourke denied Price's request to lower Keel's bond from $250,000.", "criminal.release"),
    ("Former band boosters treasurer gets jail, probation for theft", "criminal.sentence"),
    ("The former treasurer will spend 60 days in the county jail.", "criminal.sentence"),
    ("Prosecutor Megan Schutte had asked Nyquist to send Albright to prison.", "criminal.sentence"),
    ("The family said they would ask the Texas Supreme Court to reinstate the verdict.", "appeal.filed"),
    ("Prairie Crest said that it would ask a court to overturn the revocation.", "appeal.filed"),
    ("Either side can still take the case to the Court of Justice.", "appeal.filed"),
    ("The case finally went before a jury in October 2021.", "criminal.trial"),
    ("Another violation could cost the tavern its permit for good.", "regulatory.license"),
    ("Last year the tribunal certified a £1.5bn claim against smartphone maker Orrin.", "civil.ruling"),
    (
      "If Tallyrun violates the order, the CFPB may seek additional civil money penalties in federal court.",
      "regulatory.penalty"
    ),
    (
      "In 2008, an Ontario court fined the mine's previous owner $400,000 for a tailings spill.",
      "criminal.sentence"
    ),
    (
      "The tribunal was not persuaded, and in January it banned Rowe for the full four years.",
      "regulatory.ban"
    ),
    (
      "He was released two days later on a $5 million bond secured by his parents' house.", "criminal.release"
    ),
    ("The sheriff's office began looking into the thefts in November.", "criminal.investigation"),
    (
      "The ITIA, which took over the unit's work in January, charged both men in March.",
      "regulatory.enforcement"
    ),
    (
      "The review commission referred Ellis's conviction to the Court of Appeal in March 2021.",
      "appeal.filed"
    ),
    ("His trial that autumn lasted barely three weeks.", "criminal.trial"),
    ("A federal judge denied Pruett's request for compassionate release.", "criminal.release"),
    ("The parties agreed to the settlement in February after two days of mediation.", "civil.settlement"),
    ("Pellucid Health's $48 mln data breach settlement wins preliminary approval", "civil.ruling"),
    (
      "The SEC is asking a judge to permanently bar Quillfin from making the tokens available.",
      "civil.injunction"
    ),
    ("Her lawyers would challenge the award before the Swiss Federal Tribunal.", "appeal.filed"),
    ("Kiprono persuaded CAS in 2019 to cut his ban from four years to two.", "appeal.decided"),
    ("The commission announced the eight-point deduction on 28 March.", "regulatory.penalty"),
    (
      "Its commissioners voted 3-0 to challenge the deal, filing an administrative complaint.",
      "regulatory.enforcement"
    ),
    (
      "The creamery pleaded guilty last year and was ordered to pay a $3 million criminal fine.",
      "criminal.sentence"
    ),
    ("The groups petitioned the court to review the registration in January 2022.", "appeal.filed"),
    (
      "The State Plant Board voted on Saturday to prohibit dravofen applications in the state.",
      "regulatory.ban"
    ),
    (
      "FDA bars imports from Sarvik Pharma's Hyderabad plant after inspectors find shredded records",
      "regulatory.ban"
    ),
    ("Prosecutors had pressed for at least four and a half years.", "criminal.sentence"),
    (
      "Okafor's sentencing hearing is set for June 5 before U.S. District Judge Paul Eriksen.",
      "criminal.sentence"
    ),
    (
      "Judge Brenda Kowalczyk agreed with the group on Sept. 6, ruling that the guidance was invalid.",
      "civil.ruling"
    ),
    ("The case was brought by a Sudanese man and the charity Haven Migrant Rights.", "civil.complaint_filed"),
    ("The high court dismissed the claim last March.", "civil.dismissal"),
    ("Haven said it would consider further legal action if the department refused.", "civil.complaint_filed"),
    (
      "She said the coalition would ask the full 9th Circuit to reconsider the panel's decision.",
      "appeal.filed"
    ),
    ("The State Department revoked his student visa in late September.", "regulatory.license"),
    ("His lawyers filed the case in February.", "civil.complaint_filed"),
    (
      "Australian court orders release of stateless man held nine years in immigration detention",
      "civil.ruling"
    ),
    ("They will not ask the Supreme Court for emergency relief.", "appeal.filed"),
    ("The misdemeanor carries a maximum of a year in county jail.", "criminal.sentence"),
    ("The consultant has not been charged.", "criminal.charge"),
    (
      "The secretary of state's office went straight to the Supreme Court, bypassing the Court of Appeals.",
      "appeal.filed"
    ),
    ("His client was disappointed but would not seek further review.", "appeal.filed"),
    ("It also asks the court to order Halcyon to stop distributing the track.", "civil.injunction"),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(taggedEvents(sentence).map(\.type).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    ("He filed the claim with his insurer in March.", "civil.complaint_filed"),
    ("Helion itself isn't a party to the appeal.", "appeal.filed"),
    ("\"The appeal of the Sun Belt is obvious,\" Osei said.", "appeal.filed"),
    ("If anything, the show's appeal has only grown.", "appeal.filed"),
    ("An appeal from a group of sprinters for a central fund has gathered 4,000 signatures.", "appeal.filed"),
    ("He was pulled over, according to an arrest report obtained by News 6 on Monday.", "criminal.arrest"),
    (
      "The zoning board voted in January to grant Keystone a variance from the height limit.",
      "regulatory.license"
    ),
    ("The court fined the lawyers for discovery abuses.", "criminal.sentence"),
    ("The new die is the same, just bonded out differently.", "criminal.release"),
    ("The review commission referred Ellis's conviction to the Court of Appeal.", "criminal.conviction"),
    ("The company argued that the village had waited too long to sue.", "civil.complaint_filed"),
    ("In 2006 the committee banned cellphones from the clubhouse.", "regulatory.ban"),
    ("It is not the first time neighbors have taken the zoning board to court.", "civil.complaint_filed"),
    ("The charity can claim a tax deduction for the gift.", "regulatory.penalty"),
    (
      "Its commissioners voted to challenge the deal, filing an administrative complaint.",
      "civil.complaint_filed"
    ),
    ("The creamery pleaded guilty and was ordered to pay a $3 million criminal fine.", "civil.judgment"),
    ("The board banned the weedkiller regardless of what happens on appeal.", "appeal.filed"),
    ("The board banned the weedkiller regardless of what happens on appeal.", "appeal.decided"),
    ("Okafor's sentencing hearing is set for June 5.", "civil.hearing"),
    ("The judge agreed with me that the coffee was terrible.", "civil.ruling"),
    ("The minister dismissed the claim that the scheme had failed.", "civil.dismissal"),
    ("The police filed the case against the driver in February.", "civil.complaint_filed"),
    (
      "A judge issued an injunction that blocked ICE from making civil arrests at courthouses.",
      "criminal.arrest"
    ),
    ("The Tenth Circuit on Tuesday affirmed the denial of a preliminary injunction.", "civil.injunction"),
    ("She lost her bid for a third term that November.", "civil.ruling"),
    ("American officials have argued for years that it was time to help Sudan.", "criminal.sentence"),
    ("Activists have pushed for years to change the law.", "criminal.sentence"),
  ])
  func theEverydaySenseStaysQuiet(sentence: String, type: String) {
    #expect(!taggedEvents(sentence).map(\.type).contains(type), "\(sentence)")
  }

  @Test func aPenaltyARegulatorMaySeekIsNoSentence() {
    let types = taggedEvents("The CFPB may seek additional civil money penalties in federal court.").map(
      \.type)
    #expect(!types.contains("criminal.sentence"))
  }

  @Test func aRetrialProsecutorsWillNotSeekIsANegatedTrial() {
    let trial = taggedEvents("The Crown Prosecution Service said that it would not seek a retrial.").first {
      $0.type == "criminal.trial"
    }
    #expect(trial?.status == .negated)
  }

  @Test func preliminaryApprovalIsARulingDatedByItsOwnTime() {
    let events = ArticleFixture(
      "The judge granted preliminary approval to the settlement on Tuesday.", published: "2024-05-22"
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.ruling"])
    #expect(events.first?.date?.value == "2024-05-21")
  }

  @Test func aCourtSuspendingALicenceIsNoInjunction() {
    let types = taggedEvents("The Supreme Court suspended his law license in December 2021.").map(\.type)
    #expect(!types.contains("civil.injunction"))
  }
}
