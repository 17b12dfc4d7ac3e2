import EventRules
import Testing

/// Wordings of judgments, claims and appellate decisions probed beyond the samples: a tribunal upholding
/// a claim, a court confirming an arbitration award, a jury clearing a doctor of negligence (a civil
/// verdict, not an acquittal), an award reinstated on appeal, a claim lodged with a tribunal or commission,
/// a collective action.
struct JudgmentAndClaimBreadthTests {
  @Test(arguments: [
    ("The employment tribunal upheld her claim of unfair dismissal.", "civil.judgment"),
    ("The court confirmed the arbitration award in May.", "civil.judgment"),
    ("The jury cleared the doctor of negligence.", "civil.judgment"),
    ("The full court reinstated the $5 million award.", "appeal.decided"),
    ("The union lodged a claim with the Fair Work Commission.", "civil.complaint_filed"),
    ("Workers have filed a collective action alleging unpaid overtime.", "civil.complaint_filed"),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func clearingOfNegligenceIsNoAcquittal() {
    #expect(!eventTypes("The jury cleared the doctor of negligence.").contains("criminal.acquittal"))
  }

  @Test func aJuryClearingOfACrimeStaysAnAcquittal() {
    #expect(eventTypes("The jury cleared the doctor of manslaughter.").contains("criminal.acquittal"))
  }

  @Test func theSmallClaimsCourtsRulingIsNoAllegation() {
    let events = ArticleFixture("The small claims court ruled for the tenant.").events()
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { $0.status == .actual })
  }
}
