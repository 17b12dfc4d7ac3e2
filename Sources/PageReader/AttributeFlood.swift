#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Caps the number of attributes of each start tag before libxml2 sees the page.
///
/// libxml2 2.9's HTML parser checks every new attribute against all earlier ones of the same tag, so a
/// tag with a million attributes takes hours; no real page needs more than a few dozen.
enum AttributeFlood {
  /// The most attributes a start tag keeps.
  static let limit = 512

  /// The page with the attributes past `limit` removed from every start tag, or nil when no tag has
  /// that many (the common case, which copies nothing).
  static func capped(_ bytes: [UInt8], limit: Int = limit) -> [UInt8]? {
    let cuts = bytes.withUnsafeBufferPointer { floodedTags(in: $0, limit: limit) }
    guard !cuts.isEmpty else { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var from = 0
    for cut in cuts {
      result.append(contentsOf: bytes[from..<cut.lowerBound])
      from = cut.upperBound
    }
    result.append(contentsOf: bytes[from..<bytes.count])
    return result
  }

  /// The byte ranges of the attributes beyond `limit` in each start tag, over unchecked memory: the scan
  /// reads every byte of every page, so it must cost next to nothing.
  private static func floodedTags(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
    var cuts: [Range<Int>] = []
    var i = 0
    let n = bytes.count
    while i < n {
      i = next(UInt8(ascii: "<"), in: bytes, from: i)
      guard i + 1 < n, isLetter(bytes[i + 1]) else {
        i += 1
        continue
      }
      // Skip the tag name, then count attributes up to the end of the tag.
      var j = i + 1
      while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
      var count = 0
      var cutStart: Int?
      while j < n, bytes[j] != UInt8(ascii: ">") {
        if isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") {
          j += 1
          continue
        }
        count += 1
        if count == limit + 1 { cutStart = j }
        while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">") {
          j += 1
        }
        guard j < n, bytes[j] == UInt8(ascii: "=") else { continue }
        j += 1
        while j < n, isSpace(bytes[j]) { j += 1 }
        if j < n, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
          j = next(bytes[j], in: bytes, from: j + 1) + 1
        } else {
          while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
        }
      }
      if let cutStart { cuts.append(cutStart..<min(j, n)) }
      i = j
    }
    return cuts
  }

  /// The index of the next `byte` at or after `start`, or the end: `memchr`, as most of a page's bytes are
  /// text and attribute values that only need skipping.
  private static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
    guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
  private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
}
