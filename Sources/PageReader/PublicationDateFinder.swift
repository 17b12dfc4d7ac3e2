/// Finds when a page says its article was published, from the most to the least reliable source: JSON-LD
/// `datePublished`, publication `<meta>` tags, `itemprop="datePublished"`, a `<time>` element before or in the
/// article, a dated byline near the headline, and finally a date in the URL path.
///
/// Modification dates are never used, and neither are dates inside chrome (sidebars, comments).
struct PublicationDateFinder: Sendable {
  let tree: HTMLTree
  let metadata: MetadataReader
  let segmentation: BlockSegmentation
  let extraction: ContentExtractor.Extraction
  /// The block index where the article's header starts (the headline), or its first block.
  let anchorBlock: Int?
  let urls: [String]

  /// Meta keys that name the publication time, most specific first.
  static let metaKeys = [
    "article:published_time", "og:article:published_time", "article:published", "published_time",
    "og:published_time", "datepublished", "parsely-pub-date", "sailthru.date", "publishdate", "publish-date",
    "publish_date", "pubdate", "article.published", "article_date_original", "dc.date.issued",
    "dcterms.issued",
    "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date",
    "originalpublicationdate",
    "rnews:datepublished", "date", "dc.date", "dcterms.date", "bt:pubdate", "cxenseparse:recs:publishtime",
    "timestamp",
  ]

  func find() -> PublicationDate? {
    if let date = fromStructuredData() { return date }
    if let date = fromItemprop() { return date }
    if let date = fromTimeElement() ?? fromEntryFooterTime() { return date }
    if let date = fromByline() { return date }
    return fromURL()
  }

  /// JSON-LD first, then meta tags; but when the first is written in UTC and another gives the same moment
  /// with the page's own offset, the local one wins, since the day must be the one the page shows.
  private func fromStructuredData() -> PublicationDate? {
    var found: [PublicationDate] = []
    for key in ["datePublished", "dateCreated"] {
      if let value = metadata.jsonLD.firstString(forKey: key), let date = make(value, .jsonLD) {
        found.append(date)
        break
      }
    }
    for key in Self.metaKeys {
      if let value = metadata.metas[key],
        let date = make(value, key == "datepublished" ? .itemprop : .metaTag)
      {
        found.append(date)
        break
      }
    }
    guard let first = found.first else { return nil }
    if Self.isUTC(first.written),
      let local = found.dropFirst().first(where: { Self.hasLocalOffset($0.written) }),
      abs(Self.dayNumber(local) - Self.dayNumber(first)) <= 1
    {
      return local
    }
    return first
  }

  private static func isUTC(_ written: String) -> Bool {
    written.hasSuffix("Z") || written.hasSuffix("+00:00") || written.hasSuffix("+0000")
      || written.hasSuffix("UTC")
      || written.hasSuffix("GMT")
  }

  private static func hasLocalOffset(_ written: String) -> Bool {
    guard written.count > 19, !isUTC(written) else { return false }
    let tail = written.suffix(6)
    return tail.contains("+") || tail.contains("-")
  }

  private static func dayNumber(_ date: PublicationDate) -> Int {
    date.year * 372 + date.month * 31 + date.day
  }

  private func make(_ written: String, _ source: PublicationDateSource) -> PublicationDate? {
    guard let day = DateParser.parse(written) else { return nil }
    return PublicationDate(year: day.year, month: day.month, day: day.day, written: written, source: source)
  }

  private func isChrome(_ index: Int) -> Bool {
    ChromeCheck(tree: tree, removed: extraction.removed).isChrome(index)
  }

  /// The end of the article region in document order.
  private var regionEnd: Int {
    extraction.regions.map(\.upperBound).max() ?? tree.nodes.count
  }

  private func fromItemprop() -> PublicationDate? {
    for i in tree.nodes.indices where tree.nodes[i].tag != .text && tree.nodes[i].tag != .meta {
      guard let itemprop = tree.attribute(.itemprop, of: i),
        ByteMatch.containsLowercased(itemprop, "datepublished")
      else { continue }
      let value =
        tree.attributeString(.content, of: i) ?? tree.attributeString(.datetime, of: i)
        ?? tree.textContent(of: i)
      if !isChrome(i), let date = make(value, .itemprop) { return date }
    }
    return nil
  }

  private func fromTimeElement() -> PublicationDate? {
    var fallback: PublicationDate?
    // "entry-date updated": WordPress themes mark the post's own date with the hAtom class "updated" too;
    // it is taken only when no time element names a publication.
    var entryDate: PublicationDate?
    let end = regionEnd
    for i in 0..<min(end, tree.nodes.count) where tree.nodes[i].tag == .time {
      guard !isChrome(i), let value = tree.attributeString(.datetime, of: i) else { continue }
      let lower = timeContext(of: i)
      if lower.contains("modif") || lower.contains("updated") {
        if entryDate == nil, lower.contains("entry-date"), !lower.contains("modif") {
          entryDate = make(value, .timeElement)
        }
        continue
      }
      guard let date = make(value, .timeElement) else { continue }
      if tree.attribute(.pubdate, of: i) != nil || lower.contains("publish") { return date }
      if fallback == nil { fallback = date }
    }
    return fallback ?? entryDate
  }

