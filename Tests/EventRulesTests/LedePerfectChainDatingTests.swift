import EventRules
import Testing

/// A press release tells the day's news in the present perfect: "The Directorate has also suspended …" and,
/// right after it, "The ASD has opened an investigation …" are both of the publication day, even past the
/// lede's third sentence (sample asd-gov-coral-sky-ban-lifted). A deck under the headline is no sentence of
/// the lede; a perfect after a sentence that is not one recounts, and stays undated.
struct LedePerfectChainDatingTests {
  static let headline = "Regulator lifts ban on Coral Sky and suspends Blue Heron certificate\n"
  static let deck = "Audit confirms failures corrected; separate action follows airport incident\n"
  static let lede =
    "The Aviation Safety Directorate today lifted the ban on flights by Coral Sky Airways.\nThe ban was imposed in September 2022 over overdue engine inspections.\nThe Directorate has also suspended the air operator certificate of Blue Heron Air.\n"

  @Test func aPerfectRightAfterTheLedesPerfectIsTheDaysNews() {
    let text =
      Self.headline + Self.deck + Self.lede + "The Directorate has opened an investigation into the incident."
    let events = ArticleFixture(text, published: "2024-03-14").tagged().events()
    let investigation = events.first { $0.type == "regulatory.enforcement" }
    #expect(investigation?.date?.value == "2024-03-14", "\(events.map { ($0.type, $0.date?.value) })")
  }

  @Test func aPerfectAfterARecountingSentenceStaysUndated() {
    let text =
      Self.headline + Self.lede
      + "Blue Heron was founded in 2009 and flies to six islands.\nThe Directorate has opened an investigation into the incident."
    let events = ArticleFixture(text, published: "2024-03-14").tagged().events()
    let investigation = events.first { $0.type == "regulatory.enforcement" }
    #expect(investigation != nil)
    #expect(investigation?.date == nil)
  }
}
