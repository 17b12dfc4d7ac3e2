import EventRules
import Testing

/// Wordings from courts and agencies in Asia, Africa and the Gulf, and from wire briefs: appeals thrown out
/// or open to challenge, charges denied in court, anti-corruption bodies that charge, fines escaped under
/// leniency, asset-preservation orders; each with the everyday sense that must stay quiet.
struct AnticorruptionAndAppealWordingTests {
  @Test(arguments: [
    ("His appeal against conviction was thrown out by the Court of Appeal in June.", "appeal.decided"),
    (
      "A fifth firm escaped a fine altogether because it came forward under the commission's leniency programme.",
      "regulatory.penalty"
    ),
    (
      "In an infringement decision issued on Thursday, the CCCS found that the firms had shared prices.",
      "regulatory.enforcement"
    ),
    (
      "The Independent Commission Against Corruption arrested Yeung in July 2020, and charged both men the following year.",
      "criminal.charge"
    ),
    ("He may seek a review of the ban at the Securities and Futures Appeals Tribunal.", "appeal.filed"),
    (
      "The verdict is not final and can be challenged at the Dubai Court of Appeal within 15 days.",
      "appeal.filed"
    ),
    ("At his first hearing in April, the defendant denied the charges.", "criminal.plea"),
    (
      "They appeared before Chief Magistrate Celestine Wanjiru, where they denied all 27 counts.",
      "criminal.plea"
    ),
    ("In February, the High Court issued orders preserving assets worth Sh210 million.", "civil.injunction"),
    (
      "If convicted, Mr Lokorio faces a fine of up to Sh1 million or up to ten years in jail.",
      "criminal.sentence"
    ),
    (
      "In 2020 the Anti-Corruption Authority referred the official to the Public Prosecution.",
      "criminal.investigation"
    ),
    (
      "Prosecutors filed the complaint on Monday, charging Lindqvist with three counts of arson.",
      "criminal.charge"
    ),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(taggedEvents(sentence).map(\.type).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    ("In a statement, the company denied the charges.", "criminal.plea"),
    ("Mr Lokorio said he would file a petition at the High Court to quash the charges.", "appeal.decided"),
    ("He served three terms as mayor before losing a bid for the provincial board in 2019.", "civil.ruling"),
    ("Cassation upholds five-year jail term for fugitive ex-official.", "criminal.sentence"),
    ("Previous extradition requests for fugitives have taken years to resolve.", "criminal.sentence"),
    ("The ministry has not commented on the arraignment.", "criminal.plea"),
    (
      "She ordered him to deposit his international passport with the registry of the court.",
      "civil.injunction"
    ),
    ("His appeal against conviction was thrown out by the Court of Appeal in June.", "criminal.conviction"),
    (
      "Prosecutors filed the complaint on Monday, charging Lindqvist with three counts of arson.",
      "civil.complaint_filed"
    ),
    (
      "The club's appeal against the red card was thrown out by an FA disciplinary panel in May.",
      "appeal.decided"
    ),
  ])
  func theEverydaySenseStaysQuiet(sentence: String, type: String) {
    #expect(!taggedEvents(sentence).map(\.type).contains(type), "\(sentence)")
  }

  @Test func aChallengeACourtAllowsIsHypothetical() {
    let appeal = taggedEvents("The verdict can be challenged at the Dubai Court of Appeal within 15 days.")
      .first {
        $0.type == "appeal.filed"
      }
    #expect(appeal?.status == .hypothetical)
  }

  @Test func aFineEscapedUnderLeniencyIsNegated() {
    let penalty = taggedEvents("A fifth firm escaped a fine under the commission's leniency programme.").first
    {
      $0.type == "regulatory.penalty"
    }
    #expect(penalty?.status == .negated)
  }
}
