/// Case-insensitive substring tests on UTF-8 bytes (ASCII letters folded), for attribute values and short texts.
enum ByteMatch {
  /// Whether `haystack` contains the lowercase ASCII `needle`, ignoring ASCII case.
  static func containsLowercased(_ haystack: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
    find(haystack, needle, boundaryStart: false, boundaryEnd: false)
  }

  /// Whether `haystack` contains `needle` (lowercase ASCII), optionally only at word boundaries
  /// (a boundary is the edge of the value or a byte that is not an ASCII letter).
  static func find(
    _ haystack: ArraySlice<UInt8>, _ needle: StaticString, boundaryStart: Bool, boundaryEnd: Bool
  ) -> Bool {
    let count = needle.utf8CodeUnitCount
    guard count > 0, haystack.count >= count else { return false }
    return needle.withUTF8Buffer { pattern in
      let first = pattern[0]
      var i = haystack.startIndex
      let last = haystack.endIndex - count
      while i <= last {
        if lower(haystack[i]) == first {
          var matched = true
          for k in 1..<count where lower(haystack[i + k]) != pattern[k] {
            matched = false
            break
          }
          if matched {
            let startOK = !boundaryStart || i == haystack.startIndex || !isLetter(haystack[i - 1])
            let endOK = !boundaryEnd || i + count == haystack.endIndex || !isLetter(haystack[i + count])
            if startOK && endOK { return true }
          }
        }
        i += 1
      }
      return false
    }
  }

  /// Whether `haystack` contains `needle`, byte for byte.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      i += 1
    }
    return false
  }

  /// False only when `needle` certainly does not occur, character for character, in the text whose UTF-8
  /// bytes are `haystack`: a quick test before a search by characters, which costs far more. Only a needle of
  /// ASCII characters that no other character is canonically equal to (all but "K", ";" and "`") is
  /// tested; any other needle may occur.
  static func mayContainCharacters(_ haystack: [UInt8], _ needle: String) -> Bool {
    let bytes = Array(needle.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }) else { return true }
    return contains(haystack, bytes)
  }

  @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    let folded = lower(byte)
    return folded >= 0x61 && folded <= 0x7A
  }
}
