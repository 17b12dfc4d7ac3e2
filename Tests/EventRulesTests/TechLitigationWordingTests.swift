import EventRules
import Testing

/// Wordings of technology and IP litigation news that a blind held-out set (21) showed missing or misread:
/// a motion denied by a pronoun, a stipulation asking a named judge to dismiss, an amended complaint filed,
/// oral argument told as a noun; and an explainer's and a forum's everyday words that must stay quiet.
struct TechLitigationWordingTests {
  @Test func onlyACourtDeniesAMotion() {
    let types = ArticleFixture("He denied the startup’s motion to dismiss in the same order.").events().map(
      \.type)
    #expect(types.contains("civil.ruling"))
  }

  @Test(arguments: [
    (
      "The two companies filed a joint stipulation on Tuesday asking U.S. District Judge Harold Brennan to dismiss the case.",
      "civil.motion_filed"
    ),
    ("Lanternfall named Hale in an amended complaint filed on 23 April.", "civil.complaint_filed"),
    ("Oral argument was in February.", "civil.hearing"),
  ])
  func wordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aTimeFrontingTheSentenceDatesThePenaltyTheOrderImposed() {
    let events = ArticleFixture(
      "In February, the Federal Trade Commission ordered prescription-discount app Rxella to pay a $1.5 million civil penalty.",
      published: "2023-06-08"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.penalty" }?.date?.value == "2023-02")
  }

  @Test(arguments: [
    "In federal court, the rules are in Rule 23 of the Federal Rules of Civil Procedure.",
    "According to the amended complaint, Hale had been banned from the studio’s official Discord server and forums in 2020.",
    "He found the case exceptional because Ridgeline had pursued baseless claims to extract nuisance settlements.",
    "We filed a motion for fees, pointing to Ridgeline’s pattern of suing dozens of companies at once.",
  ])
  func explainersAndForumsStayQuiet(sentence: String) {
    #expect(
      yieldsNone(
        of: ["civil.ruling", "regulatory.ban", "civil.settlement", "civil.complaint_filed"], sentence),
      "\(sentence): \(eventTypes(sentence))")
  }
}
