import Testing

@testable import EventRules

/// A sentence that ends on a determiner where a name was looked for names nothing and stops no page: the
/// seventeenth fuzzing run found a page whose sentence ended "… the" after a trigger, which read past the
/// sentence's last word.
struct NameFinderBoundsTests {
  @Test func aDeterminerThatEndsTheSentenceNamesNothing() {
    let t = SentenceTokens.standalone("The company sued the")
    #expect(NameFinder.name(startingAt: t.count - 1, in: t) == nil)
  }

  @Test(arguments: ["Acme sued the", "The regulator fined the", "Police arrested the"])
  func aSentenceEndingOnADeterminerAfterATriggerStillGivesItsStep(sentence: String) {
    #expect(!ArticleFixture(sentence).events().isEmpty, "\(sentence)")
  }
}
