import EventRules
import Testing

/// A refusal of bail is a release that did not happen: one criminal.release event, negated, with the person
/// kept in custody and never the bench that refused.
struct BailRefusalTests {
  @Test(
    arguments: [
      ("A judge refused bail for Smith on Monday.", "Smith"),
      ("Smith was refused bail on Monday.", "Smith"),
      ("Magistrates denied him bail on Monday.", nil),
      ("His bail application was rejected by the Sessions Court on Monday.", nil),
      ("The High Court dismissed his bail plea in March.", nil),
    ] as [(String, String?)])
  func aRefusedBailIsANegatedRelease(sentence: String, person: String?) {
    let events = ArticleFixture(sentence).events()
    #expect(events.map(\.type) == ["criminal.release"], "\(sentence)")
    #expect(events.first?.status == .negated)
    #expect(events.first?.names("person") == (person.map { [$0] } ?? []))
  }

  @Test(arguments: [
    "He appeared before magistrates in Sunderland on 6 June and was remanded in custody.",
    "Ex-Veridian Motion engineer held without bail in trade secrets case",
    "Man accused of setting fires along Oregon highway ordered held",
    "At a hearing the same afternoon, Magistrate Judge Andrea Kubota ordered him detained pending trial.",
    "An engineer accused of downloading files will stay behind bars while his case moves forward, a judge ruled.",
  ])
  func custodyUntilTrialIsARefusedRelease(sentence: String) {
    let events = ArticleFixture(sentence).events()
    #expect(events.map(\.type) == ["criminal.release"], "\(sentence)")
    #expect(events.first?.status == .negated)
  }

  @Test func bailGrantedStaysAnActualRelease() {
    let events = ArticleFixture("Smith was granted bail on Monday.").events()
    #expect(events.map(\.type) == ["criminal.release"])
    #expect(events.first?.status == .actual)
  }

  @Test(arguments: [
    "The bank refused a bailout on Monday.",
    "The government denied the bond issue was delayed.",
  ])
  func bailoutsAndBondsAreNoBail(sentence: String) {
    #expect(ArticleFixture(sentence).events().isEmpty, "\(sentence)")
  }
}
