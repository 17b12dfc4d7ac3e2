import TextSegmentation

/// A sentence with its tokens, lowercased forms and clause boundaries: what every matching step reads.
/// A class, immutable: the matching steps pass sentences around and keep them in arrays and closures, and
/// copying a reference costs one count where copying the fields cost one per array.
final class SentenceTokens: Sendable {
  let index: Int
  let sentence: Sentence
  let tokens: [Token]
  /// Lowercased token texts with typographic apostrophes made plain ("hasn’t" → "hasn't").
  let lower: [String]
  /// The sentence's UTF-8 bytes and where each token starts and ends in them, for cutting token spans
  /// out of it without re-encoding.
  private let utf8: [UInt8]
  private let tokenBytes: [Range<Int>]
  /// Per token, whether it starts with a capital (`Token.isCapitalized`), read once from its first byte.
  let capitalized: [Bool]
  /// Whether it is a title-case headline, where capitals say nothing about names.
  let isTitleCase: Bool

  /// The longest sentence read, in scalars: a longer "sentence" is not prose (a hostile page's endless line),
  /// and only its beginning is matched.
  static let maxScalars = 20_000

  /// - Parameter given: the sentence's tokens when already made (`Tokenizer`'s, offsets into the text);
  ///   used only for a sentence read whole.
  init(index: Int, sentence whole: Sentence, tokens given: [Token]? = nil) {
    self.index = index
    var sentence = whole
    if whole.range.count > Self.maxScalars {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: whole.text.unicodeScalars.prefix(Self.maxScalars))
      sentence = Sentence(
        text: String(view), range: whole.range.lowerBound..<(whole.range.lowerBound + view.count),
        line: whole.line)
    }
    self.sentence = sentence
    let tokens =
      whole.range.count <= Self.maxScalars
      ? given ?? Tokenizer().tokens(in: sentence.text, offset: sentence.range.lowerBound)
      : Tokenizer().tokens(in: sentence.text, offset: sentence.range.lowerBound)
    self.tokens = tokens
    var slicer = ScalarSlicer(sentence.text)
    let base = sentence.range.lowerBound
    let bytes = slicer.utf8
    let tokenBytes: [Range<Int>]
    if bytes.allSatisfy({ $0 < 0x80 }) {
      // An ASCII sentence (most are): a scalar offset is a byte offset.
      tokenBytes = tokens.map {
        min($0.range.lowerBound - base, bytes.count)..<min($0.range.upperBound - base, bytes.count)
      }
    } else {
      tokenBytes = tokens.map {
        slicer.byteOffset($0.range.lowerBound - base)..<slicer.byteOffset($0.range.upperBound - base)
      }
    }
    self.tokenBytes = tokenBytes
    utf8 = bytes
    lower = zip(tokens, tokenBytes).map { Self.lowerForm($0.text, bytes: bytes[$1]) }
    let capitalized = zip(tokens, tokenBytes).map { token, range in
      // An ASCII first byte is the first scalar: a capital is A–Z.
      if let first = range.first, bytes[first] < 0x80 { return bytes[first] >= 0x41 && bytes[first] <= 0x5A }
      return token.isCapitalized
    }
    self.capitalized = capitalized
    var long = 0
    var capitals = 0
    for (k, token) in tokens.enumerated() where token.kind == .word && Self.hasFourCharacters(token.text) {
      long += 1
      if capitalized[k] { capitals += 1 }
    }
    // A sentence closed by a period is prose unless every long word is capitalized: "District Judge Carla
    // Benedetti set sentencing." is a sentence with a long name, not a headline.
    let closed = lower.last == "."
    isTitleCase = long >= 4 && Double(capitals) >= (closed ? 1.0 : 0.8) * Double(long)
  }

  /// The part of a long sentence within `radius` tokens of `range`, as a sentence of its own, so that work
  /// done per match stays bounded however long a (hostile) sentence is. Short sentences come back whole.
  func window(around range: Range<Int>, radius: Int = 40) -> SentenceTokens {
    guard count > 2 * radius + range.count else { return self }
    let lo = max(0, range.lowerBound - radius)
    let hi = min(count, range.upperBound + radius)
    let range = tokens[lo].range.lowerBound..<tokens[hi - 1].range.upperBound
    let part = Sentence(text: text(lo..<hi), range: range, line: sentence.line)
    return SentenceTokens(index: index, sentence: part)
  }

  var count: Int { tokens.count }

  /// A token's lowercased form with plain apostrophes, read from its UTF-8 `bytes`. An ASCII word without
  /// capitals (most words) is its own form; an ASCII word with capitals is lowercased byte by byte; only
  /// other words pay for Unicode lowercasing and the search for curly quotes.
  static func lowerForm(_ text: String, bytes: ArraySlice<UInt8>) -> String {
    var ascii = true
    var upper = false
    for byte in bytes {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte >= 0x41 && byte <= 0x5A { upper = true }
    }
    guard ascii else { return text.lowercased().replacingApostrophes() }
    guard upper else { return text }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (k, byte) in bytes.enumerated() { buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
      return bytes.count
    }
  }

  /// Whether a word has at least four characters, counted by bytes when it is ASCII (almost always), as
  /// counting characters costs a walk over grapheme clusters.
  private static func hasFourCharacters(_ word: String) -> Bool {
    let bytes = word.utf8.count
    if bytes < 4 { return false }
    return word.utf8.allSatisfy { $0 < 0x80 } || word.count >= 4
  }

  /// A short text tokenized on its own (a judge's name found elsewhere), for the role finders.
  static func standalone(_ text: String) -> SentenceTokens {
    SentenceTokens(index: -1, sentence: Sentence(text: text, range: 0..<text.unicodeScalars.count, line: 0))
  }

  /// The longest clause looked at: beyond it, words are too far from a trigger to belong to it.
  static let maxClause = 60

  /// Punctuation and words that end a clause.
  static let clauseBreaks: Set<String> = [
    ",", ";", ":", "—", "–", "-", "(", ")", "but", "although", "though", "while", "whereas", "because", "and",
  ]

  /// The first token of the clause holding token `i` (looking back past no clause break).
  func clauseStart(before i: Int) -> Int {
    var j = i
    while j > 0, i - j < Self.maxClause, !Self.clauseBreaks.contains(lower[j - 1]) { j -= 1 }
    return j
  }

  /// The token after the last one of the clause holding token `i`.
  func clauseEnd(after i: Int) -> Int {
    var j = i
    while j < count, j - i < Self.maxClause, !Self.clauseBreaks.contains(lower[j]) { j += 1 }
    return j
  }

  /// Whether a relative clause opens at token `k` (", which", ", that"): after a noun, it tells what the noun
  /// names ("The appeal, which the county lodged in April").
  func opensRelativeClause(at k: Int) -> Bool {
    k + 1 < count && lower[k] == "," && (lower[k + 1] == "which" || lower[k + 1] == "that")
  }

  /// The text from token `a` up to (not including) token `b`, as written.
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= count, first < range.upperBound else { return "" }
    let lo = tokenBytes[first].lowerBound
    let hi = tokenBytes[range.upperBound - 1].upperBound
    guard lo < hi, hi <= utf8.count else { return "" }
    return utf8.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self)
    }
  }
}

extension String {
  func replacingApostrophes() -> String {
    // "’" and "‘" are E2 80 99 and E2 80 98 in UTF-8: a word without the byte E2 has neither.
    guard utf8.contains(0xE2), unicodeScalars.contains(where: { $0 == "’" || $0 == "‘" }) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "’" || $0 == "‘" ? "'" : $0 }))
  }
}
