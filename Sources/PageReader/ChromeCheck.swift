/// Tells whether a node sits in page chrome (comments, sidebars, related posts) rather than in the article
/// or its header, for the metadata finders that look outside the article's blocks.
struct ChromeCheck: Sendable {
  let tree: HTMLTree
  /// Elements the content extractor dropped.
  let removed: [Bool]

  /// Whether `index` lies inside removed chrome. A removed byline box (or a removed element whose names say
  /// it is content) is the article's header, not chrome.
  func isChrome(_ index: Int) -> Bool {
    guard index >= 0, index < removed.count, removed[index] else { return false }
    // Removal covers whole subtrees, so the outermost removed ancestor is where the removal started; its
    // names say what the chrome was.
    var outermost = index
    while case let parent = Int(tree.nodes[outermost].parent), parent >= 0, removed[parent] {
      outermost = parent
    }
    guard outermost >= 0 else { return false }
    if tree.nodes[outermost].tag.isHeading || tree.nodes[outermost].tag == .header { return false }
    if isArticleHeader(outermost) { return false }
    let hints = ClassHints(tree: tree, element: outermost)
    return !hints.isByline && !hints.isMaybeContent
  }

  /// "td-post-header", "entry-header": a box named as the post's own header (dropped for its word "header")
  /// holds the headline and byline, not the site's chrome.
  private func isArticleHeader(_ index: Int) -> Bool {
    for name in [HTMLAttributeName.class, .id] {
      guard let value = tree.attribute(name, of: index) else { continue }
      if Self.articleHeaderNames.contains(where: { ByteMatch.containsLowercased(value, $0) }) { return true }
    }
    return false
  }

  static let articleHeaderNames: [StaticString] = [
    "post-header", "entry-header", "article-header", "story-header", "post-head", "article-head",
  ]
}
