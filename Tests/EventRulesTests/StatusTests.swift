import EventRules
import Testing

/// Status families: negation, modality, requests, schedules, conditionals, reporting verbs, announcements.
struct StatusTests {
  func status(_ text: String) -> EventStatus? {
    ArticleFixture(text).events().first?.status
  }

  @Test(arguments: [
    ("Acme sued Globex in March.", EventStatus.actual),
    ("Acme did not sue Globex.", .negated),
    ("Acme never filed a lawsuit against Globex.", .negated),
    ("No appeal will be lodged against the verdict.", .negated),
    ("Acme will appeal the ruling.", .intended),
    ("Acme plans to appeal the ruling.", .intended),
    ("Acme said it intends to file a lawsuit against Globex.", .intended),
    ("The coalition has been threatening to sue Globex since the spring.", .intended),
    ("Prosecutors asked the judge to impose a ten-year sentence.", .requested),
    ("Prosecutors are seeking a prison sentence of ten years.", .requested),
    ("A hearing is scheduled for June 3.", .scheduled),
    ("The trial is set to begin in the fall before a jury.", .scheduled),
    ("If convicted, he faces up to 20 years in prison.", .hypothetical),
    ("The complaint alleges that Acme was fined by regulators.", .alleged),
    ("The Justice Department announced criminal charges against two executives.", .actual),
  ])
  func statusComesFromTheWordsBeforeTheTrigger(sentence: String, expected: EventStatus) {
    #expect(status(sentence) == expected, "\(sentence)")
  }

  @Test func aRequestToDismissIsAMotionThatWasFiled() {
    let event = ArticleFixture("Acme asked the court to dismiss the lawsuit.").events().first
    #expect(event?.type == "civil.motion_filed")
    #expect(event?.status == .actual)
  }

  @Test func aTriggerEndingInSetAsideSchedulesNothing() {
    // "set" is the trigger's last word; "aside", after the trigger, says nothing was scheduled.
    let events = ArticleFixture("Last September, the B.C. Court of Appeal set aside the acquittal.").events()
    let decided = events.first { $0.type == "appeal.decided" }
    #expect(decided?.status == .actual)
  }

  @Test func aConditionToldByInversionIsHypothetical() {
    let events = ArticleFixture(
      "Should the motion be denied, the defense would elevate the case to the Supreme Court."
    ).events()
    #expect(events.first { $0.type == "appeal.filed" }?.status == .hypothetical)
    #expect(events.allSatisfy { $0.status == .hypothetical })
    // "Were he convicted" names no conviction: only the term he would face.
    let faced = ArticleFixture("Were he convicted, he would face up to ten years in prison.").events()
    #expect(faced.map(\.type) == ["criminal.sentence"])
  }

  @Test func setItAsideSchedulesNothing() {
    // A pronoun between "set" and "aside": asking to set a verdict aside is an intended motion.
    let events = ArticleFixture(
      "Veltrane said it would ask Judge Oakes to set it aside or order a new trial."
    ).events()
    let motion = events.first { $0.type == "civil.motion_filed" }
    #expect(motion?.status == .intended)
  }

  @Test func negationStaysInItsClause() {
    // "did not comment" belongs to another clause than "sued".
    #expect(status("Acme did not comment, but Globex sued Acme on Friday.") == .actual)
  }

  @Test func noSignOfAnActionIsNegated() {
    let events = ArticleFixture("There is no sign of a lawsuit against Huawei.").events()
    #expect(events.allSatisfy { $0.status == .negated })
  }

  @Test func aRequestForAStepIsRequestedAndRefusingItNegates() {
    // "a hearing on the state's request for a preliminary injunction" once told an actual injunction
    // (read held-out set 301).
    let asked = ArticleFixture(
      "A hearing on the state's request for a preliminary injunction is set for Oct. 5."
    ).events()
    #expect(asked.first { $0.type == "civil.injunction" }?.status == .requested)
    let refused = ArticleFixture(
      "The judge denied the company's request for a preliminary injunction on Monday."
    ).events()
    #expect(refused.first { $0.type == "civil.injunction" }?.status == .negated)
  }
}