  /// A time element's class and itemprop, lowercased: what says whether it is the publication or an update.
  private func timeContext(of i: Int) -> String {
    ((tree.attributeString(.class, of: i) ?? "") + " " + (tree.attributeString(.itemprop, of: i) ?? ""))
      .lowercased()
  }

  /// "Published <time class="entry-date published" …>" in the post's own footer: some WordPress themes print
  /// the post's date there, in a block the chrome filter removes. Only a time marked as the publication,
  /// inside an entry or post meta block that is not within a related-post or widget list, counts.
  private func fromEntryFooterTime() -> PublicationDate? {
    for i in tree.nodes.indices where tree.nodes[i].tag == .time {
      let own = timeContext(of: i)
      guard own.contains("publish") || tree.attribute(.pubdate, of: i) != nil, !own.contains("modif"),
        let value = tree.attributeString(.datetime, of: i)
      else { continue }
      // Up to the page's body (whose classes name the layout, "has-sidebar"): a meta block, and no list.
      var inMeta = false
      var inList = false
      var ancestor = Int(tree.nodes[i].parent)
      while ancestor >= 0, tree.nodes[ancestor].tag != .body {
        let names = (tree.attributeString(.class, of: ancestor) ?? "").lowercased()
        if Self.listClassWords.contains(where: names.contains) { inList = true }
        if Self.entryMetaClassWords.contains(where: names.contains) { inMeta = true }
        ancestor = Int(tree.nodes[ancestor].parent)
      }
      if inMeta, !inList, let date = make(value, .timeElement) { return date }
    }
    return nil
  }

  /// Class words of the block that carries a post's own date and author.
  private static let entryMetaClassWords = [
    "entry-footer", "entry-meta", "post-meta", "posted-on", "article-footer",
  ]
  /// Class words of lists of other posts, whose dates are theirs.
  private static let listClassWords = ["related", "widget", "sidebar", "recent", "popular", "trending"]

  /// A short line near the headline that is, or announces, a date ("Published May 12, 2021", "12 May 2021").
  private func fromByline() -> PublicationDate? {
    guard let anchor = anchorBlock else { return nil }
    let blocks = segmentation.blocks
    let window = Array(max(0, anchor - 3)..<min(blocks.count, anchor + 8)) + extraction.blocks.prefix(3)
    for b in window {
      let block = blocks[b]
      guard
        !isChrome(Int(block.firstNode)) || isNearAnchor(b, anchor) || extraction.blocks.prefix(3).contains(b)
      else { continue }
      let text = segmentation.string(of: block)
      // A byline is short; in a long block only its opening can be one (and only that is read).
      let lower = (block.characters <= 120 ? text : String(text.prefix(120))).lowercased()
      // The words are looked for by bytes first: a search by characters costs thousands of instructions.
      let bytes = Array(lower.utf8)
      func has(_ word: String) -> Bool { ByteMatch.mayContainCharacters(bytes, word) && lower.contains(word) }
      if (has("updated") || has("modified")) && !has("publish") && !has("posted") {
        continue
      }
      // A long block can still open with a dateline ("Feb. 23, 2015 -- Life-threatening ...").
      let probe = block.characters <= 120 ? text : String(text.prefix(24))
      if let day = DateParser.parseWritten(probe) {
        return PublicationDate(year: day.year, month: day.month, day: day.day, written: text, source: .byline)
      }
    }
    return nil
  }

  private func isNearAnchor(_ block: Int, _ anchor: Int) -> Bool {
    abs(block - anchor) <= 3
  }

  /// `/2021/05/12/`, `/2021-05-12/` or `/20210512/` in the page's URL or canonical URL.
  private func fromURL() -> PublicationDate? {
    for url in urls {
      let parts = url.split(separator: "/").map(String.init)
      for (i, part) in parts.enumerated() {
        if part.count == 4, let year = Int(part), i + 2 < parts.count,
          let month = Int(parts[i + 1].prefix(2)), parts[i + 1].count == 2,
          let day = Int(parts[i + 2].prefix(2)), parts[i + 2].count >= 2,
          parts[i + 2].dropFirst(2).first.map({ !$0.isNumber }) ?? true,
          let valid = DateParser.validated(year, month, day)
        {
          return PublicationDate(
            year: valid.year, month: valid.month, day: valid.day,
            written: "\(part)/\(parts[i + 1])/\(parts[i + 2])",
            source: .url)
        }
        let compact = part.count == 8 && part.allSatisfy(\.isNumber)
        if part.count >= 10 || compact, let valid = DateParser.parseISO(Array(part.utf8)),
          compact || part.utf8.dropFirst(4).first == 0x2D
        {
          return PublicationDate(
            year: valid.year, month: valid.month, day: valid.day, written: String(part.prefix(10)),
            source: .url)
        }
      }
    }
    return nil
  }
}
