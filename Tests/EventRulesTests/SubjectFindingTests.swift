import EventRules
import Testing

/// The subject of a trigger found across the words that may stand between it and its verb.
struct SubjectFindingTests {
  func first(_ text: String) -> LegalEvent? {
    ArticleFixture(text).events().first
  }

  @Test func aTitleAbbreviationStaysWithTheName() {
    let event = first("Sen. Marcus Bell was indicted on bribery charges.")
    #expect(event?.names("defendant") == ["Sen. Marcus Bell"])
  }

  @Test func aTimeBetweenSubjectAndVerbIsSkipped() {
    let event = first("Gov. Priya Anand on Tuesday pardoned a retired teacher.")
    #expect(event?.type == "criminal.pardon")
    #expect(event?.names("authority") == ["Gov. Priya Anand"])
  }

  @Test func anAppositionBetweenSubjectAndVerbIsSkipped() {
    let event = first("Tomas Reyes, 47, of Lakeview, was convicted of arson.")
    #expect(event?.names("defendant") == ["Tomas Reyes"])
  }

  @Test func aClauseBetweenCommasIsNoApposition() {
    let event = first("Tomas Reyes, prosecutors said, was convicted of arson.")
    #expect(event?.names("defendant") == [])
  }
}
