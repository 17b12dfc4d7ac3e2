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
