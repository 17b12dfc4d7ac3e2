/// The sides of an article's cases with their names' words worked out once, so that telling each party's
/// side costs a few word comparisons per case, not a re-analysis of every name ("thousands of complaints").
struct CaseSideIndex {
  private(set) var sides: [CaseRoles.Side]
  private var plaintiffWords: [[String]?]
  private var defendantWords: [[String]?]
  /// Whether some side of some case is a public body (a state, a department).
  private(set) var publicSideNamed: Bool
  /// The roles ("plaintiff", "defendant") public bodies hold in the cases, each once, in order.
  private(set) var publicRoles: [String]

  init(_ sides: [CaseRoles.Side]) {
    self.sides = sides
    plaintiffWords = sides.map { $0.plaintiff.map(CaseRoles.words(of:)) }
    defendantWords = sides.map { $0.defendant.map(CaseRoles.words(of:)) }
    publicSideNamed = false
    publicRoles = []
    for k in sides.indices {
      note(plaintiffWords[k], as: "plaintiff")
      note(defendantWords[k], as: "defendant")
    }
  }

  private mutating func note(_ words: [String]?, as role: String) {
    guard let words, words.contains(where: { CaseRoles.publicBodyWords.contains($0) }) else { return }
    publicSideNamed = true
    if !publicRoles.contains(role) { publicRoles.append(role) }
  }

  /// The side a case gives a party of these words, if any.
  func side(of words: [String]) -> String? {
    if plaintiffWords.contains(where: { $0.map { CaseRoles.sameWords($0, words) } == true }) {
      return "plaintiff"
    }
    if defendantWords.contains(where: { $0.map { CaseRoles.sameWords($0, words) } == true }) {
      return "defendant"
    }
    return nil
  }

  /// Fills the open side of the article's only case with `name`, and says which side that was.
  mutating func fillOpenSide(with name: String, words: [String]) -> String? {
    guard sides.count == 1 else { return nil }
    if sides[0].defendant == nil, sides[0].plaintiff != nil {
      sides[0].defendant = name
      defendantWords[0] = words
      note(words, as: "defendant")
      return "defendant"
    }
    if sides[0].plaintiff == nil, sides[0].defendant != nil {
      sides[0].plaintiff = name
      plaintiffWords[0] = words
      note(words, as: "plaintiff")
      return "plaintiff"
    }
    return nil
  }
}
