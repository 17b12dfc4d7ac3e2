import EventRules
import Testing

/// Wordings of banking and consumer-finance news that a blind held-out set (37) showed misread: a refusal
/// that happened on the day the story tells, a Scottish "not proven" verdict, arrests made in raids.
struct ConsumerFinanceWordingTests {
  @Test func bailRefusedOnTheVerdictDayTakesThatDay() {
    let events = ArticleFixture(
      "Duthie\nA jury at the High Court in Edinburgh yesterday convicted Duthie and Lamont of fraud. Lady Carmichael deferred sentence until 9 December for background reports and refused bail to Duthie and Lamont.",
      published: "2019-11-13"
    ).tagged().events()
    let refused = events.first { $0.type == "criminal.release" }
    #expect(refused?.status == .negated)
    #expect(refused?.date?.value == "2019-11-12")
  }

  @Test func aCuedNegationStaysUndated() {
    let events = ArticleFixture(
      "Quillr\nThe court ruled against Quillr on Tuesday.\nQuillr did not appeal.", published: "2019-11-13"
    ).tagged().events()
    #expect(events.first { $0.type == "appeal.filed" }?.date == nil)
  }

  @Test func notProvenIsAnAcquittal() {
    #expect(
      eventTypes("A fifth accused walked free after the jury found the case against her not proven.")
        .contains(
          "criminal.acquittal"))
  }

  @Test func anArrestInADawnRaidIsDatedAsTheArrest() {
    let events = ArticleFixture(
      "Duthie\nDuthie and Lamont were arrested in dawn raids in March 2017 and appeared on petition the next day.",
      published: "2019-11-13"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.arrest" }?.date?.value == "2017-03")
    #expect(!events.contains { $0.type == "criminal.investigation" })
  }
}
