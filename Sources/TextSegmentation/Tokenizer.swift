/// Splits text into words, numbers and punctuation, keeping each token's offsets.
public struct Tokenizer: Sendable {
  public init() {}

  /// The tokens of `text`; offsets count Unicode scalars from `offset`.
  public func tokens(in text: String, offset: Int = 0) -> [Token] {
    ASCIITokenScanner.tokens(in: text, offset: offset) ?? scalarTokens(in: text, offset: offset)
  }

  /// The general path, for text with any non-ASCII character.
  func scalarTokens(in text: String, offset: Int) -> [Token] {
    let scalars = Array(text.unicodeScalars)
    var slicer = ScalarSlicer(text)
    var tokens: [Token] = []
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if c.isSpaceLike {
        i += 1
        continue
      }
      let start = i
      let kind: Token.Kind
      if c.isLetterLike {
        kind = .word
        i += 1
        while i < scalars.count {
          let d = scalars[i]
          if d.isLetterLike || d.isDigitLike {
            i += 1
          } else if Self.isWordJoiner(d), i + 1 < scalars.count, scalars[i + 1].isLetterLike {
            i += 2
          } else if d == ".", Self.isAbbreviationPeriod(scalars, start: start, period: i) {
            i += 1
          } else {
            break
          }
        }
      } else if c.isASCII && c.isDigitLike {
        kind = .number
        i += 1
        while i < scalars.count {
          let d = scalars[i]
          if d.isASCII && d.isDigitLike {
            i += 1
          } else if [",", ".", "/", ":"].contains(d), i + 1 < scalars.count,
            scalars[i + 1].isASCII && scalars[i + 1].isDigitLike
          {
            i += 2
          } else {
            break
          }
        }
      } else {
        kind = .punctuation
        i += 1
      }
      tokens.append(Token(text: slicer.text(start..<i), kind: kind, range: (offset + start)..<(offset + i)))
    }
    return tokens
  }

  private static func isWordJoiner(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "’" || c == "-" || c == "‑"
  }

  /// A period inside "U.S." or "e.g.": single letters separated by periods.
  private static func isAbbreviationPeriod(_ s: [Unicode.Scalar], start: Int, period: Int) -> Bool {
    // The word so far must be single letters each followed by a period ("U", "U.S").
    var j = start
    while j < period {
      guard s[j].isLetterLike else { return false }
      if j + 1 < period {
        guard s[j + 1] == "." else { return false }
        j += 2
      } else {
        j += 1
      }
    }
    // Keep the period when another letter follows it ("U.S") or when the word already had one ("U.S.").
    if period + 1 < s.count, s[period + 1].isLetterLike,
      period + 2 >= s.count || !s[period + 2].isLetterLike
    {
      return true
    }
    return period - start >= 2
  }
}
