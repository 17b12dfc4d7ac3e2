#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The body sentences of an article, asked whether they write a phrase (a name seen in a title-case line)
/// as written, capitals included. The body's UTF-8 bytes are kept once, one sentence per line, and each
/// question is a byte search, which costs next to nothing beside the rest of the event stage.
struct BodyPhrases: Sendable {
  private let utf8: [UInt8]

  init(_ body: [SentenceTokens]) {
    var bytes: [UInt8] = []
    for sentence in body {
      bytes.append(contentsOf: sentence.sentence.text.utf8)
      bytes.append(UInt8(ascii: "\n"))
    }
    utf8 = bytes
  }

  /// Whether some body sentence holds `phrase`.
  func contains(_ phrase: String) -> Bool {
    let needle = Array(phrase.utf8)
    guard !needle.isEmpty, needle.count <= utf8.count else { return false }
    return utf8.withUnsafeBytes { haystack in
      needle.withUnsafeBytes { needle in
        guard let hay = haystack.baseAddress, let word = needle.baseAddress, let first = needle.first else {
          return false
        }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
          guard let hit = memchr(hay + i, Int32(first), last - i + 1) else { return false }
          let found = hay.distance(to: UnsafeRawPointer(hit))
          if memcmp(hay + found, word, needle.count) == 0 { return true }
          i = found + 1
        }
        return false
      }
    }
  }
}
