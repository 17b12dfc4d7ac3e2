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
    var cache = Cache()
    self.init(tree: tree, element: index, cache: &cache)
  }

  /// What one `class` or `id` value says; pages repeat the same values many times, so these are cached.
  struct ValueHints: Sendable {
    var weight = 0
    var isUnlikely = false
    var isMaybeContent = false
    var isShare = false
    var isByline = false

    init(_ value: ArraySlice<UInt8>) {
      let found = ClassHints.allFamilies.families(lowercased: value.map(ByteMatch.lower))
      if found & Family.negative != 0 { weight -= 25 }
      if found & Family.positive != 0 { weight += 25 }
      isUnlikely = found & Family.unlikely != 0
      isMaybeContent = found & Family.maybeContent != 0
      isShare = found & Family.share != 0
      isByline = found & Family.byline != 0
    }
  }

  /// Family bits of ``allFamilies``.
  private enum Family {
    static let negative: UInt8 = 1
    static let positive: UInt8 = 2
    static let unlikely: UInt8 = 4
    static let maybeContent: UInt8 = 8
    static let share: UInt8 = 16
    static let byline: UInt8 = 32
  }

  /// Every class/id word list in one set, so a value is scanned once.
  static let allFamilies = WordSet(families: [
    (Family.negative, negative), (Family.positive, positive), (Family.unlikely, unlikely),
    (Family.maybeContent, maybeContent), (Family.share, share), (Family.byline, byline),
  ])

  /// An attribute value as a dictionary key, hashed once with FNV-1a instead of byte by byte by `Hasher`.
  struct ValueKey: Hashable {
    let bytes: ArraySlice<UInt8>
    let fingerprint: UInt64

    init(_ bytes: ArraySlice<UInt8>) {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      self.bytes = bytes
      self.fingerprint = hash
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    static func == (a: ValueKey, b: ValueKey) -> Bool {
      a.fingerprint == b.fingerprint && a.bytes.elementsEqual(b.bytes)
    }
  }

  /// Hints of the `class` and `id` values seen so far on a page.
  typealias Cache = [ValueKey: ValueHints]

  init(tree: HTMLTree, element index: Int, cache: inout Cache) {
    let node = tree.nodes[index]
    guard node.attributeCount > 0 else { return }
    for name in [HTMLAttributeName.class, .id] {
      guard let value = tree.attribute(name, of: index), !value.isEmpty else { continue }
      let key = ValueKey(value)
      let hints: ValueHints
      if let cached = cache[key] {
        hints = cached
      } else {
        hints = ValueHints(value)
        cache[key] = hints
      }
      weight += hints.weight
      isUnlikely = isUnlikely || hints.isUnlikely
      isMaybeContent = isMaybeContent || hints.isMaybeContent
      isShare = isShare || hints.isShare
      isByline = isByline || hints.isByline
    }
    if let role = tree.attribute(.role, of: index), Self.matchesAny(role, Self.unlikelyRoles) {
      isUnlikely = true
      isMaybeContent = false
    }
    if let rel = tree.attribute(.rel, of: index), ByteMatch.containsLowercased(rel, "author") {
      isByline = true
    }
    if let itemprop = tree.attribute(.itemprop, of: index), ByteMatch.containsLowercased(itemprop, "author") {
      isByline = true
    }
  }

  static func matchesAny(_ value: ArraySlice<UInt8>, _ words: WordSet) -> Bool {
    words.matches(value)
  }

  static let unlikely: [WordSet.Word] = [
    WordSet.Word(text: "-ad-"), WordSet.Word(text: "ai2html"), WordSet.Word(text: "banner"),
    WordSet.Word(text: "breadcrumb"), WordSet.Word(text: "combx"),
    WordSet.Word(text: "comment"), WordSet.Word(text: "community"), WordSet.Word(text: "cover-wrap"),
    WordSet.Word(text: "disqus"),
    WordSet.Word(text: "extra"), WordSet.Word(text: "footer"), WordSet.Word(text: "gdpr"),
    WordSet.Word(text: "header"), WordSet.Word(text: "legends"),
    WordSet.Word(text: "menu"), WordSet.Word(text: "related"), WordSet.Word(text: "remark"),
    WordSet.Word(text: "replies"), WordSet.Word(text: "rss"),
    WordSet.Word(text: "shoutbox"), WordSet.Word(text: "sidebar"), WordSet.Word(text: "skyscraper"),
    WordSet.Word(text: "social"),
    WordSet.Word(text: "sponsor"), WordSet.Word(text: "supplemental"), WordSet.Word(text: "ad-break"),
    WordSet.Word(text: "agegate"),
    WordSet.Word(text: "pagination"), WordSet.Word(text: "pager"), WordSet.Word(text: "popup"),
    WordSet.Word(text: "yom-remote"),
    WordSet.Word(text: "cookie"), WordSet.Word(text: "consent"), WordSet.Word(text: "newsletter"),
    WordSet.Word(text: "subscri"),
    WordSet.Word(text: "must-read"), WordSet.Word(text: "mustread"), WordSet.Word(text: "recommend"),
    WordSet.Word(text: "respond"),
    WordSet.Word(text: "reply", start: true), WordSet.Word(text: "nav", start: true),
    WordSet.Word(text: "author-bio"), WordSet.Word(text: "authorbio"),
    WordSet.Word(text: "about-author"),
    WordSet.Word(text: "widget"), WordSet.Word(text: "promo"), WordSet.Word(text: "signup"),
    WordSet.Word(text: "sign-up"),
    WordSet.Word(text: "trending"), WordSet.Word(text: "most-popular"), WordSet.Word(text: "masthead"),
    WordSet.Word(text: "toolbar"), WordSet.Word(text: "modal"),
  ]

  static let maybeContent: [WordSet.Word] = [
    WordSet.Word(text: "and"), WordSet.Word(text: "article"), WordSet.Word(text: "body"),
    WordSet.Word(text: "column"), WordSet.Word(text: "content"),
    WordSet.Word(text: "main"), WordSet.Word(text: "shadow"),
  ]

  static let unlikelyRoles = WordSet([
    WordSet.Word(text: "menu"), WordSet.Word(text: "complementary"), WordSet.Word(text: "navigation"),
    WordSet.Word(text: "alert"),
    WordSet.Word(text: "dialog"), WordSet.Word(text: "banner"), WordSet.Word(text: "contentinfo"),
  ])

  static let negative: [WordSet.Word] = [
    WordSet.Word(text: "-ad-"), WordSet.Word(text: "hidden"),
    WordSet.Word(text: "hid", start: true, end: true), WordSet.Word(text: "banner"),
    WordSet.Word(text: "combx"), WordSet.Word(text: "comment"), WordSet.Word(text: "com-"),
    WordSet.Word(text: "contact"), WordSet.Word(text: "footer"),
    WordSet.Word(text: "gdpr"), WordSet.Word(text: "masthead"), WordSet.Word(text: "media"),
    WordSet.Word(text: "meta"), WordSet.Word(text: "outbrain"),
    WordSet.Word(text: "promo"), WordSet.Word(text: "related"), WordSet.Word(text: "scroll"),
    WordSet.Word(text: "share"),
    WordSet.Word(text: "shoutbox"), WordSet.Word(text: "sidebar"), WordSet.Word(text: "skyscraper"),
    WordSet.Word(text: "sponsor"),
    WordSet.Word(text: "shopping"), WordSet.Word(text: "tags"), WordSet.Word(text: "widget"),
    WordSet.Word(text: "newsletter"),
    WordSet.Word(text: "subscri"), WordSet.Word(text: "cookie"), WordSet.Word(text: "social"),
    WordSet.Word(text: "recommend"),
    WordSet.Word(text: "byline"), WordSet.Word(text: "author"),
  ]

  /// Words of content names, as a set of their own.
  static let positiveSet = WordSet(positive)

  static let positive: [WordSet.Word] = [
    WordSet.Word(text: "article"), WordSet.Word(text: "body"), WordSet.Word(text: "content"),
    WordSet.Word(text: "entry"), WordSet.Word(text: "hentry"),
    WordSet.Word(text: "h-entry"), WordSet.Word(text: "main"), WordSet.Word(text: "page"),
    WordSet.Word(text: "pagination"), WordSet.Word(text: "post"),
    WordSet.Word(text: "text"), WordSet.Word(text: "blog"), WordSet.Word(text: "story"),
  ]

  static let share: [WordSet.Word] = [
    WordSet.Word(text: "share", start: true), WordSet.Word(text: "sharedaddy"), WordSet.Word(text: "sharing"),
    WordSet.Word(text: "social"),
  ]

  static let byline: [WordSet.Word] = [
    WordSet.Word(text: "byline"), WordSet.Word(text: "author"), WordSet.Word(text: "dateline"),
    WordSet.Word(text: "writtenby"),
    WordSet.Word(text: "p-author"),
  ]
}
