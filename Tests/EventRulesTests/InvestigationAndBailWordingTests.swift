import EventRules
import Testing

/// Wordings of criminal investigations and bail from national papers around the world: bail granted "of"
/// a sum, interim bail refused, bail applied for, questioning as a suspect or at an agency's offices,
/// investigations that began, charges approved or not, and a fraud office's raids (no regulator's step).
struct InvestigationAndBailWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("Magistrate Johan Coetzer granted Swanepoel and Ndlela bail of R20,000 each.", "criminal.release"),
    ("The special court on Wednesday rejected his plea for interim bail.", "criminal.release"),
    (
      "His lawyer said he applied on Thursday morning for his client's administrative bail.",
      "criminal.release"
    ),
    (
      "Two officials were taken to the commission's headquarters in Nairobi for questioning.",
      "criminal.arrest"
    ),
    ("Police said she was questioned as a suspect in the spring of last year.", "criminal.investigation"),
    (
      "The Director of Public Prosecutions declined to approve charges a year later, citing insufficient evidence.",
      "criminal.charge"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test(arguments: [
    "Ajayi-Eze said the former commissioner would be charged to court as soon as investigations are concluded.",
    "Once the inquiry is concluded, the Federal Prosecution Service will decide whether to press charges.",
    "Police withdraw charges against nine port blockade protesters after bodycam footage surfaces",
  ])
  func aChargeToldInOtherWordsIsACharge(sentence: String) {
    let type = "criminal.charge"
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test func aFraudOfficesRaidsAreACriminalInvestigationNotARegulatorsStep() {
    let found = types(
      "The Serious Fraud Office has arrested three men in dawn raids as part of its investigation into suspected bribery."
    )
    #expect(found.contains("criminal.investigation"))
    #expect(!found.contains("regulatory.enforcement"))
  }

  @Test func aChargeToBeAddedIsIntendedAndAForfeitureUnitOrAChargeSheetIsNoStep() {
    let events = ArticleFixture(
      "The spokesperson said the State intended to add a charge of money laundering once the Asset Forfeiture Unit had finished tracing the money."
    ).tagged().events()
    #expect(events.map(\.type) == ["criminal.charge"])
    #expect(events.first?.status == .intended)
    #expect(
      types("According to the charge sheet, the municipality paid R38.2 million to the company in 2018.")
        .isEmpty)
  }

  @Test func declinedChargesAreNegated() {
    let events = ArticleFixture(
      "The Director of Public Prosecutions declined to approve charges, citing insufficient evidence."
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.charge" }?.status == .negated)
  }
}
