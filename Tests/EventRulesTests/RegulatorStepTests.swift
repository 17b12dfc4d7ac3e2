import EventRules
import Testing

/// A regulator's steps in real wordings: an examination it opened, a settlement of sanctions violations
/// (a penalty paid by the violator), and one penalty told by headline and body as one event.
struct RegulatorStepTests {

  @Test func anExaminationTheRegulatorOpenedIsEnforcement() {
    let found = taggedEvents(
      "The order follows an examination the Department opened in late 2019 after complaints rose.")
    #expect(found.map(\.type) == ["regulatory.enforcement"])
    #expect(found.first?.date?.value == "2019")
  }

  @Test func aMedicalExaminationIsNoEnforcement() {
    let found = taggedEvents(
      "The doctor opened a medical examination of the patient at the Department of Surgery.")
    #expect(found.isEmpty)
  }

  @Test func settlingSanctionsViolationsIsAPenaltyPaidByTheViolator() {
    let found = taggedEvents(
      "In 2019, freight broker Casselton Lines paid $4.2 million to settle apparent sanctions violations.")
    #expect(found.map(\.type) == ["regulatory.penalty"])
    #expect(found.first?.names("target") == ["Casselton Lines"])
    #expect(!(found.first?.names("authority").contains("Casselton Lines") ?? true))
  }

  @Test func thePayerOfAPenaltyIsItsTarget() {
    let found = taggedEvents(
      "Under the order, Marlow Credit Union will pay a $300,000 fine to the regulator.")
    let penalty = found.first { $0.type == "regulatory.penalty" }
    #expect(penalty?.names("target") == ["Marlow Credit Union"])
  }

  @Test func aHeadlinePenaltyAndTheBodysOwedPenaltyAreOneEvent() {
    let text =
      "Quarry Bank to pay penalty over overdraft fees\n\n"
      + "Quarry Bank will pay a civil penalty of $2.5 million under the consent order, the Department said."
    let penalties = taggedEvents(text).filter { $0.type == "regulatory.penalty" }
    #expect(penalties.count == 1)
    #expect(penalties.first?.status == .actual)
    #expect(penalties.first?.participants.contains { $0.role == "amount" } == true)
  }
}
