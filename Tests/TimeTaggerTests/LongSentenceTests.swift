import Testing

@testable import TimeTagger

@Suite struct LongSentenceTests {
  @Test func aTimeDeepInsideAnEndlessLineIsStillFoundAtItsOffset() {
    let filler = String(repeating: "lorem ipsum dolor sit amet ", count: 3_000)
    let text = filler + "the hearing was held on March 3, 2020 and " + filler
    let found = tag(text)
    #expect(found.map(\.text) == ["March 3, 2020"])
    let scalars = Array(text.unicodeScalars)
    if let range = found.first?.range {
      #expect(String(String.UnicodeScalarView(scalars[range])) == "March 3, 2020")
    }
  }
}
