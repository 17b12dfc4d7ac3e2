import Testing

@testable import TextSegmentation
@testable import TimeTagger

/// The byte tokenizer must cut ASCII text exactly as `Tokenizer` does, and hand other text to it.
@Suite struct ASCIITokenizerTests {
  static let sentences = [
    "The U.S. Court of Appeals ruled on Oct. 3, 2021, at 10:30 a.m. EST.",
    "Xiaomi's shares rose 3.5% to $1,200 in the third-quarter; it's a two-year-old case (No. 21-cv-280).",
    "Filed 12/03/2021 -- the mid-1990s' e.g. rules -- and A.B.C. said 'no'.",
    "Café owners in Zürich said “not now” — on 12 März.",
  ]

  @Test("cuts tokens like Tokenizer", arguments: sentences)
  func matchesTokenizer(_ sentence: String) {
    let fast = ASCIITokenizer.tokens(in: sentence, offset: 7)
    let reference = Tokenizer().tokens(in: sentence, offset: 7)
    #expect(fast == reference)
  }
}
