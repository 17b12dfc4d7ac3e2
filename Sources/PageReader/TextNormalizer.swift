/// Byte-level text clean-up for UTF-8: whitespace collapsing and trimming without Unicode property look-ups,
/// which cost several times the parse itself on large pages.
enum TextNormalizer {
  /// Appends `text` to `out`, turning every run of whitespace (ASCII whitespace, no-break space, zero-width
  /// and other Unicode spaces) into one space and never starting `out` with a space.
  static func appendCollapsed(_ text: ArraySlice<UInt8>, to out: inout [UInt8]) {
    text.withUnsafeBufferPointer { text in
      var i = 0
      let end = text.count
      while i < end {
        // Copy the run of bytes that are neither whitespace nor the lead byte of a Unicode space at once, with
        // the lone spaces between its words: one ASCII space after an ordinary byte of the run and before
        // another ordinary byte comes out as it is, so a sentence is copied whole rather than word by word.
        let run = i
        while i < end {
          if !mayStartSpace(text[i]) {
            i += 1
          } else if text[i] == 0x20, i > run, i + 1 < end, !mayStartSpace(text[i + 1]) {
            i += 2
          } else {
            break
          }
        }
        if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i])) }
        guard i < end else { break }
        let byte = text[i]
        var spaceLength = 0
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
          spaceLength = 1
        } else if byte == 0xC2, i + 1 < end, text[i + 1] == 0xA0 {
          spaceLength = 2
        } else if byte == 0xE2, i + 2 < end, text[i + 1] == 0x80,
          (0x80...0x8B).contains(text[i + 2]) || text[i + 2] == 0xAF
        {
          spaceLength = 3  // U+2000–U+200B, U+202F
        } else if byte == 0xE3, i + 2 < end, text[i + 1] == 0x80, text[i + 2] == 0x80 {
          spaceLength = 3  // U+3000 ideographic space
        } else if byte == 0xEF, i + 2 < end, text[i + 1] == 0xBB, text[i + 2] == 0xBF {
          i += 3  // U+FEFF zero-width no-break space: drop
          continue
        }
        if spaceLength > 0 {
          if let last = out.last, last != 0x20 { out.append(0x20) }
          i += spaceLength
        } else {
          out.append(byte)
          i += 1
        }
      }
    }
  }

  /// Whether `byte` is whitespace or may begin a multi-byte Unicode space (or the byte-order mark).
  @inline(__always) private static func mayStartSpace(_ byte: UInt8) -> Bool {
    // Most bytes lie between the two groups: two comparisons rule them out.
    if byte <= 0x20 { return byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
    if byte < 0xC2 { return false }
    return byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
  }

  /// The text with whitespace collapsed and trimmed, as a string.
  static func collapsed(_ text: ArraySlice<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.count)
    appendCollapsed(text, to: &out)
    if out.last == 0x20 { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }

  /// The number of Unicode scalars in UTF-8 bytes (counting lead bytes only).
  static func scalarCount(_ text: ArraySlice<UInt8>) -> Int {
    var count = 0
    for byte in text where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
