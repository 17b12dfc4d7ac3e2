import EventRules
import Testing

/// Read held-out set 321: a judge who "refused to order the Commerce Department to take Hexin off a trade
/// blacklist", or who "refuses to pull" it off in the headline, refused an injunction; "refuses to" negates
/// as "refused to" does.
struct RefusedOrderWordingTests {
  @Test(arguments: [
    "A federal judge on Wednesday refused to order the Commerce Department to take Hexin Photonics off a U.S. trade blacklist.",
    "Judge refuses to pull Chinese lidar maker Hexin off U.S. trade blacklist",
  ])
  func aJudgeRefusingToOrderRefusesAnInjunction(sentence: String) {
    let events = ArticleFixture(sentence, published: "2022-08-05").tagged().events()
    let injunction = events.first { $0.type == "civil.injunction" }
    #expect(injunction?.status == .negated, "\(events.map { ($0.type, $0.status) })")
    #expect(!events.contains { $0.type == "regulatory.delisting" && $0.status == .actual })
  }

  @Test func aJudgeOrderingIsNoRefusal() {
    let events = ArticleFixture(
      "A federal judge on Wednesday ordered the Commerce Department to take Hexin Photonics off the list.",
      published: "2022-08-05"
    ).tagged().events()
    #expect(!events.contains { $0.type == "civil.injunction" && $0.status == .negated })
  }
}
