import EventRules
import Testing

/// Read held-out set 325: "OSHA fines Fairmont excavating company $312K" over "have fined … more than
/// $312,000 after a trench collapse in January killed a worker" and "fined the company $312,480" on Monday
/// tell one fine, rounded two ways; and the lede's perfect takes no past time of its own, so January is the
/// collapse's, not the fine's. "Since 2020, when it cancelled …" still dates the clause it opens.
struct RoundedSumAndPerfectDatingTests {
  @Test func oneFineWrittenAsRoundedSumsIsOneEvent() {
    let text =
      "OSHA fines Fairmont excavating company $312K after deadly trench collapse\nFederal safety regulators have fined a Fairmont excavating company more than $312,000 after a trench collapse in January killed a 34-year-old worker.\nThe U.S. Occupational Safety and Health Administration on Monday cited Brackett Excavating LLC for two willful violations and fined the company $312,480."
    let penalties = ArticleFixture(text, published: "2024-05-02").tagged().events()
      .filter { $0.type == "regulatory.penalty" }
    #expect(penalties.count == 1, "\(penalties.map { ($0.date?.value, $0.names("amount")) })")
    #expect(penalties.first?.date?.value == "2024-04-29")
  }

  @Test func finesOfDifferentSumsStayTwo() {
    let text =
      "The agency fined the company $14,000 in 2019 for failing to protect workers.\nThe agency fined the company $312,480 on Monday."
    let penalties = ArticleFixture(text, published: "2024-05-02").tagged().events()
      .filter { $0.type == "regulatory.penalty" }
    #expect(penalties.count == 2)
  }

  @Test func aPerfectTakesNoPastTimeFromTheClauseAfterIt() {
    let events = ArticleFixture(
      "Federal safety regulators have fined a Fairmont excavating company more than $312,000 after a trench collapse in January killed a worker.",
      published: "2024-05-02"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.penalty" }?.date?.value != "2024-01")
  }
}
