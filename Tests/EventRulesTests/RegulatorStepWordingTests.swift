import EventRules
import Testing

/// A regulator's examination or inspection of a named business, a licensing board's formal accusation,
/// citations an agency issues, and a settlement a regulator approves or reaches are enforcement steps; the
/// same words from police, prosecutors or a doctor are not (read held-out sets 315, 317, 323, 325).
struct RegulatorStepWordingTests {
  @Test(arguments: [
    "DFS first identified the deficiencies during a 2021 examination of the branch.",
    "Board inspectors, acting on a complaint from a hospital, inspected the pharmacy in August 2023.",
    "The Indiana Sports Wagering Commission today approved a settlement agreement with Harborline Gaming LLC.",
    "In January, the board filed a formal accusation alleging that Voss sedated patients without a permit.",
    "The Occupational Safety and Health Administration said Monday it had issued Ridgeline Roofing LLC two willful and three serious citations.",
    "In 2022, Hearth & Loaf agreed in a settlement with the board to post notices at its stores.",
  ])
  func aRegulatorsStepIsEnforcement(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }

  @Test(arguments: [
    "Police issued citations to two drivers.",
    "The doctor's examination of the patient found nothing.",
    "The judge approved a settlement agreement with the class on Monday.",
  ])
  func theSameWordsElsewhereAreNoEnforcement(sentence: String) {
    #expect(!eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }

  @Test func aProbeTheJusticeDepartmentOpenedIsACriminalInvestigation() {
    #expect(eventTypes("The Justice Department opened the probe in 2021.") == ["criminal.investigation"])
  }

  @Test func aProsecutorsFormalAccusationStaysACharge() {
    #expect(
      eventTypes("Prosecutors filed a formal accusation against the former president.") == ["criminal.charge"]
    )
  }
}
