import EventRules
import Testing

/// Wordings of securities and transport news that two blind held-out sets (53, 54) showed misread: a
/// markets regulator's charges, a trading suspension, an industry bar, a subpoena, a ship's arrest, an
/// appeal that failed, engineers tried together, a judge's fine, and a step dated "the day after" another.
struct MarketsAndTransportWordingTests {
  @Test func aMarketsRegulatorsChargesAreEnforcementNotACriminalCharge() {
    let types = eventTypes("On Tuesday the SEC settled charges against Orrin Labs over its token sale.")
    #expect(types.contains("regulatory.enforcement"))
    #expect(!types.contains("criminal.charge"))
    #expect(
      eventTypes("The Justice Department charged him with fraud, and the SEC filed a parallel suit.")
        .contains(
          "criminal.charge"))
  }

  @Test(arguments: [
    ("The SEC suspended trading in Vantablock Holdings on Monday.", "regulatory.ban"),
    ("FINRA last week barred Dana Kovacs, a former broker in Tampa, from the industry.", "regulatory.ban"),
    (
      "The company received a subpoena from the Securities and Exchange Commission in February.",
      "regulatory.enforcement"
    ),
    ("Aerovista’s appeal to the Court of Justice failed two years later.", "appeal.decided"),
    ("The two engineers were tried together last month.", "criminal.trial"),
    (
      "In 2010, a federal judge in Mobile, Ala., fined Aegean Star Shipping $4 million for similar violations.",
      "criminal.sentence"
    ),
    (
      "Its home regulator reinstated the airline’s air operator certificate last autumn.",
      "regulatory.license"
    ),
  ])
  func aStepOfThoseStories(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "Its sister ship Pacific Aurora was arrested in Fujairah in 2014 by a Dubai-based supplier.",
    "The supplier arrested the bulker in Singapore over unpaid fuel.",
  ])
  func aShipsArrestIsNoPersonsArrest(sentence: String) {
    #expect(!eventTypes(sentence).contains("criminal.arrest"), "\(sentence)")
  }

  @Test func refusingARequestToExtraditeIsNoCourtRuling() {
    let types = eventTypes("In June, Greek authorities refused a U.S. request to extradite him.")
    #expect(!types.contains("civil.ruling"))
  }

  @Test func fightingTheChargesIsNoCharge() {
    let types = eventTypes("She said Halvorsen would continue to fight the charges.")
    #expect(!types.contains("criminal.charge"))
  }

  @Test func aSuitOverSafeHarborStatementsIsNoPressReleaseBoilerplate() {
    let types = eventTypes(
      "Ironvale asked the court to dismiss the case last fall, arguing that its statements were forward-looking projections protected by the safe harbor."
    )
    #expect(types.contains("civil.motion_filed"))
  }

  @Test func aStepTheDayAfterAnArrestIsTheNextDay() {
    let events = ArticleFixture(
      "Graham Pettifer was arrested at Bristol airport on 28 August last year.\nThe Civil Aviation Authority suspended his licence the day after his arrest.",
      published: "2019-07-12"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.license" }?.date?.value == "2018-08-29")
  }
}
