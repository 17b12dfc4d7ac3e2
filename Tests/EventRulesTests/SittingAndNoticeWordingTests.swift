import EventRules
import Testing

/// Wordings from read held-out sets 163 and 165: a fine told with a suspension for a term, a notice of
/// violation that carries its penalty, a retrial listed, a regulator's preliminary evaluation or its case
/// before a tribunal, a maximum term faced; the bench's act "After the ruling" and an order "Alongside the
/// fine" dated from what they name; and the everyday or back-referring senses that stay quiet.
struct SittingAndNoticeWordingTests {
  @Test(arguments: [
    (
      "FINRA fined Vandermeer $15,000 and suspended him for three months in 2014 over outside business activities.",
      "regulatory.ban"
    ),
    (
      "The department also issued a notice of violation last week carrying an administrative monetary penalty of $65,000.",
      "regulatory.penalty"
    ),
    ("Her retrial has been listed to begin in the County Court in March next year.", "criminal.trial"),
    (
      "Separately, the agency on Tuesday opened a preliminary evaluation covering about 52,000 SUVs.",
      "regulatory.enforcement"
    ),
    (
      "Competition Bureau takes Northwind Mobile to tribunal over drip pricing fees", "regulatory.enforcement"
    ),
    ("The company has asked the Federal Court of Appeal to overturn it.", "appeal.filed"),
    (
      "If convicted of the aggravated counts, the man faces a maximum of 20 years' jail.", "criminal.sentence"
    ),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aFineWithASuspensionIsBothAPenaltyAndABan() {
    let types = eventTypes("FINRA fined Vandermeer $15,000 and suspended him for three months in 2014.")
    #expect(types.contains("regulatory.penalty"))
    #expect(types.contains("regulatory.ban"))
  }

  @Test func aNoticeOfViolationCarryingAPenaltyIsThePenaltyOfItsWeek() {
    let events = ArticleFixture(
      "The department issued a notice of violation last week carrying an administrative monetary penalty of $65,000.",
      published: "2023-11-09"
    ).tagged().events()
    #expect(events.map(\.type) == ["regulatory.penalty"])
    #expect(events.first?.date?.value == "2023-W44")
  }

  @Test func aListedRetrialIsScheduled() {
    let events = ArticleFixture(
      "Her retrial has been listed to begin in the County Court in March next year.", published: "2024-08-23"
    ).tagged().events()
    let trial = events.first { $0.type == "criminal.trial" }
    #expect(trial?.status == .scheduled)
    #expect(trial?.date?.value == "2025-03")
  }

  @Test(arguments: [
    "Ridgeback Minerals has begun a six-month trial of battery-electric haul trucks at its gold mine.",
    "Extreme temperatures impose a penalty on battery range, the engineers said.",
    "Anything that cuts the diesel and the noise has a lot of appeal.",
    "The People were represented on appeal by Assistant District Attorney Michael Chu of the Appeals Bureau.",
    "Police said the incident was not being treated as suspicious.",
    "\"It cannot be said that a properly instructed jury would inevitably have returned the same verdicts,\" Justice Raman wrote.",
    "The bureau's investigation began in 2021, a year after the company launched the advances.",
  ])
  func anEverydayOrCounterfactualSenseYieldsNoEvent(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence): \(eventTypes(sentence))")
  }

  @Test func justicesOfAppealHandingDownTheirDecisionIsNoNewAppeal() {
    let types = eventTypes(
      "Three justices of appeal handed down their decision in Melbourne on Friday afternoon.")
    #expect(!types.contains("appeal.filed"), "\(types)")
  }

  @Test func theSentenceAnAppealCourtUpheldIsNoNewSentence() {
    let types = eventTypes(
      "Justice Kincaid held that the sentence imposed on Alistair Penhaligon, 59, was not \"manifestly excessive\"."
    )
    #expect(!types.contains("criminal.sentence"), "\(types)")
  }

  @Test func anArrestNamedAsWhatTimeCountsFromTakesNoDateOfItsSentence() {
    let events = ArticleFixture(
      "In August, Judge Hollis sentenced him to two years, citing the volunteer work he had done since his arrest.",
      published: "2024-02-09"
    ).tagged().events()
    #expect(!events.contains { $0.type == "criminal.arrest" })
    // An arrest the same words date is still told.
    let dated = ArticleFixture("He had been held since his arrest in March.", published: "2024-05-09")
      .tagged()
      .events()
    #expect(dated.contains { $0.type == "criminal.arrest" && $0.date?.value == "2024-03" })
  }

  @Test func theBenchsActAfterTheRulingTakesTheRulingsDay() {
    let text = """
      The Court of Appeal quashed her conviction on Friday.
      After the ruling, the court granted her bail and she was released.
      """
    let events = ArticleFixture(text, published: "2024-08-24").tagged().events()
    let release = events.first { $0.type == "criminal.release" }
    #expect(release?.date?.value == "2024-08-23")
    #expect(release?.date?.resolution == "carried-from-story")
  }

  @Test func aPartysStepAfterTheRulingKeepsNoDay() {
    let text = """
      The Court of Appeal quashed her conviction on Friday.
      After the ruling, prosecutors filed an appeal to the High Court.
      """
    let events = ArticleFixture(text, published: "2024-08-24").tagged().events()
    #expect(events.first { $0.type == "appeal.filed" }?.date == nil)
  }

  @Test func alongsideTheFineIsTheFinesOccasionNotTheLatestStepTold() {
    let text = """
      The penalty notice, issued on Wednesday, fined Tallis £2.9m.
      Tallis reported the breach in August 2022, and the regulator opened an investigation that month.
      Alongside the fine, the ICO issued an enforcement notice ordering Tallis to delete old CVs.
      """
    let events = ArticleFixture(text, published: "2024-05-23").tagged().events()
    let notice = events.last { $0.type == "regulatory.enforcement" }
    #expect(notice?.date?.value == "2024-05-22")
  }
}
