import EventRules
import Testing

/// Bans told in other words (read held-out sets 129, 135, 143, 160): a person disqualified from holding a
/// licence, a home barred from taking residents, a company ordered to stop processing data, a former chief
/// prohibited from acting as a director.
struct BanWordingTests {
  @Test(arguments: [
    "The authority also disqualified the former gaming manager from holding a licence for three years.",
    "Missouri health regulators have fined the nursing home $38,500 and barred it from taking in new residents.",
    "Parlo was shut out by a privacy regulator when, on 30 March 2023, the Garante ordered it to stop processing the data of Italian users.",
    "Under the settlement approved by the Tribunal, Halvorsen is prohibited from acting as a director of any reporting issuer for eight years.",
  ])
  func aBanToldInOtherWords(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.ban"), "\(sentence)")
  }

  @Test func aPlayerDisqualifiedFromARaceIsNoBan() {
    #expect(
      !eventTypes("The rider was disqualified from the race for crossing the line early.").contains(
        "regulatory.ban"))
  }
}
