import Testing
import TextSegmentation

@testable import EventRules

@Suite struct BodyPhrasesTests {
  let body = BodyPhrases(
    ["The Federal Trade Commission sued Acme Corp. on Monday.", "Acme said it would fight."].enumerated().map
    {
      SentenceTokens.standalone($0.element)
    })

  @Test func aPhraseWrittenWordForWordInTheBodyIsFound() {
    #expect(body.contains("Federal Trade Commission"))
    #expect(body.contains("Acme said"))
  }

  @Test func capitalsWordOrderAndSentenceBoundariesMatter() {
    #expect(!body.contains("federal trade commission"))
    #expect(!body.contains("Trade Federal"))
    #expect(!body.contains("Monday. Acme"))
    #expect(!body.contains(""))
  }
}
