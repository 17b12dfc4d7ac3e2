import TextSegmentation

/// Finds time expressions in English news text and resolves them against the publication date and
/// against the story's own chronology.
public struct TimeTagger: Sendable {
  /// The anchor for relative expressions ("last week"); nil leaves them without a calendar position.
  public let publicationDate: CalendarDay?

  public init(publicationDate: CalendarDay?) {
    self.publicationDate = publicationDate
  }

  /// The time expressions of `text`, in order; `sentences` are the text's sentences (offsets into `text`).
  public func expressions(in text: String, sentences: [Sentence]) -> [TimeExpression] {
    []  // Placeholder until the tagger lands.
  }

  /// The time expressions of `text`, splitting it into sentences first.
  public func expressions(in text: String) -> [TimeExpression] {
    expressions(in: text, sentences: SentenceSplitter().sentences(in: text))
  }
}
