/// Names the article only ever uses as a place: "in Westmere", "Westmere consumers". Such a name is no
/// party, so "the company" never resolves to it.
extension ArticleNames {
  /// Words before a name that make it a place ("in Westmere", "across Ohio").
  static let placeOnlyPrepositions: Set<String> = [
    "in", "across", "throughout", "within", "outside", "near",
  ]
  /// Lowercase words after a name that make it a modifier of people or law ("Westmere consumers").
  static let placeModifiedNouns: Set<String> = [
    "consumers", "customers", "residents", "voters", "taxpayers", "lawmakers", "businesses", "law", "laws",
    "statute", "border", "economy", "state", "courts",
  ]

  /// The lowercased texts of one-word party names that every mention in the article writes as a place.
  static func placeOnlyNames(_ names: [Name], in sentences: [SentenceTokens]) -> Set<String> {
    var placeLike: Set<String> = []
    var partyLike: Set<String> = []
    for name in names where name.kind == .party && name.tokens.count == 1 {
      let t = sentences[name.sentence]
      let key = name.text.lowercased()
      let before = name.tokens.lowerBound > 0 ? t.lower[name.tokens.lowerBound - 1] : ""
      let after = name.tokens.upperBound < t.count ? t.lower[name.tokens.upperBound] : ""
      // Lowercase forms have plain apostrophes: "Westmere's" is a party's possessive.
      let possessive = t.lower[name.tokens.lowerBound].hasSuffix("'s")
      if !possessive, placeOnlyPrepositions.contains(before) || placeModifiedNouns.contains(after) {
        placeLike.insert(key)
      } else {
        partyLike.insert(key)
      }
    }
    return placeLike.subtracting(partyLike)
  }
}
