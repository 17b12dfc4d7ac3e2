import TextSegmentation

/// The body sentences of an article as token sequences, indexed by word: whether the body writes a phrase
/// (a name seen in a title-case line) word for word, as written, without searching the whole text again.
struct BodyPhrases: Sendable {
  private let sentences: [[String]]
  /// Where each word occurs: sentence and token positions.
  private let positions: [String: [(sentence: Int, token: Int)]]

  init(_ body: [SentenceTokens]) {
    sentences = body.map { $0.tokens.map(\.text) }
    var positions: [String: [(sentence: Int, token: Int)]] = [:]
    for (s, words) in sentences.enumerated() {
      for (t, word) in words.enumerated() { positions[word, default: []].append((s, t)) }
    }
    self.positions = positions
  }

  /// Whether some body sentence holds `phrase` as consecutive tokens, with the same capitals.
  func contains(_ phrase: [String]) -> Bool {
    guard let first = phrase.first, let starts = positions[first] else { return false }
    return starts.contains { start in
      let words = sentences[start.sentence]
      guard start.token + phrase.count <= words.count else { return false }
      return zip(words[start.token...], phrase).allSatisfy { $0 == $1 }
    }
  }
}
