import EventRules
import Testing

/// Wordings from read held-out sets 171, 173, 175 and 177: a supervisor's quieter steps (a skilled person,
/// a Form 483, a letter of inquiry, an inspection carried out, an information request, an inquiry closed), a
/// licence applied for, restrictions lifted; a parole panel refusing release and a bail review sought; bans
/// adopted or told as disqualification; reviews and appeals told by their application, rejection or leave;
/// and the everyday senses beside them.
struct SupervisionAndCustodyWordingTests {
  @Test(arguments: [
    (
      "The FCA appointed accountancy firm Ferris Noble as a skilled person last month.",
      "regulatory.enforcement"
    ),
    (
      "At the close of the FDA inspection, investigators handed the company a Form 483 listing nine observations.",
      "regulatory.enforcement"
    ),
    (
      "The Shanghai Stock Exchange, its regulator, sent Xinhe a letter of inquiry in January.",
      "regulatory.enforcement"
    ),
    (
      "It follows an inspection of the subsidiary's books that Sebi carried out between April and June last year.",
      "regulatory.enforcement"
    ),
    (
      "The state's Department of Financial Services closed an inquiry into Tallyho's collection practices.",
      "regulatory.enforcement"
    ),
    (
      "The FSA's inspectors began an on-site examination of the exchange last autumn.",
      "regulatory.enforcement"
    ),
    (
      "Ofcom served BrightWave with a formal information request last month.", "regulatory.enforcement"
    ),
    ("Tallyho applied for a California Financing Law license in March.", "regulatory.license"),
    (
      "Last week the Reserve Bank of India lifted restrictions on the company's prepaid wallet.",
      "regulatory.ban"
    ),
    (
      "The U.S. Attorney's Office for the District of Massachusetts sent a separate request for documents last month.",
      "criminal.investigation"
    ),
    ("Panels refused to direct his release in 2019.", "criminal.release"),
    (
      "On Tuesday, the Crown filed an application in Court of King's Bench to review the release order.",
      "appeal.filed"
    ),
    (
      "The Padel Integrity Unit charged them with 14 breaches of the sport's anti-corruption code in March.",
      "regulatory.enforcement"
    ),
    ("Gareth Lowther was disqualified for eight years in 2019.", "regulatory.ban"),
    ("The Village Board approved the ban on a 5-2 vote in October 2022.", "regulatory.ban"),
    (
      "The notice follows the Upper Tribunal's rejection last October of Wren's challenge.", "appeal.decided"
    ),
    ("Federal Court refuses to pause Health Canada ban on Thermaslim diet capsules", "civil.injunction"),
    ("The judicial review itself is scheduled to be heard in Toronto in May.", "civil.hearing"),
    ("It filed an application for judicial review in November.", "civil.complaint_filed"),
    (
      "The CPS applied to the Court of Appeal for the acquittal to be quashed.",
      "appeal.filed"
    ),
    ("The Thirteenth Court of Appeals affirmed in 2021.", "appeal.decided"),
    ("A single judge refused leave on the papers in January.", "appeal.decided"),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aLicenceAppliedForIsRequestedAndARefusedReleaseNegated() {
    let licence = taggedEvents("Tallyho applied for a California Financing Law license in March.")
    #expect(licence.first { $0.type == "regulatory.license" }?.status == .requested)
    let parole = taggedEvents("Panels refused to direct his release in 2019.")
    #expect(parole.first { $0.type == "criminal.release" }?.status == .negated)
  }

  @Test(arguments: [
    ("The company began trial production of cards in September.", "criminal.trial"),
    ("Under a WRO, CBP port personnel detain covered merchandise at entry.", "criminal.arrest"),
    ("The commission sent a written request for data on pricing terms to Hanul Eats.", "criminal.sentence"),
    (
      "The dissent said the correct remedy was a new trial, not a recalculation by the appeal court.",
      "appeal.filed"
    ),
    ("They also extended his driving ban to six years and nine months.", "regulatory.ban"),
    ("The CPS applied to the Court of Appeal for the acquittal to be quashed.", "criminal.acquittal"),
    ("Acquittal quashed and retrial ordered in 2008 murder of Reading care worker", "criminal.acquittal"),
    (
      "The case began in 2016, when the Tennessee Bureau of Investigation opened an inquiry.",
      "regulatory.enforcement"
    ),
  ])
  func anEverydayOrReferringSenseYieldsNoSuchStep(sentence: String, type: String) {
    #expect(!eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }
}
