/// Why a page could not be read into an article.
public enum PageReadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input had no bytes at all.
  case empty
  /// The input is larger than the configured limit.
  case tooLarge(bytes: Int, limit: Int)
  /// The input is not HTML or text (an image, an archive, random bytes); the reason names what it looks like.
  case notHTML(reason: String)
  /// libxml2 could not build a document from the bytes.
  case unparsable
  /// The page parsed, but holds no article text.
  case noArticle

  public var description: String {
    switch self {
    case .empty: "the input is empty (0 bytes)"
    case .tooLarge(let bytes, let limit): "the input is \(bytes) bytes, over the limit of \(limit) bytes"
    case .notHTML(let reason): "the input is not an HTML page: \(reason)"
    case .unparsable: "libxml2 could not parse the input as HTML"
    case .noArticle: "the page has no article text"
    }
  }
}
