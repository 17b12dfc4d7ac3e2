/// The readable part of a saved page: its metadata and its main-content blocks, chrome removed.
///
/// Later stages see only this value, never the HTML it came from.
public struct Article: Sendable, Hashable, Codable {
  /// The headline, without a site-name suffix.
  public var title: String?
  /// When the page says the article was published, and where it said so.
  public var publicationDate: PublicationDate?
  /// The publishing site's name (`og:site_name` and similar), when the page gives one.
  public var siteName: String?
  /// The page's canonical URL, when the page gives one.
  public var canonicalURL: String?
  /// The byline's author, when the page gives one.
  public var author: String?
  /// The page's language tag (`en`, `en-US`), when the page gives one.
  public var language: String?
  /// The character set the bytes were decoded with (`UTF-8`, `windows-1252`, ...).
  public var encoding: String
  /// The article's blocks in reading order: headings, paragraphs, list items, quotes, captions, tables.
  public var blocks: [ArticleBlock]

  public init(
    title: String?, publicationDate: PublicationDate?, siteName: String? = nil, canonicalURL: String? = nil,
    author: String? = nil, language: String? = nil, encoding: String, blocks: [ArticleBlock]
  ) {
    self.title = title
    self.publicationDate = publicationDate
    self.siteName = siteName
    self.canonicalURL = canonicalURL
    self.author = author
    self.language = language
    self.encoding = encoding
    self.blocks = blocks
  }

  /// The article as plain text: the title (when there is one), then one block per line.
  ///
  /// Every later stage works on this text, and evidence offsets in a timeline count Unicode scalars into it.
  public var text: String {
    var lines: [String] = []
    lines.reserveCapacity(blocks.count + 1)
    if let title, !title.isEmpty { lines.append(title) }
    for block in blocks { lines.append(block.text) }
    return lines.joined(separator: "\n")
  }
}

/// One block of article text, with what kind of block it was in the page.
public struct ArticleBlock: Sendable, Hashable, Codable {
  public var kind: BlockKind
  /// The block's text on one line: inner whitespace collapsed, no line breaks.
  public var text: String

  public init(kind: BlockKind, text: String) {
    self.kind = kind
    self.text = text
  }
}

/// What a block of article text was in the page.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
  case heading
  case paragraph
  case listItem = "list-item"
  case quote
  case caption
  case table
  case preformatted
}
