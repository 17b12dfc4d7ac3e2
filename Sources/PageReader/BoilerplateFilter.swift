/// Recognises the short lines of template chrome that survive inside an article region: comment-form
/// prompts, share and follow calls, subscription pitches, copyright lines, "back to top" links and the
/// headings of "must read" or related-post boxes.
///
/// It matches families of phrases at the start of short blocks, never whole sentences of one page.
enum BoilerplateFilter {
  /// Blocks longer than this (in characters) are never treated as boilerplate, but for print-edition notes.
  static let maximumLength = 160

  /// Print-edition notes quote the whole print headline, so they run longer than other chrome.
  static let maximumNoteLength = 400

  static func isBoilerplate(_ text: ArraySlice<UInt8>, characters: Int) -> Bool {
    guard characters <= maximumNoteLength else { return false }
    // "A version of this article appears in print on Oct. 21, 2023, Section A, Page 14 … with the headline: …"
    let opening = text.prefix(notePrefixLength).map(ByteMatch.lower)
    if notePrefixBytes.contains(where: { opening.starts(with: $0) }) { return true }
    guard characters <= maximumLength else { return false }
    let lower = text.map(ByteMatch.lower)
    var words: [ArraySlice<UInt8>] = []
    var i = 0
    while i < lower.count {
      while i < lower.count, !isWordByte(lower[i]) { i += 1 }
      let start = i
      while i < lower.count, isWordByte(lower[i]) { i += 1 }
      if i > start { words.append(lower[start..<i]) }
      if words.count > 8 { break }
    }
    guard let first = words.first else { return true }  // punctuation or symbols only
    for prefix in prefixBytes where lower.starts(with: prefix) { return true }
    for phrase in phraseBytes where ByteMatch.contains(lower, phrase) { return true }
    let wordStrings = words.map { String(decoding: $0, as: UTF8.self) }
    // A share bar: nothing but network names and share verbs ("Facebook Twitter LinkedIn Email").
    if words.count >= 2, words.count <= 8, wordStrings.allSatisfy(shareWords.contains) { return true }
    // "Tagged defamation", "Tags: courts, appeals"
    if words.count <= 6, ["tagged", "tags", "topics", "categories"].contains(wordStrings[0]) { return true }
    // A lone dateline or "Updated 14 March 2024": the date finder reads these before this filter runs.
    if words.count <= 7, characters <= 48,
      datelineLeads.contains(wordStrings[0]) || Int(wordStrings[0]) != nil
        || DateParser.monthNumber(wordStrings[0]) != nil || weekdays.contains(wordStrings[0]),
      DateParser.parseWritten(String(decoding: text, as: UTF8.self)) != nil
    {
      return true
    }
    if words.count <= 4 {
      let joined = words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
      if shortLines.contains(joined) { return true }
      // "12 comments", "3 responses"
      if words.count == 2, first.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
        countNouns.contains(String(decoding: words[1], as: UTF8.self))
      {
        return true
      }
    }
    return false
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
  }

  private static let shareWords: Set<String> = [
    "facebook", "twitter", "linkedin", "email", "e", "mail", "print", "share", "tweet", "pinterest",
    "whatsapp",
    "reddit", "copy", "link", "x", "telegram", "messenger", "flipboard", "pocket", "tumblr", "sms", "save",
    "this",
    "on", "via", "article", "threads", "bluesky", "mastodon",
  ]
  private static let datelineLeads: Set<String> = [
    "updated", "published", "posted", "last", "modified", "first", "date", "dated", "on",
  ]
  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
    "fri",
    "sat", "sun",
  ]
  private static let countNouns: Set<String> = ["comments", "comment", "responses", "replies", "shares"]
  private static let prefixBytes = prefixes.map { Array($0.utf8) }
  private static let notePrefixBytes = [
    "a version of this article appears in print", "a version of this story appears in print",
    "this article appeared in print", "this story appeared in print",
  ].map { Array($0.utf8) }
  private static let notePrefixLength = notePrefixBytes.map(\.count).max() ?? 0
  private static let phraseBytes = phrases.map { Array($0.utf8) }

  private static let prefixes = [
    "leave a reply", "leave a comment", "click to comment", "post a comment", "add a comment", "add comment",
    "write a comment", "share this", "share on ", "share:", "share via", "subscribe to", "subscribe for",
    "subscribe now", "sign up for", "sign up to", "follow us", "follow @", "copyright", "©", "(c) 2",
    "must read",
    "must-read", "related articles", "related posts", "related stories", "related:", "you may also like",
    "you might also like", "recommended for you", "recommended stories", "read more:", "read next",
    "advertisement", "sponsored content", "tags:", "filed under", "posted in ", "previous article",
    "next article", "previous post", "next post", "cancel reply", "your email address will not be published",
    "required fields are marked", "to top", "back to top", "scroll to top", "get our newsletter",
    "join our newsletter", "sign up to our newsletter", "enter your email", "click here to subscribe",
    "this entry was posted", "skip to content", "skip to main content", "we use cookies",
    "this site uses cookies",
    "this website uses cookies", "accept cookies", "loading comments", "comments are closed",
    "order reprints",
    "for a reprint", "reprints & permissions", "reprints and permissions", "our standards:", "editor's picks",
  ]

  private static let phrases = [
    "on google news", "all rights reserved", "rss feed", "via rss", "notify me of",
    "log in to comment", "login to comment", "to leave a comment", "must be logged in to post",
    "appears in print on", "reach him at", "reach her at", "reach them at",
  ]

  private static let shortLines: Set<String> = [
    "share", "tweet", "email", "print", "comments", "comment", "reply", "menu", "search", "home", "rss",
    "subscribe", "related", "popular", "trending", "advertisement", "ad", "sponsored", "more", "read more",
    "continue reading", "top", "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit",
    "share this", "like this", "loading", "tags", "categories", "archives", "recent posts", "recent comments",
    "follow us", "about us", "contact us", "privacy policy", "terms of use", "terms of service",
    "leave a reply",
    "no comments", "log in", "sign in", "sign up", "register",
  ]
}
