/// One sentence of a text, with where it stands in that text.
public struct Sentence: Sendable, Hashable {
  /// The sentence's text, trimmed of surrounding whitespace.
  public let text: String
  /// Where the sentence stands in the segmented text, in Unicode scalars (`text.unicodeScalars` offsets).
  public let range: Range<Int>
  /// Which line of the segmented text holds the sentence (lines are article blocks), counting from 0.
  public let line: Int

  public init(text: String, range: Range<Int>, line: Int) {
    self.text = text
    self.range = range
    self.line = line
  }
}
