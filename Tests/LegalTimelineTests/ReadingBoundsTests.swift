import Foundation
import LegalTimeline
import Testing
import TimeTagger

/// A page far longer than any article is read only up to fixed bounds, so its time and memory stay bounded:
/// the first sentences, and the first time expressions of those.
struct ReadingBoundsTests {
  @Test func aPageOfMoreSentencesThanAnyArticleIsReadForItsFirstOnes() throws {
    let body = String(repeating: "The court met. ", count: TimelineExtractor.maxSentences + 2_000)
    let page = "<html><head><title>Long page</title></head><body><p>\(body)</p></body></html>"
    let analysis = try TimelineExtractor().analyze([UInt8](page.utf8))
    #expect(analysis.sentences.count == TimelineExtractor.maxSentences)
  }

  @Test func aTextOfMoreTimesThanAnyArticleKeepsItsFirstOnes() {
    let text = String(repeating: "It rained on Monday. ", count: TimeTagger.maxExpressions + 500)
    let found = TimeTagger(publicationDate: CalendarDay(iso: "2025-03-14")).expressions(in: text)
    #expect(found.count == TimeTagger.maxExpressions)
  }
}
