import EventRules
import Testing

/// Wordings of government-contracts and military-justice news that a blind held-out set (39) showed
/// misread: suspension and debarment, an operating authority suspended, a court-martial, a conviction thrown
/// out, a long list of parties added to the Entity List; and a law firm's and a trade show's false friends.
struct GovernmentContractsWordingTests {
  @Test(arguments: [
    ("A week later, the Army suspended the company from receiving new federal work.", "regulatory.ban"),
    ("The Army debarred Marrow Ridge and its owner for three years.", "regulatory.ban"),
    (
      "In August 2015, the Federal Motor Carrier Safety Administration suspended Marrow Ridge’s interstate operating authority.",
      "regulatory.license"
    ),
    ("His court-martial began on Oct. 15, 2018, at Camp Lejeune.", "criminal.trial"),
    (
      "The military’s highest court on Tuesday threw out the conviction of a Marine staff sergeant.",
      "appeal.decided"
    ),
    ("Halvorsen said it would move to intervene in the lawsuit.", "civil.motion_filed"),
    (
      "The allegations were investigated by NCIS and the Defense Criminal Investigative Service.",
      "criminal.investigation"
    ),
    (
      "In September, the Bureau of Industry and Security added the UAE trading company, Sahara Gate General Trading LLC, and two of its affiliates to the Entity List.",
      "regulatory.designation"
    ),
    (
      "In 2010 a federal judge in Oklahoma ordered Sooner Vet Care, which ran VA clinics around Lawton, to pay $3.2 million.",
      "civil.judgment"
    ),
  ])
  func aContractingOrMilitaryStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aBanNotImposedIsNegated() {
    let events = ArticleFixture("The Navy has not suspended or debarred Coastline.").events()
    #expect(events.filter { $0.type == "regulatory.ban" }.map(\.status) == [.negated])
  }

  @Test func aWindowToActIsNoStepTaken() {
    let events = ArticleFixture("Government appellate lawyers have 10 days to ask the court to reconsider.")
      .events()
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { $0.status == .hypothetical })
  }

  @Test(arguments: [
    "Those provisions permit private parties to sue on behalf of the United States.",
    "Our export controls and sanctions team regularly assists clients with license applications.",
    "The system can arrest a 25-ton fighter in less than 300 feet.",
    "Arresting gear you can carry, the company said.",
    "The bank denied that the Hawks were looking into two of the debarred managers.",
  ])
  func aLegalSoundingWordOfAnotherSenseIsNoEvent(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }

  @Test func aTimeInsideARelativeClauseBeforeTheVerbIsNotTheVerbsTime() {
    let events = ArticleFixture(
      "In January, the family of Army veteran Curtis Hale, who died by suicide in 2011 after the clinic canceled three of his appointments, sued the company for wrongful death.",
      published: "2013-06-18"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.complaint_filed" }?.date?.value == "2013-01")
  }
}
