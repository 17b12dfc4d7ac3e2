import Testing
import TextSegmentation

@testable import EventRules

/// Trigger phrases: inflections, multi-word phrases, gaps and slots.
struct TriggerMatchingTests {
  func types(_ text: String) -> [String] {
    ArticleFixture(text).events().map(\.type)
  }

  @Test(arguments: [
    "Acme sued Globex in federal court.",
    "Acme is suing Globex over the patents.",
    "Acme sues Globex over the patents.",
    "Acme filed a lawsuit against Globex.",
    "Acme filed suit against Globex on Monday.",
    "Acme brought a suit against Globex.",
    "Acme filed a class-action lawsuit against Globex.",
  ])
  func lemmaAndPhraseTriggersMatchTheirInflections(sentence: String) {
    #expect(types(sentence) == ["civil.complaint_filed"])
  }

  @Test func slotsFillPlaintiffAndDefendant() {
    let event = ArticleFixture("Acme Corp. sued Globex Inc. over the patents.").events().first
    #expect(event?.names("plaintiff") == ["Acme Corp."])
    #expect(event?.names("defendant") == ["Globex Inc."])
    #expect(event?.caseKey == "acme-corp-v-globex-inc")
  }

  @Test func aGapAllowsWordsBetweenTriggerWords() {
    #expect(types("Acme filed a new antitrust lawsuit against Globex.") == ["civil.complaint_filed"])
    // Wider than the gap: the words are too far apart to be one phrase.
    #expect(types("Acme filed papers and, in a separate matter entirely, a big sprawling lawsuit.").isEmpty)
  }

  @Test func aRequiredSlotNeedsAName() {
    // "fine {target}" needs a party after "fine".
    #expect(types("The regulator will fine Acme for the breach.") == ["regulatory.penalty"])
    #expect(types("The weather was fine and sunny.").isEmpty)
  }

  @Test func judgeAndCourtAreFoundAroundTheTrigger() {
    let event = ArticleFixture(
      "U.S. District Judge Lucy Koh of the U.S. District Court for the Northern District of California ruled that the app store rules were unlawful."
    ).events().first
    #expect(event?.type == "civil.ruling")
    #expect(event?.names("judge") == ["Lucy Koh"])
    #expect(event?.names("court") == ["U.S. District Court for the Northern District of California"])
  }

  @Test func higherPriorityRuleKeepsOverlappingWords() {
    // "temporarily removed ... from the blacklist" is an injunction, not a delisting.
    let events = ArticleFixture("Judge Ann Lee temporarily removed Acme from the blacklist.").events()
    #expect(events.map(\.type) == ["civil.injunction"])
    #expect(events.first?.names("target") == ["Acme"])
  }

  @Test func aTriggerOfAnotherKindInsideAGapIsItsOwnStep() {
    let events = taggedEvents(
      "The chain was sued last year. A hearing on Casa Brava's motion to dismiss that suit is scheduled for Dec. 5 in Boston."
    )
    let hearing = events.first { $0.type == "civil.hearing" }
    let motion = events.first { $0.type == "civil.motion_filed" }
    #expect(hearing?.status == .scheduled)
    #expect(hearing?.date?.value == "2021-12-05")
    // The outer verb schedules the hearing: the motion was made, and the hearing's day is not its day.
    #expect(motion?.status == .actual)
    #expect(motion?.date == nil)
  }

