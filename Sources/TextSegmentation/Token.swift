/// One word, number or punctuation mark of a sentence.
public struct Token: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Letters, possibly with inner apostrophes, hyphens or abbreviation periods ("don't", "U.S.").
    case word
    /// Digits, possibly with inner separators ("2021", "1,200", "3.5", "12/03/2021").
    case number
    /// Any other single character that is not whitespace.
    case punctuation
  }

  public let text: String
  public let kind: Kind
  /// Where the token stands in the tokenized text, in Unicode scalars.
  public let range: Range<Int>

  public init(text: String, kind: Kind, range: Range<Int>) {
    self.text = text
    self.kind = kind
    self.range = range
  }

  /// Whether the token starts with an uppercase letter.
  public var isCapitalized: Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return first.isUppercaseLike
  }
}
