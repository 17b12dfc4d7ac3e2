import Testing

@testable import TimeTagger

@Suite struct WordFilterTests {
  @Test func everyWordOfTheSetMayBeInItAndMostOthersAreRuledOut() {
    let words = ExpressionMatcher.starters
    let filter = WordFilter(words)
    #expect(words.allSatisfy { filter.mayContain($0) })
    let others = ["court", "lawsuit", "plaintiff", "injunction", "xylophone", "", "überraschung"]
    #expect(others.filter { filter.mayContain($0) }.count < others.count)
    #expect(!filter.mayContain(""))
  }

  @Test func aWordLongerThanSixtyThreeBytesIsKeptByItsFirstByte() {
    let long = String(repeating: "a", count: 80)
    let filter = WordFilter([long])
    #expect(filter.mayContain(String(repeating: "a", count: 70)))
    #expect(!filter.mayContain("b" + long))
  }
}
