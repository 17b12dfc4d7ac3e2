import TextSegmentation

/// A sentence with its tokens, lowercased forms and clause boundaries: what every matching step reads.
struct SentenceTokens: Sendable {
  let index: Int
  let sentence: Sentence
  let tokens: [Token]
  /// Lowercased token texts with typographic apostrophes made plain ("hasn’t" → "hasn't").
  let lower: [String]
  /// The sentence's scalars, for cutting token spans out of it.
  private let scalars: [Unicode.Scalar]
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
    lower = tokens.map { $0.text.lowercased().replacingApostrophes() }
    scalars = Array(sentence.text.unicodeScalars)
    let long = tokens.filter { $0.kind == .word && $0.text.count >= 4 }
    isTitleCase = long.count >= 4 && Double(long.filter(\.isCapitalized).count) >= 0.8 * Double(long.count)
  }

  /// The part of a long sentence within `radius` tokens of `range`, as a sentence of its own, so that work
  /// done per match stays bounded however long a (hostile) sentence is. Short sentences come back whole.
  func window(around range: Range<Int>, radius: Int = 40) -> SentenceTokens {
    guard count > 2 * radius + range.count else { return self }
    let lo = max(0, range.lowerBound - radius)
    let hi = min(count, range.upperBound + radius)
    let base = sentence.range.lowerBound
    let start = tokens[lo].range.lowerBound - base
    let end = tokens[hi - 1].range.upperBound - base
    guard start >= 0, end <= scalars.count, start < end else { return self }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    let part = Sentence(text: String(view), range: (base + start)..<(base + end), line: sentence.line)
    return SentenceTokens(index: index, sentence: part)
  }

  var count: Int { tokens.count }

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
    let base = sentence.range.lowerBound
    let lo = tokens[first].range.lowerBound - base
    let hi = tokens[range.upperBound - 1].range.upperBound - base
    guard lo >= 0, hi <= scalars.count, lo < hi else { return "" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lo..<hi])
    return String(view)
  }
}

extension String {
  func replacingApostrophes() -> String {
    guard unicodeScalars.contains(where: { $0 == "’" || $0 == "‘" }) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "’" || $0 == "‘" ? "'" : $0 }))
  }
}
