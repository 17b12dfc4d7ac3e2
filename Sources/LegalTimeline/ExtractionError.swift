import PageReader

/// Why a page gave no timeline.
public enum ExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The page could not be read into an article.
  case page(PageReadError)

  public var description: String {
    switch self {
    case .page(let error): error.description
    }
  }
}
