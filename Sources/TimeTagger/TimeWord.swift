import TextSegmentation

/// A token as the matcher sees it: lowercased, with possessives stripped, hyphenated compounds split into
/// parts ("third-quarter" → "third" "quarter"), and glued suffixes merged ("12th", "1990s").
struct TimeWord: Sendable {
  enum Kind: Sendable { case word, number, punctuation }

  /// Lowercased text without a trailing possessive ("monday's" → "monday").
  let key: String
  let kind: Kind
  let range: Range<Int>
  let capitalized: Bool
  /// The value of a plain digit run ("2021", "12"); nil for "1,200" or "3.5".
  let number: Int?
  /// How many digits `number` was written with ("03" has 2).
  let digitCount: Int
  /// "12th", "3rd".
  let ordinal: Int?
  /// The first year of a decade written as "1990s" or "1990's".
  let decade: Int?
  /// Joined to the previous word by a hyphen: the two belong to one written word.
  let hyphenBefore: Bool
  /// The token as written (number formats like "3/12/2021" or "10:30").
  let raw: String

  /// The words of a sentence's tokens.
  static func words(from tokens: [Token]) -> [TimeWord] {
    var words: [TimeWord] = []
    words.reserveCapacity(tokens.count)
    var i = 0
    var pendingHyphen = false
    while i < tokens.count {
      let token = tokens[i]
      let glued = i + 1 < tokens.count && tokens[i + 1].range.lowerBound == token.range.upperBound
      switch token.kind {
      case .number:
        let digitsOnly = token.text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        let value = digitsOnly && token.text.utf8.count <= 9 ? Int(token.text) : nil
        if let value, glued, let suffix = suffixMerge(tokens, after: i) {
          let (kind, end) = suffix
          let range = token.range.lowerBound..<tokens[end].range.upperBound
          words.append(
            TimeWord(
              key: token.text.lowercased(), kind: .number, range: range, capitalized: false, number: nil,
              digitCount: token.text.utf8.count, ordinal: kind == .ordinal ? value : nil,
              decade: kind == .decade ? value : nil, hyphenBefore: pendingHyphen, raw: token.text))
          pendingHyphen = false
          i = end + 1
          continue
        }
        words.append(
          TimeWord(
            key: token.text, kind: .number, range: token.range, capitalized: false, number: value,
            digitCount: token.text.utf8.count, ordinal: nil, decade: nil, hyphenBefore: pendingHyphen,
            raw: token.text))
        pendingHyphen = false
      case .word:
        appendWordParts(token, hyphenBefore: pendingHyphen, into: &words)
        pendingHyphen = false
      case .punctuation:
        // A hyphen glued on both sides joins two words ("16-hour", "mid-1990s").
        let isHyphen = token.text == "-" || token.text == "‑" || token.text == "–"
        if isHyphen, i > 0, tokens[i - 1].range.upperBound == token.range.lowerBound, glued,
          token.text != "–",
          tokens[i - 1].kind != .punctuation, tokens[i + 1].kind != .punctuation
        {
          pendingHyphen = true
          i += 1
          continue
        }
        words.append(
          TimeWord(
            key: token.text, kind: .punctuation, range: token.range, capitalized: false, number: nil,
            digitCount: 0, ordinal: nil, decade: nil, hyphenBefore: false, raw: token.text))
        pendingHyphen = false
      }
      i += 1
    }
    return words
  }

  private enum SuffixKind { case ordinal, decade }

  /// "12" + "th" → ordinal; "1990" + "s" or "1990" + "'" + "s" → decade. Returns the last token merged.
  private static func suffixMerge(_ tokens: [Token], after i: Int) -> (SuffixKind, Int)? {
    let next = tokens[i + 1]
    let lower = next.text.lowercased()
    if next.kind == .word, ["th", "st", "nd", "rd"].contains(lower) { return (.ordinal, i + 1) }
    if next.kind == .word, lower == "s", tokens[i].text.utf8.count == 4, tokens[i].text.hasSuffix("0") {
      return (.decade, i + 1)
    }
    // "the 1990's" is a decade; "2020's ruling" is a year's possessive.
    let decadeWords: Set<String> = ["the", "early", "mid", "late", "-"]
    if next.text == "'" || next.text == "’", i + 2 < tokens.count, tokens[i + 2].text == "s",
      tokens[i + 2].range.lowerBound == next.range.upperBound, tokens[i].text.hasSuffix("0"),
      i > 0, decadeWords.contains(tokens[i - 1].text.lowercased())
    {
      return (.decade, i + 2)
    }
    return nil
  }

  private static let ordinalFilter = WordFilter(TimeLexicon.ordinals.keys)

  /// The value of an ordinal word ("third" is 3), without hashing the many words that cannot be one.
  private static func ordinalWord(_ key: String) -> Int? {
    guard ordinalFilter.mayContain(key) else { return nil }
    return TimeLexicon.ordinals[key].flatMap { $0 > 0 ? $0 : nil }
  }

  /// Splits a word on inner hyphens and strips a possessive, keeping each part's offsets.
  private static func appendWordParts(_ token: Token, hyphenBefore: Bool, into words: inout [TimeWord]) {
    // Fast path: a plain ASCII word with no hyphen or apostrophe (almost every word).
    var plain = true
    var hasUpper = false
    for byte in token.text.utf8 {
      if byte == 0x2D || byte == 0x27 || byte >= 0x80 {
        plain = false
        break
      }
      if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
    }
    if plain {
      let key = hasUpper ? token.text.lowercased() : token.text
      let first = token.text.utf8.first ?? 0
      words.append(
        TimeWord(
          key: key, kind: .word, range: token.range, capitalized: first >= 0x41 && first <= 0x5A, number: nil,
          digitCount: 0, ordinal: ordinalWord(key), decade: nil,
          hyphenBefore: hyphenBefore, raw: token.text))
      return
    }
    let scalars = Array(token.text.unicodeScalars)
    var start = 0
    var first = true
    var k = 0
    while k <= scalars.count {
      if k == scalars.count || scalars[k] == "-" || scalars[k] == "‑" {
        if k > start {
          let text = String(scalars: scalars[start..<k])
          var key = text.lowercased()
          if key.utf8.last == 0x73, key.hasSuffix("'s") || key.hasSuffix("’s") { key.removeLast(2) }
          let lo = token.range.lowerBound + start
          let hi = token.range.lowerBound + k
          words.append(
            TimeWord(
              key: key, kind: .word, range: lo..<hi,
              capitalized: scalars[start].properties.isUppercase, number: nil, digitCount: 0,
              ordinal: ordinalWord(key), decade: nil,
              hyphenBefore: first ? hyphenBefore : true, raw: text))
          first = false
        }
        start = k + 1
      }
      k += 1
    }
  }
}
