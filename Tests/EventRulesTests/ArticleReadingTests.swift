import EventRules
import Testing

/// Readings that depend on the article around a sentence: an announcement of what has happened, a trial
/// in a civil case, names only ever used as places, sentences that look like headlines, vague recent times.
struct ArticleReadingTests {
  @Test func anAnnouncementOfWhatHasHappenedIsActual() {
    let events = taggedEvents(
      "The attorney general today announced that a judge has entered a consent judgment against Carrow Recovery LLC."
    )
    #expect(events.first?.status == .actual)
  }

  @Test func anAgreementInPrincipleStaysAnnounced() {
    let events = taggedEvents(
      "Keystone today announced that it has reached an agreement in principle to settle the class action.")
    #expect(events.first { $0.type == "civil.settlement" }?.status == .announced)
  }

  @Test func anAnnouncedPlanStaysAnnounced() {
    let events = taggedEvents("The ministry announced that the ban on the exports would be lifted.")
    #expect(events.first?.status == .announced)
  }

  @Test func aTrialInACivilCaseIsAHearing() {
    let events = taggedEvents(
      "The tenants sued the landlord in August 2022. The trial opened Oct. 7 and lasted eight days.")
    #expect(events.map(\.type) == ["civil.complaint_filed", "civil.hearing"])
  }

  @Test func aTrialInACriminalCaseStaysATrial() {
    let events = taggedEvents(
      "Park was charged with fraud in 2022. The trial opened Oct. 7. His victims sued him last year.")
    #expect(events.map(\.type).contains("criminal.trial"))
  }

  @Test func aNameUsedOnlyAsAPlaceIsNoCompany() {
    let text = """
      Carrow Recovery must pay a civil penalty and is barred from collecting debts in Westmere.
      Nobody in Westmere should fear a caller, the attorney general said.
      The Department of Financial Institutions revoked the company's license earlier this year.
      """
    let license = taggedEvents(text).first { $0.type == "regulatory.license" }
    #expect(license?.names("target") == ["Carrow Recovery"])
  }

  @Test func aPlaceAdjectiveIsNoName() {
    let event = taggedEvents(
      "The Department revoked the license of a Dunmore-based debt collector on Monday."
    ).first
    #expect(event?.names("target").contains("Dunmore-based") == false)
  }

  @Test func aSentenceWithALongNameIsNoHeadline() {
    let event = taggedEvents("U.S. District Judge Carla Benedetti set sentencing for Oct. 30.").first
    #expect(event?.type == "criminal.sentence")
    #expect(event?.names("judge") == ["Carla Benedetti"])
  }

  @Test func aVagueRecentTimeDatesNoHeadlineNews() {
    let text = """
      Attorney General Secures $1.2 Million Penalty Against Carrow
      Under the judgment, Carrow must pay a $1.2 million civil penalty.
      The department revoked the company's license earlier this year.
      """
    let penalty = ArticleFixture(text, published: "2025-05-06").tagged().events().first {
      $0.type == "regulatory.penalty"
    }
    #expect(penalty?.date?.value == "2025-05-06")
  }

  @Test func aJuryVerdictInACriminalCaseIsTheConvictionWithItsDate() {
    let text = """
      Deborah Ashcombe was found guilty of fraud. The jury returned its verdicts on 30 May.
      """
    let events = ArticleFixture(text, published: "2025-06-12").tagged().events()
    #expect(events.map(\.type) == ["criminal.conviction"])
    #expect(events.first?.date?.value == "2025-05-30")
  }

  @Test func aDecisionNounInACriminalCaseIsNoCivilRuling() {
    let text = """
      An Estonian court on Wednesday approved the extradition of Rasmus Koiv.
      The court's ruling, made public on Friday, rejected the defence arguments.
      """
    let types = ArticleFixture(text, published: "2025-03-14").tagged().events().map(\.type)
    #expect(types == ["criminal.extradition"])
  }

  @Test func aTimeInsideATriggerDatesIt() {
    let events = ArticleFixture(
      "A Hampden County jury on Friday found that the blogger defamed the baker.", published: "2025-09-08"
    )
    .tagged().events()
    #expect(events.first?.type == "civil.judgment")
    #expect(events.first?.date?.value == "2025-09-05")
  }

