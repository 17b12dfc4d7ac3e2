import EventRules
import Testing

/// Licence and ban wordings probed beyond the samples: a drug regulator approving a drug, an agency denying
/// an application for a permit, a product ordered off the market, a recall order.
struct ApprovalAndMarketOrderWordingTests {
  @Test(arguments: [
    ("The FDA approved the drug in March.", "regulatory.license"),
    ("The department denied the company's application for a permit.", "regulatory.license"),
    ("The FDA ordered the product off the market.", "regulatory.ban"),
    ("The agency issued a recall order for the cribs.", "regulatory.ban"),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aDeniedPermitApplicationIsANegatedLicence() {
    let licence = ArticleFixture("The department denied the company's application for a permit.").events()
      .first { $0.type == "regulatory.license" }
    #expect(licence?.status == .negated)
  }

  @Test func theBoardApprovingMinutesIsNoLicence() {
    #expect(!eventTypes("The board approved the minutes of its last meeting.").contains("regulatory.license"))
  }
}
