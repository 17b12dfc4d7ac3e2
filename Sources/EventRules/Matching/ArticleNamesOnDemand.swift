/// The article's names, found the first time a sentence needs them. Most pages match no rule at all, and
/// finding the names of a whole article costs a quarter of the events stage, so a page without a match
/// should not pay for it.
final class ArticleNamesOnDemand {
  /// The article's sentences, in order: a sentence's `index` is its place here.
  let sentences: [SentenceTokens]

  init(_ sentences: [SentenceTokens]) {
    self.sentences = sentences
  }

  private(set) lazy var names = ArticleNames(sentences)

  /// The last names (lowercase) of the judges the article names: "Ostrowski temporarily blocked it" is a
  /// judge's act wherever the rule asks for a judge nearby.
  private(set) lazy var judgeSurnames: Set<String> = Set(
    names.judges(upTo: 8).compactMap { $0.split(separator: " ").last.map { $0.lowercased() } }
      .filter { $0.count > 2 })

  /// The last word of the name of the agency the article names whose acronym `word` is ("Administration"
  /// for "TGA"): "the TGA issued 12 infringement notices" is an agency's act wherever a rule asks for
  /// "Administration" nearby. The names are found only for a word written as an acronym (no periods), which
  /// most words are not.
  func agencyHead(ofAcronym word: String) -> String? {
    guard ArticleNames.acronymLetters(word) == word else { return nil }
    return names.expansion(ofAcronym: word)?.split(separator: " ").last.map(String.init)
  }
}
