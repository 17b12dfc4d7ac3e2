/// Reads a saved page's bytes into an ``Article``: decodes the character set, parses the HTML with
/// libxml2, removes the page chrome and finds the metadata.
///
/// Any bytes give either an article or a ``PageReadError``; the reader never traps on hostile input.
public struct PageReader: Sendable {
  /// The largest input accepted, in bytes.
  public var maxBytes: Int

  public init(maxBytes: Int = 64 << 20) {
    self.maxBytes = maxBytes
  }

  /// Reads one page.
  /// - Parameter url: where the page came from, when known; a hint for the publication date and site.
  public func read(_ bytes: [UInt8], url: String? = nil) throws(PageReadError) -> Article {
    if bytes.isEmpty { throw .empty }
    if bytes.count > maxBytes { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
    if let kind = InputSniffer.nonHTMLKind(bytes) { throw .notHTML(reason: "it looks like \(kind)") }
    let bytes = AttributeFlood.capped(bytes) ?? bytes
    let sniffer = EncodingSniffer()
    var encoding = sniffer.sniff(bytes)
    var tree = try LibXML2Parser.parse(bytes, skip: encoding.bomLength, encoding: encoding.name)
    // libxml2 stops at the first byte the declared encoding cannot convert; a page that comes out nearly
    // empty is read again in the encoding its bytes suggest.
    if encoding.isDeclared, tree.bytes.count * 20 < bytes.count {
      let fallback = sniffer.undeclared(bytes)
      if let retry = try? LibXML2Parser.parse(bytes, skip: 0, encoding: fallback.name),
        retry.bytes.count > tree.bytes.count * 2
      {
        (tree, encoding) = (retry, fallback)
      }
    }
    let segmentation = BlockSegmenter.segment(tree)
    let extraction = ContentExtractor().extract(tree: tree, segmentation: segmentation)
    let metadata = MetadataReader(tree: tree)
    let title = metadata.title
    let blocks = ArticleAssembler(title: title).blocks(extraction.blocks, in: segmentation)
    guard !blocks.isEmpty else { throw .noArticle }
    let anchor = headlineBlock(metadata: metadata, segmentation: segmentation) ?? extraction.blocks.first
    let urls = [url, metadata.canonicalURL].compactMap { $0 }
    let date = PublicationDateFinder(
      tree: tree, metadata: metadata, segmentation: segmentation, extraction: extraction, anchorBlock: anchor,
      urls: urls
    ).find()
    return Article(
      title: title, publicationDate: date, siteName: metadata.siteName, canonicalURL: metadata.canonicalURL,
      author: metadata.author ?? BylineFinder(tree: tree).author(),
      language: metadata.language, encoding: Self.displayName(encoding.name),
      blocks: blocks)
  }

  /// Parses `bytes` with libxml2 and frees the document, doing nothing else; returns the number of elements.
  ///
  /// Meant for benchmarks: it is the floor that ``read(_:url:)`` is measured against.
  public static func parseOnly(_ bytes: [UInt8]) -> Int {
    let encoding = EncodingSniffer().sniff(bytes)
    return LibXML2Parser.parseOnly(bytes, encoding: encoding.name)
  }

  /// The block holding the page's first `<h1>`, where the article header starts.
  private func headlineBlock(metadata: MetadataReader, segmentation: BlockSegmentation) -> Int? {
    guard let heading = metadata.firstHeading else { return nil }
    return segmentation.blocks.firstIndex { block in
      heading.index <= Int(block.firstNode)
        && Int(block.firstNode) < Int(metadata.tree.nodes[heading.index].end)
    }
  }

  private static func displayName(_ iconvName: String) -> String {
    switch iconvName {
    case "WINDOWS-1252": "windows-1252"
    case "CP932": "Shift_JIS"
    case "GB18030": "GB18030"
    default: iconvName.hasPrefix("WINDOWS-") ? iconvName.lowercased() : iconvName
    }
  }
}
