import EventRules
import Testing

/// Appeals told by where the case goes ("take the case to the Eleventh Circuit") and decisions an appeals
/// court makes by striking down or reversing.
struct AppealWordingTests {

  @Test(arguments: [
    "The county said it would take the case to the Sixth Circuit.",
    "The landlord plans to take the fight to the state Supreme Court.",
  ])
  func takingTheCaseToAHigherCourtIsAnIntendedAppeal(sentence: String) {
    let found = taggedEvents(sentence)
    #expect(found.map(\.type) == ["appeal.filed"], "\(sentence)")
    #expect(found.first?.status == .intended, "\(sentence)")
  }

  @Test func anAppellateCourtStrikingDownIsAnAppealDecision() {
    let found = taggedEvents("In 2016 the appellate court struck down a similar ordinance in Dunmore.")
    #expect(found.map(\.type) == ["appeal.decided"])
    #expect(found.first?.date?.value == "2016")
  }

  @Test func anAppealsCourtOrderingANewTrialDecidedTheAppealAndHeldNoTrial() {
    let found = taggedEvents(
      "In a 2-1 opinion, the Fourteenth Court of Appeals in Houston ordered a new trial, saying the evidence was prejudicial."
    )
    #expect(found.map(\.type) == ["appeal.decided"])
  }

  @Test func aTrialCourtStrikingDownIsARuling() {
    let found = taggedEvents("A federal judge struck down the ordinance in 2016.")
    #expect(found.map(\.type) == ["civil.ruling"])
  }

  @Test func aPanelThatReversedDecidedTheAppeal() {
    let found = taggedEvents(
      "A three-judge panel reversed on Tuesday, sending the case back for a new trial.")
    #expect(found.map(\.type).contains("appeal.decided"))
  }

  @Test func anAppealCourtsNameNearAnAppealPhraseDoesNotVetoIt() {
    let events = ArticleFixture(
      "Lawyers for the former nurse launched an appeal against her conviction at the Court of Appeal in London on Monday.",
      published: "2022-02-09"
    ).tagged().events()
    #expect(events.map(\.type) == ["appeal.filed"])
    #expect(events.first?.date?.value == "2022-02-07")
    #expect(!eventTypes("The Court of Appeal in London heard the case on Monday.").contains("appeal.filed"))
    #expect(!eventTypes("On Tuesday, the state Court of Appeals lifted the order.").contains("appeal.filed"))
  }

  @Test func givingUpTheRightToAppealIsANegatedAppeal() {
    let events = ArticleFixture(
      "As part of the plea agreement, he gave up his right to appeal any sentence of 20 years or less."
    ).events()
    #expect(events.first { $0.type == "appeal.filed" }?.status == .negated)
  }

  @Test func aPrisonTermAwardedByACourtIsNoCivilAward() {
    let types = eventTypes(
      "The special court on Thursday awarded seven years' rigorous imprisonment to a former bank manager.")
    #expect(types.contains("criminal.sentence"))
    #expect(!types.contains("civil.judgment"))
  }
}
