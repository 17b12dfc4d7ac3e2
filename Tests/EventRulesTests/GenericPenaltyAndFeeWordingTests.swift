import EventRules
import Testing

/// What the law threatens violators with, a fee charged to play, amicus briefs, an acquittal the law
/// forbids appealing and a release to house arrest are no happenings of a case (read held-out sets).
struct GenericPenaltyAndFeeWordingTests {
  @Test(arguments: [
    "Violators face up to a year in jail and a $6,250 fine.",
    "Residents will not be charged to play, but the city will charge $5 an hour for reservations.",
    "Business groups filed briefs urging the court to side with the company.",
    "Because the Double Jeopardy Clause bars the government from appealing an acquittal, the Division has no path.",
  ])
  func aGenericStatementTellsNoEvent(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }

  @Test func aReleaseToHouseArrestIsNoArrest() {
    let types = eventTypes(
      "His attorney said she would file a motion asking a Superior Court judge to release Soto to house arrest."
    )
    #expect(types.contains("criminal.release"))
    #expect(!types.contains("criminal.arrest"))
  }

  @Test(arguments: [
    ("He faces up to a year in jail and a $6,250 fine.", "criminal.sentence"),
    ("Prosecutors said the jury's acquittal of Voss on Friday ended the case.", "criminal.acquittal"),
    ("Prosecutors said the officer will not be charged.", "criminal.charge"),
  ])
  func theSameWordsAboutAPartyStillCount(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }
}
