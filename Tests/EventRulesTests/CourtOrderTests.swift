import EventRules
import Testing

/// What a court orders a party to do decides the event: to pay is a judgment, to do or stop doing something
/// is an injunction, a procedural order or a release stays a ruling (samples/README.md, conventions).
struct CourtOrderTests {
  @Test(arguments: [
    ("The judge ordered Acme to pay $5 million on Monday.", "civil.judgment"),
    ("A court ordered the landlord to pay $40,000 in damages.", "civil.judgment"),
    ("The judge ordered Acme Corp. to stop selling the drug on Monday.", "civil.injunction"),
    ("The judge also ordered Halloway to take down the videos within 30 days.", "civil.injunction"),
    ("The court ordered the city to reinstate the officer.", "civil.injunction"),
    ("The judge ordered the parties to attend mediation.", "civil.ruling"),
    ("A federal judge on Thursday ordered immigration authorities to free the woman.", "civil.ruling"),
  ])
  func whatIsOrderedDecidesTheType(sentence: String, type: String) {
    #expect(eventTypes(sentence) == [type], "\(sentence)")
  }

  @Test func theOrderedPartyIsTheDefendant() {
    let event = ArticleFixture("The judge ordered Acme to pay $5 million on Monday.").events().first
    #expect(event?.names("defendant") == ["Acme"])
  }

  @Test(arguments: [
    ("The regulator ordered Acme to stop selling the drug.", "regulatory.enforcement"),
    ("The judge ordered him to pay $5,000 in restitution after he was sentenced.", "criminal.sentence"),
  ])
  func regulatorsAndSentencesKeepTheirOwnType(sentence: String, type: String) {
    #expect(eventTypes(sentence) == [type], "\(sentence)")
  }

  @Test func aNameInASlotDoesNotRunAcrossAComma() {
    // "the order, the FAA could move to revoke": no party named "the FAA could move" is ordered anything.
    let events = ArticleFixture(
      "If the judge upholds the order, the FAA could move to revoke the certificate entirely."
    ).events()
    #expect(!events.map(\.type).contains("civil.injunction"))
  }
}
