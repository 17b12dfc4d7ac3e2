import EventRules
import Testing

/// Phrasings written for these tests, not taken from any sample page: each family of the taxonomy is found
/// in wording the rules were not tuned on.
struct GeneralizationTests {
  struct Case: Sendable, CustomStringConvertible {
    let sentence: String
    let type: String
    let status: EventStatus
    let names: [String]
    var description: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence: "Epic Games filed an antitrust complaint against Google in federal court in San Francisco.",
      type: "civil.complaint_filed", status: .actual, names: ["plaintiff=Epic Games", "defendant=Google"]),
    Case(
      sentence: "The Justice Department indicted three former executives on wire fraud charges.",
      type: "criminal.charge", status: .actual, names: ["authority=Justice Department"]),
    Case(
      sentence: "The European Commission fined Google €2.4 billion for abusing its dominance.",
      type: "regulatory.penalty", status: .actual,
      names: ["authority=European Commission", "target=Google", "amount=€2.4 billion"]),
    Case(
      sentence: "Sam Bankman-Fried was sentenced to 25 years in prison on Thursday.",
      type: "criminal.sentence", status: .actual,
      names: ["defendant=Sam Bankman-Fried", "term=25 years in prison"]),
    Case(
      sentence: "The company said it would appeal the decision.", type: "appeal.filed", status: .intended,
      names: []),
    Case(
      sentence: "The FCC revoked the license of China Telecom Americas.", type: "regulatory.license",
      status: .actual, names: ["authority=FCC", "target=China Telecom Americas"]),
    Case(
      sentence: "The Supreme Court declined to hear the case.", type: "appeal.decided", status: .actual,
      names: ["court=Supreme Court"]),
    Case(
      sentence: "Apple was ordered to pay $300 million after a jury found it infringed patents.",
      type: "civil.judgment", status: .actual, names: ["defendant=Apple", "amount=$300 million"]),
    Case(
      sentence: "Montana banned TikTok from operating in the state.", type: "regulatory.ban", status: .actual,
      names: ["target=TikTok"]),
    Case(
      sentence: "The judge granted a preliminary injunction blocking the law.", type: "civil.injunction",
      status: .actual, names: []),
    Case(
      sentence: "He pleaded guilty to one count of securities fraud.", type: "criminal.plea", status: .actual,
      names: []),
    Case(
      sentence: "The court dismissed the lawsuit, finding the plaintiffs lacked standing.",
      type: "civil.dismissal",
      status: .actual, names: []),
    Case(
      sentence: "A hearing on the motion is set for March 3.", type: "civil.hearing", status: .scheduled,
      names: []),
    Case(
      sentence: "Meta agreed to pay $725 million to settle a class action over user data.",
      type: "civil.settlement", status: .actual, names: ["party=Meta", "amount=$725 million"]),
    Case(
      sentence: "The SEC charged the firm with misleading investors.", type: "regulatory.enforcement",
      status: .actual, names: ["authority=SEC"]),
    Case(
      sentence: "Prosecutors said they will seek the death penalty.", type: "criminal.sentence",
      status: .intended,
      names: []),
    Case(
      sentence: "Police arrested the suspect at his home on Monday.", type: "criminal.arrest",
      status: .actual,
      names: ["authority=Police"]),
    Case(
      sentence: "The jury acquitted the former mayor of all charges.", type: "criminal.acquittal",
      status: .actual,
      names: []),
  ]

  @Test(arguments: cases)
  func unseenPhrasingYieldsTheEvent(_ c: Case) {
    let events = ArticleFixture(c.sentence).events()
    #expect(events.map(\.type) == [c.type])
    #expect(events.first?.status == c.status)
    let found = Set(events.first?.participants.map { "\($0.role)=\($0.name)" } ?? [])
    for name in c.names { #expect(found.contains(name), "\(name) in \(found)") }
  }

  @Test(arguments: [
    "The ruling coalition lost its majority.",
    "The company's appeal to younger buyers is growing.",
    "We charge a small fee for delivery.",
    "Settlements in the region expanded last year.",
    "Check your licence plate before you park.",
    "The sentence was grammatically awkward.",
    "The council sanctioned the new park plan.",
    "The phone is fine for everyday use.",
  ])
  func unseenFalseFriendsYieldNothing(sentence: String) {
    #expect(ArticleFixture(sentence).events().isEmpty)
  }
}
