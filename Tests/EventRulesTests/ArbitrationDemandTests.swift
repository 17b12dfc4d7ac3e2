import EventRules
import Testing

/// A demand for arbitration opens a claim as a lawsuit does (read held-out sets 323, 327).
struct ArbitrationDemandTests {
  @Test(arguments: [
    "So in 2022 she filed a demand for arbitration, claiming fraud.",
    "She filed her arbitration demand that summer, as her contract required.",
  ])
  func anArbitrationDemandIsAClaimFiled(sentence: String) {
    #expect(eventTypes(sentence).contains("civil.complaint_filed"), "\(sentence)")
  }

  @Test func theDemandsYearDatesIt() {
    let claim = ArticleFixture(
      "So in 2022 she filed a demand for arbitration, claiming fraud.", published: "2023-06-15"
    )
    .tagged().events().first { $0.type == "civil.complaint_filed" }
    #expect(claim?.date?.value == "2022")
  }
}
