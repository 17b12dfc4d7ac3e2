/// The accepted lowercase forms of one word of a pattern. The matcher asks, word by word of a sentence,
/// whether a word is one of them: a few forms are compared in turn, lengths first, which costs less than
/// hashing the word; a long list of alternatives is hashed. (A class: a pattern's elements are copied as the
/// matcher steps through them, and one reference is cheaper to copy than two collections.)
final class WordForms: Sendable, Hashable {
  /// Every form.
  let all: Set<String>
  /// The forms with their lengths in UTF-8, when there are few (else empty).
  private let few: [Form]

  private struct Form: Sendable, Hashable {
    let length: Int
    let text: String
  }

  /// The most forms compared in turn rather than hashed.
  static let mostCompared = 8

  init(_ forms: Set<String>) {
    all = forms
    few =
      forms.count <= Self.mostCompared
      ? forms.sorted().map { Form(length: $0.utf8.count, text: $0) } : []
  }

  static func == (a: WordForms, b: WordForms) -> Bool { a.all == b.all }

  func hash(into hasher: inout Hasher) { hasher.combine(all) }

  func contains(_ word: String) -> Bool {
    guard !few.isEmpty else { return all.contains(word) }
    let length = word.utf8.count
    return few.contains { $0.length == length && $0.text == word }
  }
}
