import TextSegmentation
import TimeTagger

/// Runs a rule pack over an article's sentences and time expressions and returns its legal events.
public struct EventExtractor: Sendable {
  public let pack: RulePack

  public init(pack: RulePack) {
    self.pack = pack
  }

  /// The events of one article, merged so that each happening appears once, in order of first mention.
  /// - Parameters:
  ///   - text: the article text the offsets count into.
  ///   - sentences: its sentences.
  ///   - times: its time expressions, resolved.
  ///   - publicationDate: the page's date, for news told in the present tense.
  public func events(
    in text: String, sentences: [Sentence], times: [TimeExpression], publicationDate: CalendarDay?
  ) -> [LegalEvent] {
    []  // Placeholder until the matcher lands.
  }

  /// For each sentence, the rules that matched or were vetoed, and why.
  public func explain(
    in text: String, sentences: [Sentence], times: [TimeExpression], publicationDate: CalendarDay?
  ) -> [SentenceExplanation] {
    []  // Placeholder until the matcher lands.
  }
}

/// What the rules did with one sentence.
public struct SentenceExplanation: Sendable, CustomStringConvertible {
  public let sentence: Sentence
  public var description: String { sentence.text }
}
