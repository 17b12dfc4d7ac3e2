import EventRules
import Testing

/// Wordings of education-law news that a blind held-out set (40) showed misread: a board upholding a
/// suspension, a department barring a college from aid or ordering refunds, a restraining order issued, a
/// hearing told by its day, habits and imagined rulings that are no happenings, and verbs that are names.
struct EducationWordingTests {
  @Test(arguments: [
    ("The board upheld the suspension on Feb. 16 in a two-paragraph letter.", "appeal.decided"),
    (
      "In 2017, the Divisional Court upheld the revocation of a Brampton teacher’s licence.",
      "appeal.decided"
    ),
    (
      "The Indiana Court of Appeals today affirmed the Department of Financial Institutions’ revocation of the lender’s license.",
      "appeal.decided"
    ),
    (
      "The U.S. Department of Education barred Gateway Summit from federal student aid programs in March.",
      "regulatory.ban"
    ),
    (
      "In addition, the department’s State Approving Agency will bar the institute from enrolling students who use GI Bill benefits.",
      "regulatory.ban"
    ),
    (
      "The department also ordered Gateway Summit to refund tuition to about 1,100 students.",
      "regulatory.enforcement"
    ),
    (
      "Villalobos sued the association, and Judge Brandvold issued the restraining order.", "civil.injunction"
    ),
    ("The real hearing was on April 20.", "civil.hearing"),
  ])
  func anEducationStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aCourtsHabitIsNoHappening() {
    #expect(eventTypes("The Divisional Court seldom overturns the college’s disciplinary decisions.").isEmpty)
    #expect(
      eventTypes("The Divisional Court overturned the college’s disciplinary decision.") == ["appeal.decided"]
    )
  }

  @Test func aRulingThatWouldFollowIsImagined() {
    let events = ArticleFixture(
      "Lawyers for the NCAA argued that a ruling for Villalobos would invite a wave of similar suits."
    ).events()
    #expect(events.filter { $0.type == "civil.ruling" }.allSatisfy { $0.status == .hypothetical })
  }

  @Test(arguments: [
    "Principal Sue Carrick said she would make an appeal to local businesses to sponsor the trip.",
    "The Cass Valley Public Library plans to mark Banned Books Week in October.",
  ])
  func aVerbWrittenAsPartOfANameIsNoTrigger(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }

  @Test func theSameVerbInLowerCaseStillCounts() {
    #expect(
      eventTypes("The families said they would sue Carrick over the removals.") == ["civil.complaint_filed"])
  }

  @Test func aStepNamedAsARequestIsRequestedAndARefusedOneNegated() {
    let refused = ArticleFixture(
      "In the same order, Judge Kroll refused the board’s request to throw out the lawsuit."
    ).events()
    #expect(refused.filter { $0.type == "civil.dismissal" }.map(\.status) == [.negated])
    let asked = ArticleFixture("The district filed a bid to overturn the order in the Court of Appeals.")
      .events()
    #expect(asked.filter { $0.type == "appeal.decided" }.allSatisfy { $0.status == .requested })
    #expect(!asked.filter { $0.type == "appeal.decided" }.isEmpty)
  }
}
