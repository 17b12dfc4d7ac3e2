import TextSegmentation

/// A fixed list of lowercase words, looked up many times per sentence (determiners, pronouns, organisation
/// nouns). A byte filter in front of the set rules out most words of a text without hashing them: hashing a
/// string costs more than the rest of most look-ups.
struct WordList: Sendable, ExpressibleByArrayLiteral {
  let words: Set<String>
  private let filter: WordFilter

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  init<S: Sequence<String>>(_ words: S) {
    self.words = Set(words)
    filter = WordFilter(self.words)
  }

  @inline(__always)
  func contains(_ word: String) -> Bool {
    filter.mayContain(word) && words.contains(word)
  }
}
