import Testing

@testable import TextSegmentation

@Suite struct SentenceSplitterTests {
  let splitter = SentenceSplitter()

  func texts(_ s: String) -> [String] { splitter.sentences(in: s).map(\.text) }

  @Test func splitsAtPeriodsFollowedByACapital() {
    #expect(texts("The judge ruled. The company appealed.") == ["The judge ruled.", "The company appealed."])
  }

  @Test func keepsUSInsideASentence() {
    #expect(
      texts("Now, the U.S. Defense Department has agreed. It said so.")
        == ["Now, the U.S. Defense Department has agreed.", "It said so."])
  }

  @Test func splitsAfterUSWhenASentenceStarterFollows() {
    #expect(texts("Xiaomi sued the U.S. The judge agreed.") == ["Xiaomi sued the U.S.", "The judge agreed."])
  }

  @Test func keepsIncBeforeAVerb() {
    #expect(texts("Apple Inc. said it would appeal.") == ["Apple Inc. said it would appeal."])
  }

  @Test func keepsTheTradePresssCircuitAbbreviation() {
    #expect(
      texts("DC Circ. Scraps FERC Approval Of Ridgeback Gas Pipeline. It said so.")
        == ["DC Circ. Scraps FERC Approval Of Ridgeback Gas Pipeline.", "It said so."])
  }

  @Test func keepsTitlesInitialsAndMonthAbbreviations() {
    #expect(
      texts("Mr. Smith met Judge Rudolph J. Contreras on Oct. 3 in Washington. He left.")
        == ["Mr. Smith met Judge Rudolph J. Contreras on Oct. 3 in Washington.", "He left."])
  }

  @Test func keepsLocalTitlesAndAsianCompanyForms() {
    #expect(
      texts("The members who voted no, Ald. Ron Pietrowski and Det. Gail Sturm, objected.")
        == ["The members who voted no, Ald. Ron Pietrowski and Det. Gail Sturm, objected."])
    #expect(
      texts("BIS removed Larchmont Logistics Pte. Ltd., a Singapore freight forwarder, from the list.")
        == ["BIS removed Larchmont Logistics Pte. Ltd., a Singapore freight forwarder, from the list."])
    #expect(
      texts(
        "It began when Coun. Arjun Price went to police, and Cst. Dana Roy and Asst. U.S. Attorney Lee took it up."
      )
        == [
          "It began when Coun. Arjun Price went to police, and Cst. Dana Roy and Asst. U.S. Attorney Lee took it up."
        ])
  }

  @Test func keepsClosingQuotesWithTheirSentence() {
    #expect(
      texts("The move was “arbitrary and capricious.” Xiaomi welcomed it.")
        == ["The move was “arbitrary and capricious.”", "Xiaomi welcomed it."])
  }

  @Test func lineBreaksAlwaysEndASentence() {
    let sentences = splitter.sentences(in: "Headline without a period\nFirst sentence. Second one.")
    #expect(sentences.map(\.text) == ["Headline without a period", "First sentence.", "Second one."])
    #expect(sentences.map(\.line) == [0, 1, 1])
  }

  @Test func rangesCountUnicodeScalars() {
    let text = "Café “rules”. Next one."
    let sentences = splitter.sentences(in: text)
    let scalars = Array(text.unicodeScalars)
    for sentence in sentences {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[sentence.range])
      #expect(String(view) == sentence.text)
    }
    #expect(sentences.count == 2)
  }

  @Test func doesNotSplitDecimalsOrLowercaseContinuations() {
    #expect(
      texts("Shares fell 3.5 percent. e.g. this stays.") == ["Shares fell 3.5 percent. e.g. this stays."])
  }

  @Test func emptyAndWhitespaceTextGiveNoSentences() {
    #expect(texts("").isEmpty)
    #expect(texts("  \n \n").isEmpty)
  }

  @Test func eachSentenceTextIsItsRangeOfScalarsInTheText() {
    let text =
      "Zoë Müller sued — again. 法院驳回了诉讼。 The court 😀 ruled “no.”\nNext line: Ærø’s appeal failed! Done."
    let scalars = Array(text.unicodeScalars)
    let sentences = splitter.sentences(in: text)
    #expect(sentences.count >= 4)
    for sentence in sentences {
      #expect(sentence.text == String(String.UnicodeScalarView(scalars[sentence.range])))
    }
  }
}
