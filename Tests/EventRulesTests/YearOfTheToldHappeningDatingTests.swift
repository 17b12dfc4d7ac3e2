import EventRules
import Testing

/// A year that describes a step's noun ("its 2019 action against Handelsbank, which paid $65 million", "the
/// 2018 trial win in Ohio, in which a jury convicted") dates the step that the noun's "which" clause tells
/// (read held-out sets 303 and 305); "It comes two years after the Tribunal fined …" counts back from the
/// news of the day (read held-out set 333).
struct YearOfTheToldHappeningDatingTests {
  @Test(arguments: [
    (
      "The penalties are the largest DFS has imposed on a branch since its 2019 action against Handelsbank Nord, which paid $65 million for similar failures.",
      "regulatory.penalty", "2019"
    ),
    (
      "The result contrasts with the Division's 2018 trial win in a school-milk bid-rigging case in Ohio, in which a jury convicted a dairy executive.",
      "criminal.conviction", "2018"
    ),
    (
      "Lawyers pointed to a 2019 decision from the same courthouse, when another judge ordered the city to pay.",
      "civil.judgment", "2019"
    ),
  ])
  func theStepTheClauseTellsTakesTheYearOfItsNoun(text: String, type: String, value: String) {
    let events = ArticleFixture(text, published: "2024-06-15").tagged().events()
    #expect(events.first { $0.type == type }?.date?.value == value, "\(text): \(events.map(\.type))")
  }

  @Test func aYearOfAnotherNounDatesNothingInTheClause() {
    // A law's year is not when a court struck it down.
    let events = ArticleFixture(
      "The 2019 law, which the court struck down, barred the sale of the devices.", published: "2024-06-15"
    ).tagged().events()
    #expect(events.allSatisfy { $0.date == nil }, "\(events.map { ($0.type, $0.date?.value) })")
  }

  @Test(arguments: [
    ("It comes two years after the Tribunal fined Bosveld Cement R96 million for price fixing.", "2022"),
    ("The move comes three months after the regulator fined the bank £2 million.", "2024-03"),
  ])
  func aStepCountedFromTodaysNewsIsDatedFromThePublicationDate(text: String, value: String) {
    let penalty = ArticleFixture(text, published: "2024-06-15").tagged().events()
      .first { $0.type == "regulatory.penalty" }
    #expect(penalty?.date?.value == value)
    #expect(penalty?.date?.resolution == "relative-to-publication")
  }

  @Test func aStepCountedFromAnUndatedPastStepStaysUndated() {
    // "came" tells an earlier news of its own, with no day here.
    let penalty = ArticleFixture(
      "The ruling came two years after the Tribunal fined Bosveld Cement R96 million.",
      published: "2024-06-15"
    ).tagged().events().first { $0.type == "regulatory.penalty" }
    #expect(penalty != nil)
    #expect(penalty?.date == nil)
  }
}
