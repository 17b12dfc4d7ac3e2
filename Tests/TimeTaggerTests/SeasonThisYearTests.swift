import Testing
import TextSegmentation

@testable import TimeTagger

/// "this spring" names the season of the publication's year, whether it has passed or not.
struct SeasonThisYearTests {
  @Test(arguments: [("this spring", "2025-SP"), ("this fall", "2025-FA"), ("this summer", "2025-SU")])
  func thisSeasonIsTheSeasonOfThePublicationYear(phrase: String, value: String) {
    let text = "The company pulled the drinks from shelves \(phrase)."
    let sentences = SentenceSplitter().sentences(in: text)
    let found = TimeTagger(publicationDate: CalendarDay(iso: "2025-08-08")).expressions(
      in: text, sentences: sentences)
    #expect(found.first?.resolved?.value == value)
  }
}

/// "…, his lawyer said." closing a sentence is when it was said, not the tense of what the sentence tells.
struct TrailingAttributionTests {
  @Test func aClosingAttributionLeavesTheClauseFuture() {
    let text = "He is due to be arraigned in federal court in Boston on Monday, his American lawyer said."
    let found = TimeTagger(publicationDate: CalendarDay(iso: "2025-03-14")).expressions(in: text)
    #expect(found.first?.resolved?.value == "2025-03-17")
  }
}

/// "a conference expected in the summer": what is expected lies ahead, though "expected" ends like a past.
struct ExpectedAheadTests {
  @Test func aSeasonSomethingIsExpectedInIsTheNextOne() {
    let text =
      "The claim will now proceed to a defence, with a case management conference expected in the summer."
    let found = TimeTagger(publicationDate: CalendarDay(iso: "2024-03-08")).expressions(in: text)
    #expect(found.last?.resolved?.value == "2024-SU")
  }
}
