import EventRules
import Testing

/// How news structure shapes events: title-case headlines, back-references, times shared by two triggers,
/// future dates, requests that contain other events' words, and conditions.
struct NewsStructureTests {
  @Test func aTitleCaseHeadlineNamesNoPartiesButMergesWithItsLede() {
    let text = """
      Jury Convicts Grove City Pharmacist Of Fraud
      A federal jury convicted Harold Wexler of fraud on Thursday.
      """
    let events = ArticleFixture(text)
      .time("on Thursday", value: "2024-04-18", earliest: "2024-04-18", latest: "2024-04-18")
      .events()
    #expect(events.map(\.type) == ["criminal.conviction"])
    #expect(events.first?.names("defendant") == ["Harold Wexler"])
    #expect(events.first?.evidence.count == 2)
  }

  @Test func aTimeBelongsToTheNearestTrigger() {
    let f = ArticleFixture("The governor pardoned Jane Roe, who was convicted in 2010.")
      .time("in 2010", value: "2010", earliest: "2010-01-01", latest: "2010-12-31", resolution: .absolute)
    let events = f.events()
    #expect(Set(events.map(\.type)) == ["criminal.pardon", "criminal.conviction"])
    #expect(events.first { $0.type == "criminal.pardon" }?.date == nil)
    #expect(events.first { $0.type == "criminal.conviction" }?.date?.value == "2010")
  }

  @Test func aBareRulingRefersBackToTheDecision() {
    let text = "The jury acquitted Ayla Vermeulen on Thursday.\nThe foreign ministry welcomed the ruling."
    let events = ArticleFixture(text).events()
    #expect(events.map(\.type) == ["criminal.acquittal"])
    #expect(events.first?.evidence.count == 2)
  }

  @Test func aCriminalCourtsRulingOnBailIsNoCivilRuling() {
    let events = ArticleFixture(
      "Former trader convicted of fraud\nA jury convicted Lionel Marsh of wire fraud on Thursday.\nU.S. District Judge Raymond Castille rejected a request from Marsh's lawyers that he remain free until sentencing."
    ).tagged().events()
    #expect(events.map(\.type).contains("criminal.conviction"))
    #expect(!events.map(\.type).contains("civil.ruling"))
  }

  @Test func aCourtsRulingBesideARegulatorsCaseStays() {
    let events = ArticleFixture(
      "The Treasury added Marchuk to its sanctions list in 2016 after prosecutors opened a criminal investigation.\nThe General Court ruled on Wednesday that the listing was unlawful."
    ).tagged().events()
    #expect(events.map(\.type).contains("civil.ruling"))
  }

  @Test func aTrialToldWithACivilStepIsTheCivilCasesHearing() {
    let events = ArticleFixture(
      "Bellamy sued the trucking company in 2019.\nAfter a seven-day trial, a jury awarded Bellamy $21.5 million in May.\nThe driver was later charged with reckless driving."
    ).tagged().events()
    #expect(!events.map(\.type).contains("criminal.trial"))
    #expect(events.map(\.type).contains("civil.hearing"))
    #expect(events.map(\.type).contains("civil.judgment"))
  }

  @Test func aTrialToldAloneNearerTheCivilCaseIsItsHearing() {
    let events = ArticleFixture(
      "Price was arrested in August 2017.\nPrice sued the city and both detectives the following year.\nThe case reached a jury only after the 9th U.S. Circuit Court of Appeals last spring rejected the detectives' argument.\nThe trial began Jan. 6 before U.S. District Judge Warren Castellano.",
      published: "2025-01-17"
    ).tagged().events()
    #expect(events.map(\.type).contains("civil.hearing"))
    #expect(!events.map(\.type).contains("criminal.trial"))
  }

  @Test func aTrialToldWithACriminalStepStays() {
    let events = ArticleFixture(
      "Bellamy sued the trucking company in 2019.\nThe driver was convicted of reckless driving after a three-day trial in May."
    ).tagged().events()
    #expect(events.map(\.type).contains("criminal.trial"))
  }

  @Test func aBareRulingThatJoinsNoDecisionTellsNone() {
    let events = ArticleFixture(
      "Sports lawyers said Wednesday's ruling could push more athletes to pay for tested supplements."
    ).tagged().events()
    #expect(!events.map(\.type).contains("civil.ruling"))
  }

  @Test func aBareRulingToldByTheWordsAfterItStays() {
    let events = ArticleFixture(
      "The ruling, which Judge Mendes issued in late May with almost no fanfare, opened the audits."
    ).tagged().events()
    #expect(events.map(\.type).contains("civil.ruling"))
  }

  @Test func aFutureDateMakesANonPastEventScheduled() {
    let f = ArticleFixture(
      "A final approval hearing before Judge Ann Lee on Feb. 21.", published: "2017-01-10"
    )
    .time("Feb. 21", value: "2017-02-21", earliest: "2017-02-21", latest: "2017-02-21")
    #expect(f.events().first?.status == .scheduled)
  }

  @Test func aRequestToDismissIsAMotionNotADismissal() {
    let events = ArticleFixture("Porchly moved to dismiss the case in June.").events()
    #expect(events.map(\.type) == ["civil.motion_filed"])
    #expect(events.first?.names("party") == ["Porchly"])
  }

  @Test func theConditionOfAPenaltyIsNoConviction() {
    let events = ArticleFixture("If convicted, he faces up to 45 years in prison.").events()
    #expect(events.map(\.type) == ["criminal.sentence"])
    #expect(events.first?.status == .hypothetical)
  }

  @Test func quotesKeepLegalStandardsNotRemarks() {
    let text =
      "Judge Ann Lee ruled the policy was “arbitrary and capricious”, and Acme said it was “thrilled”."
    #expect(ArticleFixture(text).events().first?.quotes == ["arbitrary and capricious"])
    let remark = "Judge Ann Lee ruled for Acme, which said “we are grateful the court saw this”."
    #expect(ArticleFixture(remark).events().first?.quotes == [])
  }

  @Test func whatWasAskedAndWhatHappenedStayApart() {
    let text = """
      Credit union manager sentenced
      Prosecutors had asked the judge to impose an eight-year term.
      Hensley was sentenced to six years in prison.
      """
    let events = ArticleFixture(text).events()
    #expect(events.map(\.type) == ["criminal.sentence", "criminal.sentence"])
    #expect(events.map(\.status) == [.requested, .actual])
    #expect(events.last?.evidence.count == 2)
  }
}