  @Test func aCourtDateAheadToldWithWillIsScheduled() {
    let events = ArticleFixture(
      "U.S. District Judge Celia Ambrose will consider final approval at a fairness hearing on Jan. 20, 2026.",
      published: "2025-11-18"
    ).tagged().events()
    #expect(events.first?.type == "civil.hearing")
    #expect(events.first?.status == .scheduled)
  }

  @Test func oneSentenceTellingOneSettlementTwiceIsOneEvent() {
    let text = """
      Marigold Kitchen will pay $6.4 million to resolve claims that it underpaid managers, under a settlement \
      that a federal judge preliminarily approved last month.
      If investigators find the violations willful, the division could assess penalties on top of the settlement.
      """
    let settlements = ArticleFixture(text, published: "2025-11-18").tagged().events().filter {
      $0.type == "civil.settlement"
    }
    #expect(settlements.count == 1)
    #expect(settlements.first?.date?.value == "2025-10")
    #expect(settlements.first?.status == .actual)
  }

  @Test func theTermsOfAnOrderTakeItsDate() {
    let text = """
      On June 12, 2023, BIS entered a settlement order with Veltrix Photonics Inc.
      Under the order, Veltrix will pay a civil penalty of $2.75 million.
      """
    let penalty = ArticleFixture(text, published: "2023-06-15").tagged().events().first {
      $0.type == "regulatory.penalty"
    }
    #expect(penalty?.date?.value == "2023-06-12")
  }

  @Test func anAgreementNamedUnderItsOwnNounTakesNoEarlierDate() {
    let text = """
      Velt pleaded guilty on Monday. He was indicted a week after his arrest in November.
      Under the plea agreement, the remaining four counts will be dropped.
      """
    let pleas = ArticleFixture(text, published: "2025-07-22").tagged().events().filter {
      $0.type == "criminal.plea"
    }
    #expect(pleas.allSatisfy { $0.date?.value != "2024-11" })
  }

  @Test func anEventToldTwiceTakesItsMostPreciseDate() {
    let text = """
      Marisol Quintero Vega was detained at a routine check-in in August.
      She was taken into custody by immigration officers on Aug. 27.
      """
    let arrest = ArticleFixture(text, published: "2024-10-04").tagged().events().first {
      $0.type == "criminal.arrest"
    }
    #expect(arrest?.date?.value == "2024-08-27")
  }

  @Test func aYearBeforeADecisionDatesTheWhenClauseThatTellsIt() {
    let text =
      "The order echoes a 2019 decision from the same courthouse, when another judge ordered ICE to release a man."
    let ruling = ArticleFixture(text, published: "2024-10-04").tagged().events().first {
      $0.type == "civil.ruling"
    }
    #expect(ruling?.date?.value == "2019")
  }

  @Test func aVerdictToldBesideAnAcquittalIsTheAcquittal() {
    let text = """
      A Manitoba jury has acquitted former councillor Glen Sawatzky of two fraud charges.
      Jurors returned their verdict on Tuesday afternoon after four days of deliberations.
      """
    let events = ArticleFixture(text, published: "2024-11-21").tagged().events()
    #expect(events.map(\.type) == ["criminal.acquittal"])
    #expect(events.first?.date?.value == "2024-11-19")
  }

  @Test func bothEndsOfASpanAreBounds() {
    let text =
      "Governor Hale issued full pardons to eight people. The pardons cover offences dating from 1987 to 2012."
    let pardon = ArticleFixture(text, published: "2025-12-05").tagged().events().first {
      $0.type == "criminal.pardon"
    }
    #expect(pardon?.date?.value != "2012")
  }

  @Test func aTimeInALaterRelativeClauseDatesNotTheTrigger() {
    let text = """
      Halo and Nuvo settle trademark fight
      Halo Hydration and Nuvo Beverages have settled their dispute, ending a fight that forced Nuvo to pull \
      the drinks this spring. The companies disclosed the settlement in a joint filing on Tuesday.
      """
    let settlement = ArticleFixture(text, published: "2025-08-08").tagged().events().first {
      $0.type == "civil.settlement"
    }
    #expect(settlement?.date?.value != "2025-SP")
    #expect(settlement?.date?.value != "2026-SP")
  }
}
