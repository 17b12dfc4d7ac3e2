import Testing

@testable import TextSegmentation

/// The byte scanner must cut ASCII text exactly as the general path does, and refuse other text.
@Suite struct ASCIITokenScannerTests {
  static let sentences = [
    "The U.S. Court of Appeals ruled on Oct. 3, 2021, at 10:30 a.m. EST.",
    "Xiaomi's shares rose 3.5% to $1,200 in the third-quarter; it's a two-year-old case (No. 21-cv-280).",
    "Filed 12/03/2021 -- the mid-1990s' e.g. rules -- and A.B.C. said 'no'.",
  ]

  @Test("cuts tokens like the general path", arguments: sentences)
  func matchesTheGeneralPath(_ sentence: String) {
    let fast = ASCIITokenScanner.tokens(in: sentence, offset: 7)
    #expect(fast == Tokenizer().scalarTokens(in: sentence, offset: 7))
  }

  @Test func refusesTextWithNonASCIICharacters() {
    #expect(ASCIITokenScanner.tokens(in: "Café owners said “not now”.", offset: 0) == nil)
  }
}
