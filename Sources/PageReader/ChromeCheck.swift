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
    [HTMLAttributeName.class, .id].contains { name in
      tree.attribute(name, of: index).map { ClassHints.matchesAny($0, Self.articleHeaderNames) } ?? false
    }
  }

  /// Names of a post's own header box ("post-head" also finds "td-post-header").
  static let articleHeaderNames = WordSet(
    ["post-head", "entry-header", "article-head", "story-header"].map { WordSet.Word(text: $0) })
}
