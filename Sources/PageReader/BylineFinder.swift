/// Finds the author's name in a visible byline (`itemprop="author"`, `rel="author"`, an element named
/// `byline` or `author`) when the page's metadata gives none; names in comments, sidebars and footers are
/// skipped.
struct BylineFinder: Sendable {
  let tree: HTMLTree

  func author() -> String? {
    var byClass: String?
    for i in tree.nodes.indices where tree.nodes[i].tag != .text && tree.nodes[i].attributeCount > 0 {
      let itemprop =
        tree.attribute(.itemprop, of: i).map { ByteMatch.containsLowercased($0, "author") } ?? false
      let rel = tree.attribute(.rel, of: i).map { ByteMatch.containsLowercased($0, "author") } ?? false
      let named = tree.attribute(.class, of: i).map(Self.isBylineName) ?? false
      guard itemprop || rel || named, !isInChrome(i) else { continue }
      guard let name = Self.cleanName(nestedName(in: i) ?? tree.textContent(of: i)) else { continue }
      if itemprop || rel { return name }
      if byClass == nil { byClass = name }
    }
    return byClass
  }

  private static func isBylineName(_ value: ArraySlice<UInt8>) -> Bool {
    (ByteMatch.containsLowercased(value, "byline") || ByteMatch.containsLowercased(value, "author"))
      && !ByteMatch.containsLowercased(value, "comment") && !ByteMatch.containsLowercased(value, "bio")
  }

  /// Whether an element sits in comments, a sidebar, related links, a `<footer>`, an `<aside>` or a `<nav>`.
  private func isInChrome(_ index: Int) -> Bool {
    var ancestor = index
    var levels = 0
    while ancestor >= 0 && levels < 100 {  // chrome wraps its content closely; hostile nesting stays cheap
      levels += 1
      switch tree.nodes[ancestor].tag {
      case .aside, .nav, .footer: return true
      default: break
      }
      for name in [HTMLAttributeName.class, .id] {
        if let value = tree.attribute(name, of: ancestor), Self.chromeNames.matches(value) { return true }
      }
      ancestor = Int(tree.nodes[ancestor].parent)
    }
    return false
  }

  private static let chromeNames = WordSet([
    WordSet.Word(text: "comment"), WordSet.Word(text: "sidebar"), WordSet.Word(text: "related"),
  ])

  /// A `<meta itemprop="name" content="…">` inside a schema.org Person.
  private func nestedName(in element: Int) -> String? {
    for k in element..<Int(tree.nodes[element].end) where tree.nodes[k].tag == .meta {
      if let itemprop = tree.attribute(.itemprop, of: k), ByteMatch.containsLowercased(itemprop, "name") {
        return tree.attributeString(.content, of: k)
      }
    }
    return nil
  }

  /// "By Bev Sizemore" → "Bev Sizemore"; "Posted by J. Pritchard at 9:14 AM" → "J. Pritchard".
  static func cleanName(_ text: String) -> String? {
    var name = Substring(text)
    let lowered = name.lowercased()
    for prefix in ["posted by ", "written by ", "words by ", "story by ", "by ", "von ", "par ", "por "]
    where lowered.hasPrefix(prefix) {
      name = name.dropFirst(prefix.count)
      break
    }
    // A separator absent from the whole text's bytes is absent from the name cut out of it: most are ruled
    // out without a search by characters.
    let bytes = Array(text.utf8)
    for separator in [" | ", " · ", " - ", " — ", ",", " on ", " at ", " and ", "\n"]
    where ByteMatch.mayContainCharacters(bytes, separator) {
      if let range = name.firstRange(of: separator) { name = name[..<range.lowerBound] }
    }
    let words = name.split(separator: " ").filter { $0.contains(where: { $0.isLetter }) }
    let trimmed = words.joined(separator: " ")
    guard !trimmed.isEmpty, trimmed.count <= 60, words.count <= 6, !trimmed.contains(where: \.isNumber),
      trimmed.first?.isUppercase == true
    else { return nil }
    return trimmed
  }
}
