import EventRules
import Testing

/// "The Forest Service appealed two weeks after Ashcraft's ruling" (read held-out set 343): a step dated by
/// a length of time after a decision the article told, named by its judge's possessive, counts from that
/// decision's day; one told "on the day of his arrest" takes the arrest's date however precise.
struct OffsetFromNamedRulingTests {
  @Test(arguments: [
    "The Forest Service appealed two weeks after Ashcraft’s ruling.",
    "Two weeks after the ruling, the Forest Service appealed.",
  ])
  func aStepWeeksAfterTheRulingIsDatedFromIt(second: String) {
    let text = "Judge Ashcraft blocked the logging project on July 19. " + second
    let appeal = ArticleFixture(text, published: "2022-09-13").tagged().events()
      .first { $0.type == "appeal.filed" }
    #expect(appeal?.date?.value == "2022-08-02", "\(second)")
  }

  @Test func aStepOnTheDayOfAnArrestToldByMonthTakesThatMonth() {
    // Read held-out set 345: "sued … on the day of his arrest", the arrest told only by its month.
    let text =
      "Federal agents arrested Halvorsen in March 2022. The company's shares collapsed. The Securities and Exchange Commission sued Tellwright and Halvorsen on the day of his arrest."
    let suit = ArticleFixture(text, published: "2024-06-15").tagged().events()
      .first { $0.type == "regulatory.enforcement" }
    #expect(suit?.date?.value == "2022-03")
  }
}
