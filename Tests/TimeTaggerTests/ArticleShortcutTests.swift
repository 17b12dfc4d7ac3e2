import Testing

@testable import TimeTagger

/// "the", "a" and "an" start a time expression only before a word that can go on into one; every other
/// article is skipped without trying the patterns.
@Suite struct ArticleShortcutTests {
  @Test(arguments: [
    ("He left the following day.", "the following day"),
    ("Profit rose in the latest quarter.", "the latest quarter"),
    ("The deal runs for an additional year.", "an additional year"),
    ("Rates may rise in the future.", "the future"),
    ("Sales fell in the 1990s.", "the 1990s"),
    ("She spent a few days there.", "a few days"),
    ("It happened the same week.", "the same week"),
  ])
  func anArticleBeforeATimeWordStillStartsTheExpression(sentence: String, expected: String) {
    #expect(tag(sentence).map(\.text).contains(expected), "\(sentence) → \(tag(sentence).map(\.text))")
  }

  @Test func anArticleBeforeAnOrdinaryWordStartsNothing() {
    #expect(tag("The court ruled that a company and an agency had a case.").isEmpty)
  }
}
