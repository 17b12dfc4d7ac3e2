import EventRules
import Testing

/// Happenings told in the passive or without their usual complement: "the ban was imposed", "the probe was
/// opened", "detained and charged", "could exceed $X if the claims succeed", "is to be arraigned".
struct PassiveAndBareTriggerTests {

  @Test(arguments: [
    "The export ban was lifted in March after the ministry reviewed the shipments.",
    "The prohibition was imposed by the state health board last year after a rise in teen vaping.",
  ])
  func aBanToldInThePassiveIsABan(sentence: String) {
    #expect(taggedEvents(sentence).map(\.type) == ["regulatory.ban"], "\(sentence)")
  }

  @Test(arguments: [
    "The inquiry, opened in 2019 after a whistleblower described bribes to customs officers, is still running.",
    "The probe began in June, when auditors found kickbacks in the port contracts.",
  ])
  func anInvestigationToldByItsOpeningIsAnInvestigation(sentence: String) {
    #expect(taggedEvents(sentence).map(\.type) == ["criminal.investigation"], "\(sentence)")
  }

  @Test func aBanToldByItsImpositionInAnAppositionIsABan() {
    let found = taggedEvents(
      "The ban, imposed in 2020 after two crashes, was reviewed by the ministry this week.")
    #expect(found.map(\.type) == ["regulatory.ban"])
  }

  @Test func aChargeToldLaterInThePassiveIsACharge() {
    let found = taggedEvents("Police said the driver was later charged after a second crash near the border.")
    #expect(found.map(\.type) == ["criminal.charge"])
  }

  @Test func anInvestigationOpenedInThePassiveNearASignOfCrimeIsAnInvestigation() {
    let found = taggedEvents(
      "The probe was launched in 2020 after auditors found kickbacks in a road contract.")
    #expect(found.map(\.type) == ["criminal.investigation"])
    #expect(found.first?.rule == "criminal.investigation-opened")
  }

  @Test(arguments: [
    "An investigation was launched into the crash of the regional jet.",
    "An internal inquiry was opened after employees reported fraud in the sales team.",
    "The inquiry was started to understand why the app drained batteries.",
  ])
  func anInvestigationWithoutCrimeOrOfAnotherKindIsNoCriminalInvestigation(sentence: String) {
    #expect(!taggedEvents(sentence).contains { $0.type == "criminal.investigation" }, "\(sentence)")
  }

  @Test func aChargeToldAfterAnArrestWithoutItsOffenceIsACharge() {
    let found = taggedEvents(
      "The activist was arrested outside the embassy on Monday and charged two days later.")
    #expect(found.map(\.type) == ["criminal.arrest", "criminal.charge"])
  }

  @Test(arguments: [
    "The striker charged down the pitch and scored before the police escort arrived.",
    "Her phone was charged overnight while the police officers slept.",
  ])
  func chargingThatIsNoProsecutionStaysQuiet(sentence: String) {
    #expect(!taggedEvents(sentence).contains { $0.type == "criminal.charge" }, "\(sentence)")
  }

  @Test func whatAClaimCouldWinIsAHypotheticalJudgment() {
    let found = taggedEvents(
      "Lawyers for the drivers say damages could top $2 billion if the plaintiffs prevail.")
    #expect(found.map(\.type) == ["civil.judgment"])
    #expect(found.first?.status == .hypothetical)
    #expect(found.first?.names("amount") == ["$2 billion"])
  }

  @Test func aDepartmentAddingACompanyToAListIsADesignation() {
    let found = taggedEvents(
      "In 2020, the department added Vantor Robotics to the list, citing military ties.")
    #expect(found.map(\.type) == ["regulatory.designation"])
    #expect(found.first?.names("target") == ["Vantor Robotics"])
  }

  @Test func aRemovalFromAListPastAnAppositionIsADelisting() {
    let found = taggedEvents(
      "The Treasury removed three ships, the Kestrel and two sister vessels, from the SDN List in April.")
    #expect(found.map(\.type) == ["regulatory.delisting"])
  }

  @Test func aSentenceSoughtWithItsLengthBeforeItIsARequestedSentence() {
    let found = taggedEvents("Prosecutors sought a 12-year sentence for the former mayor.")
    #expect(found.map(\.type) == ["criminal.sentence"])
    #expect(found.first?.status == .requested)
  }

  @Test func anArraignmentIsThePleaOfTheDefendant() {
    let found = taggedEvents("Ms. Ortega is due to be arraigned in federal court next week.")
    #expect(found.map(\.type) == ["criminal.plea"])
    #expect(found.first?.status == .scheduled)
  }
}
