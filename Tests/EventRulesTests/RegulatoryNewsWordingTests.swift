import EventRules
import Testing

/// What regulators do in everyday news: inspections that find violations, notices of violation, charging and
/// warning letters, citations, bars and denied export privileges; and a settlement with a regulator that is
/// a penalty, not a civil settlement.
struct RegulatoryNewsWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("A state inspection found nine violations at the slaughterhouse.", "regulatory.enforcement"),
    ("The agency issued a notice of violation to the cement plant.", "regulatory.enforcement"),
    ("BIS sent a charging letter to the distributor in 2021.", "regulatory.enforcement"),
    ("The FDA issued a warning letter to the supplement maker.", "regulatory.enforcement"),
    ("OSHA cited the roofing contractor for five fall-protection violations.", "regulatory.enforcement"),
    ("The Wage and Hour Division found the bakery underpaid its drivers.", "regulatory.enforcement"),
    ("The Antitrust Division opened a probe of the acquisition.", "regulatory.enforcement"),
    ("The Labor Department investigated the staffing agency in 2020.", "regulatory.enforcement"),
    ("The SEC barred the broker from associating with any firm.", "regulatory.ban"),
    ("BIS denied the exporter's export privileges for three years.", "regulatory.ban"),
  ])
  func aCommonRegulatoryWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "The home inspection found mold in the basement.",
    "Auditors found the charity's books in good order.",
    "The author cited her grandmother for inspiration in failing times.",
    "The club barred him from serving drinks after midnight.",
    "The toy store issued a warning letter to customers about the recall.",
    "The department found the new software easy to use.",
  ])
  func theEverydaySenseOfTheseWordsYieldsNothing(sentence: String) {
    #expect(types(sentence).isEmpty, "\(sentence)")
  }

  @Test func aPaymentToSettleWithAnExportRegulatorIsNoCivilSettlement() {
    let found = types(
      "The lens maker agreed to pay $1.9 million to settle export violations alleged by the Bureau of Industry and Security."
    )
    #expect(!found.contains("civil.settlement"))
    #expect(found.contains("regulatory.penalty"))
  }
}
