/// What an element's `class`, `id` and `role` say about it: chrome, article content, or nothing.
///
/// The word families follow Readability's, extended with the chrome of news and blog templates
/// (share bars, newsletter boxes, cookie banners, "must read" and related-post blocks, author boxes).
struct ClassHints: Sendable {
  /// Names that mark page chrome strongly enough to drop the element before scoring.
  var isUnlikely = false
  /// Names that mark main content (`article`, `content`, `main`...), which overrule ``isUnlikely``.
  var isMaybeContent = false
  /// Readability-style weight: -25 per negative name, +25 per positive one (class and id separately).
  var weight = 0
  /// Names of share bars and social buttons.
  var isShare = false
  /// Names of bylines and author boxes.
  var isByline = false

  init() {}

  init(tree: HTMLTree, element index: Int) {
    let node = tree.nodes[index]
    guard node.attributeCount > 0 else { return }
    let className = tree.attribute(.class, of: index)
    let id = tree.attribute(.id, of: index)
    for value in [className, id] {
      guard let value, !value.isEmpty else { continue }
      if Self.matchesAny(value, Self.negative) { weight -= 25 }
      if Self.matchesAny(value, Self.positive) { weight += 25 }
      if Self.matchesAny(value, Self.unlikely) { isUnlikely = true }
      if Self.matchesAny(value, Self.maybeContent) { isMaybeContent = true }
      if Self.matchesAny(value, Self.share) { isShare = true }
      if Self.matchesAny(value, Self.byline) { isByline = true }
    }
    if let role = tree.attribute(.role, of: index), Self.matchesAny(role, Self.unlikelyRoles) {
      isUnlikely = true
      isMaybeContent = false
    }
    if let rel = tree.attribute(.rel, of: index), ByteMatch.containsLowercased(rel, "author") { isByline = true }
    if let itemprop = tree.attribute(.itemprop, of: index), ByteMatch.containsLowercased(itemprop, "author") {
      isByline = true
    }
  }

  /// A word to look for: `start`/`end` require a word boundary there (short words would match inside others).
  struct Word: Sendable {
    var text: StaticString
    var start = false
    var end = false
  }

  static func matchesAny(_ value: ArraySlice<UInt8>, _ words: [Word]) -> Bool {
    for word in words where ByteMatch.find(value, word.text, boundaryStart: word.start, boundaryEnd: word.end) {
      return true
    }
    return false
  }

  static let unlikely: [Word] = [
    Word(text: "-ad-"), Word(text: "ai2html"), Word(text: "banner"), Word(text: "breadcrumb"), Word(text: "combx"),
    Word(text: "comment"), Word(text: "community"), Word(text: "cover-wrap"), Word(text: "disqus"),
    Word(text: "extra"), Word(text: "footer"), Word(text: "gdpr"), Word(text: "header"), Word(text: "legends"),
    Word(text: "menu"), Word(text: "related"), Word(text: "remark"), Word(text: "replies"), Word(text: "rss"),
    Word(text: "shoutbox"), Word(text: "sidebar"), Word(text: "skyscraper"), Word(text: "social"),
    Word(text: "sponsor"), Word(text: "supplemental"), Word(text: "ad-break"), Word(text: "agegate"),
    Word(text: "pagination"), Word(text: "pager"), Word(text: "popup"), Word(text: "yom-remote"),
    Word(text: "cookie"), Word(text: "consent"), Word(text: "newsletter"), Word(text: "subscri"),
    Word(text: "must-read"), Word(text: "mustread"), Word(text: "recommend"), Word(text: "respond"),
    Word(text: "reply", start: true), Word(text: "nav", start: true), Word(text: "share", start: true),
    Word(text: "sharing"), Word(text: "author-bio"), Word(text: "authorbio"), Word(text: "about-author"),
    Word(text: "widget"), Word(text: "promo"), Word(text: "signup"), Word(text: "sign-up"),
    Word(text: "trending"), Word(text: "most-popular"), Word(text: "masthead"), Word(text: "toolbar"), Word(text: "modal"),
  ]

  static let maybeContent: [Word] = [
    Word(text: "and"), Word(text: "article"), Word(text: "body"), Word(text: "column"), Word(text: "content"),
    Word(text: "main"), Word(text: "shadow"),
  ]

  static let unlikelyRoles: [Word] = [
    Word(text: "menu"), Word(text: "complementary"), Word(text: "navigation"), Word(text: "alert"),
    Word(text: "dialog"), Word(text: "banner"), Word(text: "contentinfo"),
  ]

  static let negative: [Word] = [
    Word(text: "-ad-"), Word(text: "hidden"), Word(text: "hid", start: true, end: true), Word(text: "banner"),
    Word(text: "combx"), Word(text: "comment"), Word(text: "com-"), Word(text: "contact"), Word(text: "footer"),
    Word(text: "gdpr"), Word(text: "masthead"), Word(text: "media"), Word(text: "meta"), Word(text: "outbrain"),
    Word(text: "promo"), Word(text: "related"), Word(text: "scroll"), Word(text: "share"),
    Word(text: "shoutbox"), Word(text: "sidebar"), Word(text: "skyscraper"), Word(text: "sponsor"),
    Word(text: "shopping"), Word(text: "tags"), Word(text: "widget"), Word(text: "newsletter"),
    Word(text: "subscri"), Word(text: "cookie"), Word(text: "social"), Word(text: "recommend"),
    Word(text: "byline"), Word(text: "author"),
  ]

  static let positive: [Word] = [
    Word(text: "article"), Word(text: "body"), Word(text: "content"), Word(text: "entry"), Word(text: "hentry"),
    Word(text: "h-entry"), Word(text: "main"), Word(text: "page"), Word(text: "pagination"), Word(text: "post"),
    Word(text: "text"), Word(text: "blog"), Word(text: "story"),
  ]

  static let share: [Word] = [
    Word(text: "share", start: true), Word(text: "sharedaddy"), Word(text: "sharing"), Word(text: "social"),
  ]

  static let byline: [Word] = [
    Word(text: "byline"), Word(text: "author"), Word(text: "dateline"), Word(text: "writtenby"),
    Word(text: "p-author"),
  ]
}
