import EventRules
import Testing

/// Wordings of appellate decisions probed beyond the samples: justices ruling, a higher court setting aside
/// or modifying, a tribunal allowing a party's appeal, a top court declining to take up a case; and a
/// judgment given for a party.
struct HigherCourtDecisionWordingTests {
  @Test(arguments: [
    ("The justices ruled 6-3 in favor of the agency.", "appeal.decided"),
    ("The higher court set aside the order.", "appeal.decided"),
    ("The Upper Tribunal allowed HMRC's appeal.", "appeal.decided"),
    ("The appellate division modified the sentence.", "appeal.decided"),
    ("The high court declined to take up the case.", "appeal.decided"),
    ("Judgment was given for the defendant.", "civil.judgment"),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "He was allowed to appeal the ruling.",
    "The company hopes the court would uphold its appeal.",
  ])
  func noDecisionIsTold(sentence: String) {
    let decided = ArticleFixture(sentence).events().filter { $0.type == "appeal.decided" }
    #expect(decided.allSatisfy { $0.status != .actual }, "\(sentence)")
  }
}
