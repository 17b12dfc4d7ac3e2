import EventRules
import Testing

/// The seed article end to end at the EventRules level: sentences from `SentenceSplitter`, time expressions
/// hand-made and from the real `TimeTagger`.
struct SeedArticleTests {
  static let fixtures = ["hand-made times", "tagger times"]

  func seed(_ which: String) -> ArticleFixture {
    which == "tagger times" ? SeedArticle.fixture.tagged() : SeedArticle.fixture
  }

  @Test(arguments: fixtures) func yieldsTheFiveHappeningsInOrder(times: String) {
    let events = seed(times).events()
    #expect(
      events.map(\.type) == [
        "regulatory.designation", "civil.complaint_filed", "civil.injunction", "civil.settlement",
        "regulatory.delisting",
      ])
    #expect(events.allSatisfy { $0.status == .actual && !$0.background })
  }

  @Test(arguments: fixtures) func theDesignationIsXiaomisInJanuary(times: String) {
    let events = seed(times).events()
    let designation = events.first
    #expect(designation?.names("target") == ["Xiaomi"])
    #expect(designation?.date?.value == "2021-01")
  }

  @Test(arguments: fixtures) func theLawsuitIsUndatedBetweenDesignationAndRuling(times: String) {
    let events = seed(times).events()
    guard events.count == 5 else { return #expect(Bool(false), "expected five events") }
    let lawsuit = events[1]
    #expect(lawsuit.names("plaintiff") == ["Xiaomi"])
    #expect(lawsuit.names("defendant") == ["U.S. government"])
    #expect(lawsuit.date == nil)
    #expect(lawsuit.after == [0])
    #expect(lawsuit.before == [2])
    #expect(lawsuit.caseKey == "xiaomi-v-us-government")
  }

  @Test(arguments: fixtures) func theRulingIsJudgeContrerasInMarchQuotingTheStandard(times: String) {
    let events = seed(times).events()
    guard events.count == 5 else { return #expect(Bool(false), "expected five events") }
    let ruling = events[2]
    #expect(ruling.names("judge") == ["Rudolph Contreras"])
    #expect(ruling.names("target") == ["Xiaomi"])
    #expect(ruling.quotes.contains("arbitrary and capricious"))
    #expect(ruling.date?.value == "2021-03")
    #expect(ruling.date?.resolution == "carried-from-story")
    #expect(ruling.evidence.count == 2)
    #expect(ruling.caseKey == "xiaomi-v-us-government")
  }

  @Test(arguments: fixtures) func theSettlementIsTwoMonthsLater(times: String) {
    let events = seed(times).events()
    guard events.count == 5 else { return #expect(Bool(false), "expected five events") }
    let settlement = events[3]
    #expect(settlement.names("plaintiff") == ["Xiaomi"])
    #expect(settlement.names("defendant") == ["U.S. government"])
    #expect(settlement.date?.value == "2021-05")
    #expect(settlement.date?.text == "two months")
    #expect(settlement.caseKey == "xiaomi-v-us-government")
  }

  @Test(arguments: fixtures) func theDelistingMergesTheHeadline(times: String) {
    let events = seed(times).events()
    guard events.count == 5 else { return #expect(Bool(false), "expected five events") }
    let delisting = events[4]
    #expect(delisting.names("target") == ["Xiaomi"])
    #expect(delisting.date?.value == "2021-05")
    #expect(delisting.evidence.first?.text.hasPrefix("The US “Forgives” Xiaomi") == true)
    #expect(delisting.evidence.count == 2)
  }

  @Test(arguments: fixtures) func huaweiGetsNoEvent(times: String) {
    let events = seed(times).events()
    let huawei = events.filter { event in event.participants.contains { $0.name.contains("Huawei") } }
    #expect(huawei.isEmpty)
    let explanation = seed(times).explain()
    let stillOn = explanation.first { $0.sentence.text.contains("still on the U.S. blacklist") }
    #expect(stillOn?.matches.isEmpty == true)
  }
}
