/// The `Tokenizer`'s rules over the bytes of an all-ASCII text (most news text), without Unicode
/// property lookups: the tokenizer's fast path.
enum ASCIITokenScanner {
  /// The tokens of an all-ASCII text, or nil when the text has any other character.
  static func tokens(in text: String, offset: Int) -> [Token]? {
    var text = text
    return text.withUTF8 { bytes in
      bytes.contains(where: { $0 >= 0x80 }) ? nil : scan(bytes, offset: offset)
    }
  }

  private static func scan(_ s: UnsafeBufferPointer<UInt8>, offset: Int) -> [Token] {
    let n = s.count
    var tokens: [Token] = []
    tokens.reserveCapacity(n / 4)
    var i = 0
    while i < n {
      let c = s[i]
      if isSpace(c) {
        i += 1
        continue
      }
      let start = i
      let kind: Token.Kind
      if isLetter(c) {
        kind = .word
        i += 1
        while i < n {
          let d = s[i]
          if isLetter(d) || isDigit(d) {
            i += 1
          } else if d == 0x27 || d == 0x2D, i + 1 < n, isLetter(s[i + 1]) {
            i += 2
          } else if d == 0x2E, isAbbreviationPeriod(s, start: start, period: i) {
            i += 1
          } else {
            break
          }
        }
      } else if isDigit(c) {
        kind = .number
        i += 1
        while i < n {
          let d = s[i]
          if isDigit(d) {
            i += 1
          } else if d == 0x2C || d == 0x2E || d == 0x2F || d == 0x3A, i + 1 < n, isDigit(s[i + 1]) {
            i += 2
          } else {
            break
          }
        }
      } else {
        kind = .punctuation
        i += 1
      }
      let text = String(decoding: UnsafeBufferPointer(rebasing: s[start..<i]), as: UTF8.self)
      tokens.append(Token(text: text, kind: kind, range: (offset + start)..<(offset + i)))
    }
    return tokens
  }

  private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
  private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// A period inside "U.S." or "a.m.": single letters separated by periods (the `Tokenizer` rule).
  private static func isAbbreviationPeriod(_ s: UnsafeBufferPointer<UInt8>, start: Int, period: Int) -> Bool {
    var j = start
    while j < period {
      guard isLetter(s[j]) else { return false }
      if j + 1 < period {
        guard s[j + 1] == 0x2E else { return false }
        j += 2
      } else {
        j += 1
      }
    }
    if period + 1 < s.count, isLetter(s[period + 1]), period + 2 >= s.count || !isLetter(s[period + 2]) {
      return true
    }
    return period - start >= 2
  }
}
