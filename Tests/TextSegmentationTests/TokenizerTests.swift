import Testing

@testable import TextSegmentation

@Suite struct TokenizerTests {
  @Test func keepsAbbreviationsContractionsAndHyphensInOneWord() {
    let tokens = Tokenizer().tokens(in: "The U.S. didn't back-track.")
    #expect(tokens.map(\.text) == ["The", "U.S.", "didn't", "back-track", "."])
    #expect(tokens.map(\.kind) == [.word, .word, .word, .word, .punctuation])
  }

  @Test func keepsNumbersWithSeparatorsTogether() {
    let tokens = Tokenizer().tokens(in: "$1,200.50 on 3/12/2021")
    #expect(tokens.map(\.text) == ["$", "1,200.50", "on", "3/12/2021"])
  }

  @Test func offsetsStartAtTheGivenOffsetAndCountScalars() {
    let tokens = Tokenizer().tokens(in: "é ok", offset: 10)
    #expect(tokens.map(\.range) == [10..<11, 12..<14])
  }

  @Test func aSentenceFinalInitialIsNotAnAbbreviation() {
    #expect(Tokenizer().tokens(in: "plan A.").map(\.text) == ["plan", "A", "."])
  }

  @Test func eachTokenTextIsItsRangeOfScalarsWhateverTheScript() {
    let text = "Zoë’s suit — filed 3/12/2021 in 東京 😀 by Ærø-Müller, U.S. court."
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer().tokens(in: text, offset: 5)
    #expect(tokens.map(\.text).contains("Zoë’s"))
    #expect(tokens.map(\.text).contains("Ærø-Müller"))
    for token in tokens {
      #expect(
        token.text
          == String(
            String.UnicodeScalarView(scalars[(token.range.lowerBound - 5)..<(token.range.upperBound - 5)])))
    }
  }
}
