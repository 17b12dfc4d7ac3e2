/// The names an article mentions, in order, with what kind of party each is: what generic phrases
/// ("the company", "the judge") and pronouns ("them") are resolved against.
struct ArticleNames: Sendable {
  enum Kind: Sendable { case judge, authority, place, party }

  struct Name: Sendable {
    let sentence: Int
    let tokens: Range<Int>
    let text: String
    let kind: Kind
  }

  private(set) var names: [Name] = []

  static let authorityWords: Set<String> = [
    "department", "agency", "commission", "office", "bureau", "ministry", "administration", "government",
    "court", "circuit", "treasury", "congress", "senate", "police", "regulator", "authority", "service",
    "prosecutor", "prosecutors", "tribunal", "council", "directorate", "board", "unit", "inspectorate",
    "commissioner", "regulators", "parliament", "house", "fbi", "sec", "ftc", "doj",
    "cftc", "ofac", "fcc", "epa", "fda", "irs", "finra", "cma", "ico", "fca", "nhtsa", "commerce", "justice",
  ]
  static let places: Set<String> = [
    "u.s.", "us", "usa", "u.s.a.", "america", "american", "china", "chinese", "uk", "u.k.", "britain",
    "british", "eu", "europe", "european", "russia", "russian", "india", "indian", "japan", "japanese",
    "germany", "german", "france", "french", "canada", "canadian", "washington", "beijing", "brussels",
    "london", "new", "york", "california", "texas", "israel", "israeli", "iran", "korea", "prc", "hong",
    "kong",
  ]

  init(_ sentences: [SentenceTokens]) {
    for tokens in sentences {
      let titleCase = NameFinder.isTitleCase(tokens)
      for span in NameFinder.allNames(in: tokens) {
        let words = span.map { String(tokens.lower[$0].filter { $0 != "'" && $0 != "’" }) }
        let kind: Kind
        if words.contains("judge") || words.contains("justice")
          || (span.lowerBound > 0
            && ["judge", "justice"].contains(tokens.lower[span.lowerBound - 1]))
        {
          kind = .judge
        } else if words.contains(where: { Self.authorityWords.contains($0) }) {
          kind = .authority
        } else if words.allSatisfy({ Self.places.contains($0) }) {
          kind = .place
        } else {
          kind = .party
        }
        // A title-case headline's capitals name no judge or agency ("Judge Tosses Suit Against ...").
        if titleCase && kind != .party { continue }
        names.append(
          Name(sentence: tokens.index, tokens: span, text: Self.clean(tokens.text(span)), kind: kind))
      }
    }
  }

  /// The last name of `kind` mentioned before token `token` of sentence `sentence`.
  func latest(_ kinds: Set<Kind>, before sentence: Int, token: Int) -> Name? {
    // Names are in text order: find the first one not before the position, then look back from there.
    var lo = 0
    var hi = names.count
    while lo < hi {
      let mid = (lo + hi) / 2
      let name = names[mid]
      if name.sentence < sentence || (name.sentence == sentence && name.tokens.upperBound <= token) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    return names[..<lo].last { kinds.contains($0.kind) }
  }

  /// The fullest name in the article that ends with `head` ("U.S. government" for "the government").
  func fullest(endingWith head: String) -> String? {
    let candidates = names.compactMap { name in
      name.text.components(separatedBy: " and ").last.flatMap {
        $0.lowercased().hasSuffix(" " + head) ? $0 : nil
      }
    }
    return candidates.max { $0.count < $1.count }
  }

  /// A name as a participant: no leading article, no trailing possessive.
  static func clean(_ text: String) -> String {
    var result = text
    for article in ["the ", "The ", "its ", "their ", "Its ", "Their "] where result.hasPrefix(article) {
      result.removeFirst(article.count)
    }
    for possessive in ["’s", "'s", "’", "'"] where result.hasSuffix(possessive) {
      result.removeLast(possessive.count)
    }
    return result
  }
}
