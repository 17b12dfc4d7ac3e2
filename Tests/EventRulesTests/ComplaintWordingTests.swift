import EventRules
import Testing

/// Lawsuits told as a challenge in court ("challenged the rule in federal court"), and consumer how-tos
/// ("you can file a complaint online") that are no lawsuit.
struct ComplaintWordingTests {

  @Test(arguments: [
    "A coalition of bakeries challenged the labeling rule in federal court in March.",
    "The union filed a challenge to the statute in March.",
  ])
  func aChallengeInCourtIsAComplaint(sentence: String) {
    let found = taggedEvents(sentence)
    #expect(found.map(\.type) == ["civil.complaint_filed"], "\(sentence)")
    #expect(found.first?.date?.value == "2021-03", "\(sentence)")
  }

  @Test(arguments: [
    "Shoppers who were overcharged can file a complaint online or call the attorney general's hotline.",
    "Tenants may file a complaint with the housing office by phone.",
  ])
  func aConsumerHowToIsNoLawsuit(sentence: String) {
    #expect(taggedEvents(sentence).isEmpty, "\(sentence)")
  }
}
