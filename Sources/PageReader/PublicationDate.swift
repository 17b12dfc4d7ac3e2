/// The day a page says its article was published, as written in the page's own time zone.
public struct PublicationDate: Sendable, Hashable, Codable {
  public var year: Int
  public var month: Int
  public var day: Int
  /// The value exactly as the page wrote it (`2021-05-12T09:14:00+03:00`, `May 12, 2021`).
  public var written: String
  /// Where in the page the date was found.
  public var source: PublicationDateSource

  public init(year: Int, month: Int, day: Int, written: String, source: PublicationDateSource) {
    self.year = year
    self.month = month
    self.day = day
    self.written = written
    self.source = source
  }

  /// The day as ISO 8601 (`2021-05-12`).
  public var isoDay: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}

/// Where a page's publication date was found, from most to least reliable.
public enum PublicationDateSource: String, Sendable, Hashable, Codable, CaseIterable {
  /// A JSON-LD `datePublished`.
  case jsonLD = "json-ld"
  /// A `<meta>` tag such as `article:published_time`.
  case metaTag = "meta"
  /// An `itemprop="datePublished"` element.
  case itemprop
  /// A `<time datetime>` element in the article header.
  case timeElement = "time-element"
  /// A dated byline in the article's text ("Published May 12, 2021").
  case byline
  /// A date in the URL path (`/2021/05/12/`).
  case url
}
