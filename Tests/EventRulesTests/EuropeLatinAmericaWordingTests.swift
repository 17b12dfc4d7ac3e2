import EventRules
import Testing

/// Wordings of European and Latin American court and sanctions news that a blind held-out set (19) showed
/// missing or misread, each beside the reading that must not take its place.
struct EuropeLatinAmericaWordingTests {
  @Test(arguments: [
    (
      "Marchuk was first listed in March 2015, one of 18 former officials whose assets the Council froze.",
      "regulatory.designation"
    ),
    ("The Council extended his listing for another year in March 2018.", "regulatory.designation"),
    ("In 2016 the same court annulled the listing of a former deputy energy minister.", "civil.ruling"),
    ("A judge ordered Ferri and seven others to stand trial in March 2013.", "criminal.charge"),
    ("Brazil’s top court keeps Dry Dock conviction in place", "appeal.decided"),
    (
      "Brazil’s Supreme Federal Tribunal on Tuesday rejected a final appeal by Marcos Lacerda.",
      "appeal.decided"
    ),
    ("A collegiate tribunal in Mexico City rejected the challenge in March.", "appeal.decided"),
    ("On Monday, Justice Celso Andrada ratified the plea agreements of 14 more executives.", "criminal.plea"),
    (
      "Saint-Aurèle brought its claim for damages against Azur Voirie in January 2020.",
      "civil.complaint_filed"
    ),
    (
      "In December, a judge in Asunción had dismissed the charges against Benítez for lack of evidence.",
      "criminal.charge"
    ),
  ])
  func wordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence) == [type], "\(sentence)")
  }

  @Test func decidingWhetherToChallengeAcquittalsIsAnAppealNotAnAcquittal() {
    let events = ArticleFixture(
      "Prosecutor Luca Benedetti said he would decide whether to challenge the acquittals once the court publishes its reasons."
    ).events()
    #expect(events.map(\.type) == ["appeal.filed"])
    #expect(events.first?.status == .hypothetical)
  }

  @Test(arguments: [
    "The court rejected both arguments.",
    "Justice Sandhu rejected both arguments, noting that the test looks at the essence of the conduct.",
  ])
  func rejectingArgumentsIsReasoningNotARuling(sentence: String) {
    #expect(ArticleFixture(sentence).events().isEmpty, "\(sentence)")
  }

  @Test func aCriminalCourtsFineIsNoRegulatorsPenalty() {
    let types = ArticleFixture(
      "In March 2019 the Nice criminal court convicted the former managing director and fined the company €200,000."
    ).events().map(\.type)
    #expect(!types.contains("regulatory.penalty"))
  }
}
