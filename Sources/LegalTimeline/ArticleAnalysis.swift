import PageReader
import TextSegmentation
import TimeTagger

/// A page read and analysed up to its time expressions: the input of event extraction.
public struct ArticleAnalysis: Sendable {
  /// The input's name, or nil for standard input.
  public let file: String?
  public let article: Article
  /// The article text every offset counts into (`Article.text`).
  public let text: String
  public let sentences: [Sentence]
  /// Per sentence, its tokens, shared by the time tagger and the event stage; nil for a sentence too long to
  /// hold its tokens at once.
  public let tokens: [[Token]?]
  public let times: [TimeExpression]
  /// The publication date as a calendar day, when the page gives a valid one.
  public let publicationDay: CalendarDay?

  var timelineSource: TimelineSource {
    TimelineSource(
      file: file, url: article.canonicalURL, title: article.title, site: article.siteName,
      author: article.author,
      language: article.language, encoding: article.encoding,
      publicationDate: article.publicationDate.map {
        TimelinePublicationDate(value: $0.isoDay, written: $0.written, foundIn: $0.source.rawValue)
      })
  }
}
