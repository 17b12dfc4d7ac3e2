import EventRules
import Testing
import TextSegmentation
import TimeTagger

/// An article text with its sentences and hand-made time expressions, for driving the extractor in tests.
struct ArticleFixture {
  let text: String
  let sentences: [Sentence]
  var times: [TimeExpression] = []
  let publicationDate: CalendarDay?

  init(_ text: String, published: String? = "2021-05-12") {
    self.text = text
    sentences = SentenceSplitter().sentences(in: text)
    publicationDate = published.flatMap { CalendarDay(iso: $0) }
  }

  /// Adds a time expression on the `occurrence`-th appearance of `phrase`, resolved to `value`
  /// (`2021-03` or `2021-03-12`) between `earliest` and `latest`.
  func time(
    _ phrase: String, value: String, earliest: String, latest: String,
    resolution: TimeResolution = .publicationDate, type: TimexType = .date, timex: String? = nil,
    occurrence: Int = 1
  ) -> ArticleFixture {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(phrase.unicodeScalars)
    var seen = 0
    var copy = self
    guard needle.count <= scalars.count else { return copy }
    for start in 0...(scalars.count - needle.count)
    where Array(scalars[start..<(start + needle.count)]) == needle {
      seen += 1
      guard seen == occurrence, let lo = CalendarDay(iso: earliest), let hi = CalendarDay(iso: latest) else {
        continue
      }
      let resolved = ResolvedTime(value: value, earliest: lo, latest: hi, resolution: resolution)
      copy.times.append(
        TimeExpression(
          text: phrase, range: start..<(start + needle.count), type: type, value: timex ?? value,
          resolved: resolved))
      copy.times.sort { $0.range.lowerBound < $1.range.lowerBound }
      return copy
    }
    return copy
  }

  /// The same article with the time expressions the real tagger finds.
  func tagged() -> ArticleFixture {
    var copy = self
    copy.times = TimeTagger(publicationDate: publicationDate).expressions(in: text, sentences: sentences)
    return copy
  }

  func events(_ pack: RulePack = .builtIn) -> [LegalEvent] {
    EventExtractor(pack: pack).events(
      in: text, sentences: sentences, times: times, publicationDate: publicationDate)
  }

  func explain(_ pack: RulePack = .builtIn) -> [SentenceExplanation] {
    EventExtractor(pack: pack).explain(
      in: text, sentences: sentences, times: times, publicationDate: publicationDate)
  }
}

extension LegalEvent {
  func names(_ role: String) -> [String] {
    participants.filter { $0.role == role }.map(\.name)
  }
}

/// The events of a one-off article text, with the time expressions the real tagger finds in it.
func taggedEvents(_ text: String) -> [LegalEvent] { ArticleFixture(text).tagged().events() }

/// The event types one sentence yields, as an article of its own (hypothetical and negated included).
func eventTypes(_ sentence: String) -> [String] {
  ArticleFixture(sentence).events().map(\.type)
}

/// Whether one sentence yields no event of `types`: the everyday sense of a legal word stays quiet.
func yieldsNone(of types: Set<String>, _ sentence: String) -> Bool {
  eventTypes(sentence).allSatisfy { !types.contains($0) }
}

/// Checks that one sentence yields an event of `type` and none of `other`: the reading a wording that could
/// be read both ways must get. A failure names the sentence and the types it gave.
func expectReading(
  _ sentence: String, as type: String, not other: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let types = eventTypes(sentence)
  #expect(types.contains(type), "\(sentence): \(types)", sourceLocation: sourceLocation)
  #expect(!types.contains(other), "\(sentence): \(types)", sourceLocation: sourceLocation)
}
