import TextSegmentation

/// The body sentences of an article, asked whether they write a phrase (a name seen in a title-case line)
/// word for word, as written. Few phrases are asked about per article (`ArticleNames.maxTitleCaseChecks`),
/// so each question scans the tokens rather than paying to index every word of every page.
struct BodyPhrases: Sendable {
  private let sentences: [SentenceTokens]

  init(_ body: [SentenceTokens]) {
    sentences = body
  }

  /// Whether some body sentence holds `phrase` as consecutive tokens, with the same capitals.
  func contains(_ phrase: [String]) -> Bool {
    guard let first = phrase.first else { return false }
    for sentence in sentences where sentence.count >= phrase.count {
      let tokens = sentence.tokens
      for start in 0...(tokens.count - phrase.count) where tokens[start].text == first {
        if zip(tokens[start...], phrase).allSatisfy({ $0.text == $1 }) { return true }
      }
    }
    return false
  }
}
