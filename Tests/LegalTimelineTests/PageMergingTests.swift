import LegalTimeline
import Testing

/// One event per happening across a page: a happening told first without a date and later with its day is
/// one event with that day.
struct PageMergingTests {
  @Test func aDatedTellingJoinsAnUndatedOneOfTheSameHappeningToldParagraphsBefore() throws {
    let page = """
      <html><head><meta property="article:published_time" content="2024-01-10T10:00:00Z"><title>T</title>
      </head><body><article><h1>Former mayor charged</h1>
      <p>The former mayor has been arrested and charged with fraud, capping a two-year investigation.</p>
      <p>He was at the centre of a long fight over the water plant.</p><p>The plant opened two years late.</p>
      <p>It cost $3 million more than planned.</p><p>The town has 4,800 residents.</p>
      <p>Officers arrested him at his home on Tuesday morning, a police spokeswoman said.</p>
      </article></body></html>
      """
    let timeline = try TimelineExtractor().extract([UInt8](page.utf8))
    let arrests = timeline.events.filter { $0.type == "criminal.arrest" }
    #expect(arrests.count == 1)
    #expect(arrests.first?.date?.value == "2024-01-09")
  }
}
