import TextSegmentation

/// A sentence with its tokens, lowercased forms and clause boundaries: what every matching step reads.
struct SentenceTokens: Sendable {
  let index: Int
  let sentence: Sentence
  let tokens: [Token]
  /// Lowercased token texts with typographic apostrophes made plain ("hasn’t" → "hasn't").
  let lower: [String]

  init(index: Int, sentence: Sentence) {
    self.index = index
    self.sentence = sentence
    tokens = Tokenizer().tokens(in: sentence.text, offset: sentence.range.lowerBound)
    lower = tokens.map { $0.text.lowercased().replacingApostrophes() }
  }

  var count: Int { tokens.count }

  /// A short text tokenized on its own (a judge's name found elsewhere), for the role finders.
  static func standalone(_ text: String) -> SentenceTokens {
    SentenceTokens(index: -1, sentence: Sentence(text: text, range: 0..<text.unicodeScalars.count, line: 0))
  }

  /// Punctuation and words that end a clause.
  static let clauseBreaks: Set<String> = [
    ",", ";", ":", "—", "–", "-", "(", ")", "but", "although", "though", "while", "whereas", "because", "and",
  ]

  /// The first token of the clause holding token `i` (looking back past no clause break).
  func clauseStart(before i: Int) -> Int {
    var j = i
    while j > 0, !Self.clauseBreaks.contains(lower[j - 1]) { j -= 1 }
    return j
  }

  /// The token after the last one of the clause holding token `i`.
  func clauseEnd(after i: Int) -> Int {
    var j = i
    while j < count, !Self.clauseBreaks.contains(lower[j]) { j += 1 }
    return j
  }

  /// The text from token `a` up to (not including) token `b`, as written.
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= count, first < range.upperBound else { return "" }
    let base = sentence.range.lowerBound
    let scalars = Array(sentence.text.unicodeScalars)
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
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "’" || $0 == "‘" ? "'" : $0 }))
  }
}
