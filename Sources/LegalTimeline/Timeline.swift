/// The dated legal events one page reports, in timeline order: what `legal-timeline extract` writes.
///
/// Its JSON form is described by `Schemas/timeline.schema.json` (version 1).
public struct Timeline: Sendable, Hashable, Codable {
  /// The version of `Schemas/timeline.schema.json` this value follows.
  public static let schemaVersion = 1

  public var schemaVersion: Int
  public var source: TimelineSource
  public var events: [TimelineEvent]

  public init(source: TimelineSource, events: [TimelineEvent]) {
    self.schemaVersion = Timeline.schemaVersion
    self.source = source
    self.events = events
  }

  /// The timeline as ordered JSON.
  public var json: JSONValue {
    .object([
      ("schemaVersion", .int(schemaVersion)),
      ("source", source.json),
      ("events", .array(events.map(\.json))),
    ])
  }
}

/// The page a timeline was extracted from.
public struct TimelineSource: Sendable, Hashable, Codable {
  /// The input file as given, or nil for standard input.
  public var file: String?
  public var url: String?
  public var title: String?
  public var site: String?
  public var author: String?
  public var language: String?
  /// The character set the page was decoded with.
  public var encoding: String?
  public var publicationDate: TimelinePublicationDate?

  public init(
    file: String?, url: String?, title: String?, site: String?, author: String?, language: String?,
    encoding: String?, publicationDate: TimelinePublicationDate?
  ) {
    self.file = file
    self.url = url
    self.title = title
    self.site = site
    self.author = author
    self.language = language
    self.encoding = encoding
    self.publicationDate = publicationDate
  }

  var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("file", .optional(file)), ("url", .optional(url)), ("title", .optional(title)),
      ("site", .optional(site)),
      ("author", .optional(author)), ("language", .optional(language)),
    ]
    if let encoding { fields.append(("encoding", .string(encoding))) }
    fields.append(("publicationDate", publicationDate?.json ?? .null))
    return .object(fields)
  }
}

/// The page's publication date: the day, as written, and where it was found.
public struct TimelinePublicationDate: Sendable, Hashable, Codable {
  /// `YYYY-MM-DD`.
  public var value: String
  public var written: String
  /// `json-ld`, `meta`, `itemprop`, `time-element`, `byline` or `url`.
  public var foundIn: String

  public init(value: String, written: String, foundIn: String) {
    self.value = value
    self.written = written
    self.foundIn = foundIn
  }

  var json: JSONValue {
    .object([("value", .string(value)), ("written", .string(written)), ("foundIn", .string(foundIn))])
  }
}
