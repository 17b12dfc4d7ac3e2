import Testing

@testable import TextSegmentation

@Suite struct WordFilterTests {
  @Test func everyWordOfTheSetMayBeInItAndMostOthersAreRuledOut() {
    let words: Set<String> = [
      "march", "monday", "last", "next", "the", "week", "year", "2021", "sued", "ruled",
    ]
    let filter = WordFilter(words)
    #expect(words.allSatisfy { filter.mayContain($0) })
    let others = ["court", "plaintiff", "injunction", "xylophone", "überraschung", "moon"]
    #expect(others.allSatisfy { !filter.mayContain($0) })
    #expect(!filter.mayContain(""))
  }

  @Test func aWordLongerThanSixtyThreeBytesIsKeptByItsFirstByte() {
    let long = String(repeating: "a", count: 80)
    let filter = WordFilter([long])
    #expect(filter.mayContain(String(repeating: "a", count: 70)))
    #expect(!filter.mayContain("b" + long))
  }
}
