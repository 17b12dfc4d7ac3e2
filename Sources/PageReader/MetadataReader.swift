/// Reads a page's metadata: `<meta>` tags, `<link rel=canonical>`, `<html lang>`, `<title>`, the first `<h1>`
/// and JSON-LD.
struct MetadataReader: Sendable {
  let tree: HTMLTree
  let jsonLD: JSONLDScanner
  /// `<meta>` values by lowercased `property`, `name` or `itemprop` (the first value of each key wins).
  let metas: [String: String]
  private(set) var documentTitle: String?
  private(set) var firstHeading: (index: Int, text: String)?
  private(set) var canonicalLink: String?
  private(set) var htmlLanguage: String?

  init(tree: HTMLTree) {
    self.tree = tree
    self.jsonLD = JSONLDScanner(sources: tree.jsonLD)
    var metas: [String: String] = [:]
    for i in tree.nodes.indices {
      let node = tree.nodes[i]
      switch node.tag {
      case .meta:
        guard let content = tree.attributeString(.content, of: i) else { continue }
        for attribute in [HTMLAttributeName.property, .name, .itemprop] {
          guard let keys = tree.attributeString(attribute, of: i) else { continue }
          for key in keys.lowercased().split(separator: " ") where metas[String(key)] == nil {
            metas[String(key)] = content
          }
        }
      case .title where documentTitle == nil:
        let text = tree.textContent(of: i)
        if !text.isEmpty { documentTitle = text }
      case .link where canonicalLink == nil:
        if let rel = tree.attribute(.rel, of: i),
          ByteMatch.find(rel, "canonical", boundaryStart: true, boundaryEnd: true)
        {
          canonicalLink = tree.attributeString(.href, of: i)
        }
      case .html where htmlLanguage == nil:
        htmlLanguage = tree.attributeString(.lang, of: i)
      case .h1 where firstHeading == nil:
        let text = tree.textContent(of: i)
        if !text.isEmpty { firstHeading = (i, text) }
      default:
        break
      }
    }
    self.metas = metas
  }

  /// The first non-empty meta value among `keys`.
  func meta(_ keys: [String]) -> String? {
    for key in keys {
      if let value = metas[key], !value.isEmpty { return value }
    }
    return nil
  }

  var siteName: String? {
    meta(["og:site_name", "application-name", "og:sitename", "twitter:app:name:iphone"])
      ?? jsonLD.firstName(forKey: "publisher")
  }

  var canonicalURL: String? {
    canonicalLink ?? meta(["og:url", "twitter:url"])
  }

  var author: String? {
    let fromMeta = meta([
      "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl",
    ])
    if let fromMeta, !fromMeta.hasPrefix("http") { return fromMeta }
    return jsonLD.firstName(forKey: "author")
  }

  var language: String? {
    if let htmlLanguage { return htmlLanguage }
    if let value = meta(["content-language", "language", "dc.language"]) { return value }
    if let locale = meta(["og:locale"]) { return locale.replacing("_", with: "-") }
    return nil
  }

  /// The headline: `og:title` and its kin, else the document `<title>`, else the first `<h1>`; a site-name
  /// suffix or prefix (`Title | Site`) is removed.
  var title: String? {
    let site = siteName
    let candidates = [
      meta(["og:title", "twitter:title", "dc.title", "headline", "title"]),
      jsonLD.firstString(forKey: "headline"),
      documentTitle, firstHeading?.text,
    ]
    for candidate in candidates {
      guard let candidate, !candidate.isEmpty else { continue }
      return Self.strippingSiteName(candidate, siteName: site)
    }
    return nil
  }

  private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " ~ "]

  /// Removes a site name joined to a title by a separator: `Title | Site`, `Site - Title`.
  static func strippingSiteName(_ title: String, siteName: String?) -> String {
    var last: Range<String.Index>?
    var first: Range<String.Index>?
    let bytes = Array(title.utf8)
    for separator in separators where ByteMatch.mayContainCharacters(bytes, separator) {
      let ranges = title.ranges(of: separator)
      if let range = ranges.last, last == nil || range.lowerBound > (last?.lowerBound ?? title.startIndex) {
        last = range
      }
      if let range = ranges.first, first == nil || range.lowerBound < (first?.lowerBound ?? title.endIndex) {
        first = range
      }
    }
    guard let last, let first else { return title }
    let head = trimmed(title[..<last.lowerBound])
    let tail = trimmed(title[last.upperBound...])
    if let site = siteName?.lowercased(), !site.isEmpty {
      let tailKey = tail.lowercased()
      if !tailKey.isEmpty && (tailKey == site || site.contains(tailKey) || tailKey.contains(site)) {
        // "Headline | Local News | Site": a short section name before the site goes too.
        if let section = head.ranges(of: " | ").last {
          let before = trimmed(head[..<section.lowerBound])
          let after = head[section.upperBound...]
          if after.split(separator: " ").count <= 3 && before.split(separator: " ").count >= 3 {
            return before
          }
        }
        return head
      }
      let lead = trimmed(title[..<first.lowerBound]).lowercased()
      if !lead.isEmpty && (lead == site || site.contains(lead)) { return trimmed(title[first.upperBound...]) }
      // With a known site name, nothing else is removed: "— for now" may belong to the headline.
      return title
    }
    let headWords = head.split(separator: " ").count
    let tailWords = tail.split(separator: " ").count
    if headWords >= 3 && tailWords <= 4 { return head }
    return title
  }

  private static func trimmed(_ text: Substring) -> String {
    String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
