import EventRules
import Testing

/// Wordings of news briefs and roundups that a blind held-out set (22) showed misread: an injunction
/// refused, a fine a count carries, a time followed by "along with", and a roundup's boilerplate.
struct RoundupWordingTests {
  @Test func anInjunctionRefusedIsANegatedInjunction() {
    let events = ArticleFixture(
      "In January, Okoro denied the students’ request for a preliminary injunction that would have required the university to act."
    ).events()
    #expect(events.map(\.type) == ["civil.injunction"])
    #expect(events.first?.status == .negated)
  }

  @Test func aMaximumFineACountCarriesIsPartOfTheSentenceFaced() {
    let types = ArticleFixture("Each count also carries a maximum fine of $250,000.").events().map(\.type)
    #expect(types == ["criminal.sentence"])
  }

  @Test func aTimeBeforeAlongWithDatesTheTrigger() {
    let events = ArticleFixture(
      "Denham was indicted in August along with the agent, Ray Sutter.", published: "2023-10-19"
    )
    .tagged().events()
    #expect(events.first?.date?.value == "2023-08")
  }

  @Test(arguments: [
    "Police & Courts: Burglary suspects charged, former village clerk sentenced",
    "Lisbon woman charged in fatal Route 12 crash",
  ])
  func aHeadlineChargeIsACharge(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.charge"), "\(sentence)")
  }

  @Test(arguments: [
    "Everyone charged with a crime is presumed innocent unless proven guilty.",
    "Here is this week’s roundup of arrests, court cases and calls handled by the police department.",
    "The court’s decision is not a ruling on the merits, the university’s general counsel said.",
  ])
  func boilerplateIsNoEvent(sentence: String) {
    #expect(ArticleFixture(sentence).events().isEmpty, "\(sentence)")
  }
}