  @Test func aTriggerInsideAGapIsKeptOnlyWhenItsKindDiffers() throws {
    func pack(innerType: String) throws -> RulePack {
      try RulePack.parse(
        """
        version: 1
        rules:
          - id: test.hearing
            type: civil.hearing
            description: A hearing is set.
            status: scheduled
            triggers: ["hearing {0-6} is set for"]
          - id: test.inner
            type: \(innerType)
            description: A word inside the hearing's gap.
            triggers: ["motion to dismiss"]
        """, source: "test.yaml")
    }
    let text = "A hearing on the motion to dismiss is set for Dec. 5."
    let mixed = try pack(innerType: "civil.motion_filed")
    #expect(
      ArticleFixture(text).events(mixed).map(\.type).sorted() == ["civil.hearing", "civil.motion_filed"])
    let same = try pack(innerType: "civil.hearing")
    #expect(ArticleFixture(text).events(same).map(\.type) == ["civil.hearing"])
  }

  @Test func rulesAreLookedUpByTriggerWordSoUnusedRulesCostNothing() throws {
    // A pack of 2,000 rules whose triggers never occur: no word of the text leads to any of them, so
    // matching does no work for them (speed itself is measured by the benchmark).
    var yaml = "version: 1\nrules:\n"
    for i in 0..<2000 {
      yaml +=
        "  - {id: r\(i), type: civil.hearing, description: d, triggers: [\"zzword\(i) {0-8} yy {0-8} xx\"]}\n"
    }
    let pack = try RulePack.parse(yaml, source: "big.yaml")
    let index = RuleIndex(pack.rules)
    let text = "Acme sued Globex and the court held a hearing on the motion."
    let words = Tokenizer().tokens(in: text).map { $0.text.lowercased() }
    #expect(words.allSatisfy { index.entries(for: $0).isEmpty })
    #expect(index.entries(for: "zzword7").count == 1)
    #expect(ArticleFixture(text).events(pack).isEmpty)
  }
}

/// A negated word (`!the|ruling`) lets one veto tell "the appeal of an idea" from "the appeal of a ruling"
/// without listing every idea.
struct NegatedWordTests {
  @Test(arguments: [
    "Researchers have long studied the appeal of self-disclosure on social media.",
    "The appeal of this approach is obvious to investors.",
    "Its broad appeal of cheap flights kept the airline full.",
    "Analysts questioned the appeal of remote work after the pandemic.",
  ])
  func theAttractionOfSomethingIsNoAppeal(sentence: String) {
    #expect(ArticleFixture(sentence).events().isEmpty, "\(sentence)")
  }

  @Test(arguments: [
    "The appeal of the ruling was filed on Monday.",
    "The appeal of Judge Lee's decision was lodged in March.",
    "The company filed an appeal of this decision in March.",
    "Their appeal of the conviction was filed last week.",
  ])
  func theAppealOfADecisionIsStillAnAppeal(sentence: String) {
    #expect(ArticleFixture(sentence).events().map(\.type).contains("appeal.filed"), "\(sentence)")
  }

  @Test func aNegatedWordMatchesExactlyOneOtherWord() throws {
    let pattern = try TriggerPattern("appeal of !the|ruling", roles: [])
    let words = ["the", "appeal", "of", "gold"]
    #expect(PatternMatcher.match(pattern, in: words, anchorAt: 1)?.range == 1..<4)
    #expect(PatternMatcher.match(pattern, in: ["appeal", "of", "the"], anchorAt: 0) == nil)
    #expect(PatternMatcher.match(pattern, in: ["appeal", "of", "rulings"], anchorAt: 0) == nil)
    #expect(PatternMatcher.match(pattern, in: ["appeal", "of"], anchorAt: 0) == nil)
  }

  @Test func aGapCountsAHyphenatedCompoundAsOneWord() throws {
    let pattern = try TriggerPattern("took {0-3} into custody", roles: [])
    let compound = ["took", "a", "17", "-", "year", "-", "old", "into", "custody"]
    #expect(PatternMatcher.match(pattern, in: compound, anchorAt: 0)?.range == 0..<9)
    let fourWords = ["took", "the", "very", "tired", "man", "into", "custody"]
    #expect(PatternMatcher.match(pattern, in: fourWords, anchorAt: 0) == nil)
  }

  @Test func aGapCountsAnOrdinalAsOneWord() throws {
    let pattern = try TriggerPattern("appeal to {0-3} Circuit", roles: [])
    let ordinal = ["appeal", "to", "the", "8", "th", "u.s.", "circuit"]
    #expect(PatternMatcher.match(pattern, in: ordinal, anchorAt: 0)?.range == 0..<7)
    let fourWords = ["appeal", "to", "the", "federal", "u.s.", "eighth", "circuit"]
    #expect(PatternMatcher.match(pattern, in: fourWords, anchorAt: 0) == nil)
  }
}
