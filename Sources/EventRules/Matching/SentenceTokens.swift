import TextSegmentation

/// A sentence with its tokens, lowercased forms and clause boundaries: what every matching step reads.
struct SentenceTokens: Sendable {
  let index: Int
  let sentence: Sentence
  let tokens: [Token]
  /// Lowercased token texts with typographic apostrophes made plain ("hasn’t" → "hasn't").
  let lower: [String]
  /// The sentence's UTF-8 bytes and where each token starts and ends in them, for cutting token spans
  /// out of it without re-encoding.
  private let utf8: [UInt8]
  private let tokenBytes: [Range<Int>]
  /// Whether it is a title-case headline, where capitals say nothing about names.
  let isTitleCase: Bool

  /// The longest sentence read, in scalars: a longer "sentence" is not prose (a hostile page's endless line),
  /// and only its beginning is matched.
  static let maxScalars = 20_000

  init(index: Int, sentence whole: Sentence) {
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
    tokens = Tokenizer().tokens(in: sentence.text, offset: sentence.range.lowerBound)
    lower = tokens.map { Self.lowerForm($0.text) }
    var slicer = ScalarSlicer(sentence.text)
    let base = sentence.range.lowerBound
    tokenBytes = tokens.map {
      slicer.byteOffset($0.range.lowerBound - base)..<slicer.byteOffset($0.range.upperBound - base)
    }
    utf8 = slicer.utf8
    var long = 0
    var capitalized = 0
    for token in tokens where token.kind == .word && Self.hasFourCharacters(token.text) {
      long += 1
      if token.isCapitalized { capitalized += 1 }
    }
    isTitleCase = long >= 4 && Double(capitalized) >= 0.8 * Double(long)
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

  /// A token's lowercased form with plain apostrophes. An ASCII word without capitals (most words) is its
  /// own form, found by one look at its bytes rather than a lowercasing and a search for curly quotes.
  static func lowerForm(_ text: String) -> String {
    var ascii = true
    var upper = false
    for byte in text.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte >= 0x41 && byte <= 0x5A { upper = true }
    }
    if ascii { return upper ? text.lowercased() : text }
    return text.lowercased().replacingApostrophes()
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
