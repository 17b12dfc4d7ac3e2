import Testing

@testable import TextSegmentation

@Suite struct SentencePiecesTests {
  @Test func aShortSentenceIsItsOnlyPiece() {
    let sentence = Sentence(text: "The court ruled.", range: 5..<21, line: 2)
    #expect(sentence.pieces(maxScalars: 100) == [sentence])
  }

  @Test func aLongSentenceIsCutAtSpacesIntoBoundedPiecesThatKeepTheirOffsets() {
    let words = (0..<500).map { "wörd\($0)" }
    let text = words.enumerated().map { $0.offset % 7 == 0 ? $0.element + "  \t" : $0.element }.joined(
      separator: " ")
    let sentence = Sentence(text: text, range: 100..<(100 + text.unicodeScalars.count), line: 7)
    let pieces = sentence.pieces(maxScalars: 64)
    #expect(pieces.count > 1)
    let scalars = Array(text.unicodeScalars)
    for piece in pieces {
      #expect(piece.range.count <= 64)
      #expect(piece.line == 7)
      let own = String(
        String.UnicodeScalarView(scalars[(piece.range.lowerBound - 100)..<(piece.range.upperBound - 100)]))
      #expect(piece.text == own)
      #expect(!piece.text.hasPrefix(" ") && !piece.text.hasSuffix(" "))
    }
    #expect(pieces.flatMap { $0.text.split(whereSeparator: \.isWhitespace).map(String.init) } == words)
  }

  @Test func aPieceWithoutSpacesIsCutMidWord() {
    let text = String(repeating: "x", count: 250)
    let pieces = Sentence(text: text, range: 0..<250, line: 0).pieces(maxScalars: 100)
    #expect(pieces.map(\.range) == [0..<100, 100..<200, 200..<250])
  }
}
