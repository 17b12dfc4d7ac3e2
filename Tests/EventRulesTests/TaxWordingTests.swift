import EventRules
import Testing

/// Wordings of tax and customs news that a blind held-out set (46) showed misread: a tax authority's
/// notices and liens, winding-up petitions and orders, an adjourned case, a case that went to trial, a
/// fine after a guilty plea, a wire dateline; and a personal-finance explainer that speaks to the reader.
struct TaxWordingTests {
  @Test(arguments: [
    ("The agency sent Harlan a notice of deficiency in April 2010.", "regulatory.enforcement"),
    ("In 2011 the IRS also filed a $5.2 million tax lien against his estate.", "regulatory.enforcement"),
    (
      "Based on the inspection findings, the RBI issued a show-cause notice to the bank in April.",
      "regulatory.enforcement"
    ),
    ("In February, the High Court made a winding-up order against a Cork bakery.", "civil.ruling"),
    ("Revenue moves to wind up Kildare haulier over €2.7m tax debt", "civil.complaint_filed"),
    (
      "HM Revenue and Customs presented a winding-up petition over £410,000 in unpaid tax in January.",
      "civil.complaint_filed"
    ),
    (
      "Brenmark sued the IRS in the Tax Court in 2015. The case went to trial in Washington in the spring of 2018.",
      "civil.hearing"
    ),
    ("Tax Court backs IRS in $1.1 billion Brenmark transfer pricing fight", "civil.ruling"),
    (
      "HM Revenue and Customs began investigating in 2010 after officers noticed the fraud.",
      "criminal.investigation"
    ),
    ("In March 2020 it appeared on Revenue’s quarterly list of tax defaulters.", "regulatory.designation"),
  ])
  func aTaxStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func anAdjournmentIsTheNextHearingOnTheDayItIsPutOffTo() {
    let events = ArticleFixture(
      "The petition came before Mr Justice Conor Mulcahy at the High Court on Monday. He adjourned it until 26 April after counsel asked for time.",
      published: "2021-04-13"
    ).tagged().events()
    #expect(
      events.contains {
        $0.type == "civil.hearing" && $0.status == .scheduled && $0.date?.value == "2021-04-26"
      })
  }

  @Test func aFineAfterAGuiltyPleaIsPartOfTheSentence() {
    let types = eventTypes(
      "In 2009 he pleaded guilty to breaching health and safety rules and was fined £8,000.")
    #expect(types.contains("criminal.sentence"))
    #expect(!types.contains("regulatory.penalty"))
  }

  @Test func aWireDatelineDatesNothing() {
    let events = ArticleFixture(
      "NASHVILLE, Tenn., May 17 (Northstar) - Country singer Wade Harlan has agreed to pay $4.6 million to settle his dispute with the IRS, his lawyer said on Thursday.",
      published: "2012-05-17"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.settlement" }?.date?.text != "May 17")
  }

  @Test(arguments: [
    "If your return is even one day late, HMRC will charge you a flat £100 penalty.",
    "You have 30 days from the date on the penalty notice to appeal.",
    "Nobody gets arrested over a late return.",
    "I keep a spreadsheet, and I ban myself from opening the online account until the kettle has boiled.",
    "Filing late doesn’t put you on some kind of blacklist.",
  ])
  func adviceToTheReaderIsNoEvent(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }
}
