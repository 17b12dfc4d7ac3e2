import EventRules
import Testing

/// Juries and judges of a verdict, and agencies that act rather than suffer.
struct CourtRoleTests {
  @Test func aCountyJuryIsTheCourtOfItsVerdict() {
    let events = ArticleFixture("A Dorset County jury convicted Ivo Brandt of arson on Monday.").events()
    #expect(events.first?.names("court") == ["Dorset County jury"])
  }

  @Test func aFederalJuryInACityIsTheCourtOfItsVerdict() {
    let events = ArticleFixture("A federal jury in Tacoma acquitted Ivo Brandt on Monday.").events()
    #expect(events.first?.names("court") == ["federal jury in Tacoma"])
  }

  @Test func theArticlesOnlyJudgePresidesOverItsRuling() {
    let events = ArticleFixture(
      """
      A judge ruled on Monday that the contract was void.
      U.S. District Judge Celia Moran wrote that the clause was unenforceable.
      """
    ).events()
    let ruling = events.first { $0.type == "civil.ruling" }
    #expect(ruling?.names("judge") == ["Celia Moran"])
  }

  @Test func anAgencyAfterAPenaltyIsItsAuthorityNotItsTarget() {
    let events = ArticleFixture(
      """
      The Federal Trade Commission opened an inquiry into Kestrel Apps in 2018.
      The case follows a $90,000 penalty the agency imposed on a smaller app in 2016.
      """
    ).events()
    let penalty = events.first { $0.type == "regulatory.penalty" }
    #expect(penalty?.names("target") == [])
    #expect(penalty?.names("authority") == ["Federal Trade Commission"])
  }

  @Test func penaltiesOfDifferentAmountsAreDifferentHappenings() {
    let events = ArticleFixture(
      """
      Regulators and the fund industry
      The SEC fined Orrin Capital $2 million on Monday.
      The SEC fined Orrin Capital $40,000 for late filings.
      """
    ).events()
    #expect(events.filter { $0.type == "regulatory.penalty" }.count == 2)
  }
}
