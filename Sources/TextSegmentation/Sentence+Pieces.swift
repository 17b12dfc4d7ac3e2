extension Sentence {
  /// The sentence cut at spaces into pieces of at most `maxScalars` scalars (a piece is cut mid-word only
  /// when it has no space), so that a stage that holds a sentence's words at once stays bounded on an
  /// endless line of text. A sentence within the limit comes back whole. Reads the UTF-8 bytes once and
  /// holds no per-scalar copy of the text.
  public func pieces(maxScalars: Int) -> [Sentence] {
    guard range.count > maxScalars, maxScalars > 0 else { return [self] }
    var text = self.text
    return text.withUTF8 { bytes in
      var result: [Sentence] = []
      var byte = 0
      var scalar = 0
      while byte < bytes.count {
        // Skip the spaces a piece starts with.
        while byte < bytes.count, Self.isSpace(bytes[byte]) {
          byte += 1
          scalar += 1
        }
        guard byte < bytes.count else { break }
        let start = (byte: byte, scalar: scalar)
        var lastSpace: (byte: Int, scalar: Int)?
        var end = start
        while end.byte < bytes.count, end.scalar - start.scalar < maxScalars {
          if Self.isSpace(bytes[end.byte]) { lastSpace = end }
          end.byte += 1
          while end.byte < bytes.count, bytes[end.byte] & 0xC0 == 0x80 { end.byte += 1 }
          end.scalar += 1
        }
        if end.byte < bytes.count, !Self.isSpace(bytes[end.byte]), let lastSpace, lastSpace.byte > start.byte
        {
          end = lastSpace
        }
        while end.byte > start.byte, Self.isSpace(bytes[end.byte - 1]) {
          end.byte -= 1
          end.scalar -= 1
        }
        let piece = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start.byte..<end.byte]), as: UTF8.self)
        result.append(
          Sentence(
            text: piece, range: (range.lowerBound + start.scalar)..<(range.lowerBound + end.scalar),
            line: line))
        (byte, scalar) = end
      }
      return result
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
