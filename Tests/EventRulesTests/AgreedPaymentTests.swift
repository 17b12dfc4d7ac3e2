import EventRules
import Testing

/// A settlement or a penalty told by the payment still to be made was agreed or imposed: it is actual, as
/// every sample and held-out annotator records it.
struct AgreedPaymentTests {
  @Test(arguments: [
    ("Fairmont will pay $1.1 million to settle a lawsuit brought by a protester.", "civil.settlement"),
    ("MealCrate will pay $7.5 million to settle Federal Trade Commission charges.", "regulatory.penalty"),
  ])
  func aPaymentStillToBeMadeTellsAnActualStep(sentence: String, type: String) {
    let event = ArticleFixture(sentence).tagged().events().first { $0.type == type }
    #expect(event?.status == .actual)
  }

  @Test func aSettlementStillToBeReachedStaysIntended() {
    let event = ArticleFixture("The city said it will settle the lawsuit next month.").tagged().events().first
    #expect(event?.status != .actual)
  }
}

/// "moved to" asks a court for something only when a verb follows: a person who moved to a place made no
/// motion.
struct MovedToTests {
  @Test func aMoveToAPlaceMakesNoRequest() {
    let events = ArticleFixture(
      "Two other engineers who moved to Xinhe with him were indicted without physical detention."
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.charge" }?.status == .actual)
    let place = ArticleFixture("He moved to the United States in 2015 and was arrested in Miami on Monday.")
      .tagged()
      .events()
    #expect(place.first { $0.type == "criminal.arrest" }?.status == .actual)
  }

  @Test func aMotionToDismissIsStillAMotion() {
    #expect(
      ArticleFixture("The company moved to dismiss the suit on Monday.").tagged().events().map(\.type) == [
        "civil.motion_filed"
      ])
  }
}

/// In an article with a criminal case beside a civil one, a hearing its sentence places in the criminal case
/// is no civil hearing.
struct CriminalHearingTests {
  @Test func aHearingInTheCriminalTrialIsTheTrialAndADetentionHearingIsNoCivilHearing() {
    let text = """
      Engineer charged with stealing trade secrets
      The company sued Chao in Santa Clara County Superior Court last week.
      Prosecutors charged him with theft of trade secrets on Monday.
      The first hearing in the criminal trial is scheduled for Feb. 27.
      At Wednesday's detention hearing, the magistrate judge sided with prosecutors.
      """
    let types = ArticleFixture(text, published: "2024-01-19").tagged().events().map(\.type)
    #expect(types.contains("criminal.trial"))
    #expect(!types.contains("civil.hearing"))
  }
}
