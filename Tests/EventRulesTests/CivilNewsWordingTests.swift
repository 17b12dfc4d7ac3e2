import EventRules
import Testing

/// Everyday news wordings of civil litigation that use neither "sue" nor "file a lawsuit": suits brought,
/// habeas petitions, court dates, jury awards, passive dismissals, and their everyday false friends.
struct CivilNewsWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("The claim was brought by four former cleaners of the hotel.", "civil.complaint_filed"),
    ("The fishermen took the oil company to court in 2022.", "civil.complaint_filed"),
    ("Her lawyers filed a habeas petition in federal court on Monday.", "civil.complaint_filed"),
    ("Parents have filed a class action against the school bus operator.", "civil.complaint_filed"),
    ("The distributor filed a countersuit against the brewery.", "civil.complaint_filed"),
    ("The insurer has asked the court to stay the proceedings.", "civil.motion_filed"),
    ("After the verdict, the carpenter's lawyers sought a new trial.", "civil.motion_filed"),
    ("Both sides are due back in court on Sept. 9.", "civil.hearing"),
    ("A status conference is scheduled for Oct. 3 before the judge.", "civil.hearing"),
    ("The judge declined to halt the demolition.", "civil.injunction"),
    ("A federal judge ordered the agency to hand over the emails.", "civil.ruling"),
    ("Jurors awarded the nurse $800,000.", "civil.judgment"),
    ("A jury ordered the landlord to pay $1.1 million.", "civil.judgment"),
    ("A Tulsa jury sided with the roofer in 2021.", "civil.judgment"),
    ("The jury found that the magazine had defamed the coach.", "civil.judgment"),
    ("The dairy was hit with a $7 million verdict last year.", "civil.judgment"),
    ("The florist won a $95,000 judgment against the wedding planner.", "civil.judgment"),
    ("The case was thrown out in February.", "civil.dismissal"),
    ("The remaining claims were dismissed with prejudice.", "civil.dismissal"),
    ("The judge granted the airline's motion to dismiss.", "civil.dismissal"),
    ("The cousins settled out of court in 2019.", "civil.settlement"),
  ])
  func aCommonCivilWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "The gardener took the old roses to the compost heap and brought new ones.",
    "The festival jurors awarded the top prize to a Chilean short film.",
    "The claims were dismissed by a spokesman as rumors.",
    "The baker sought a new trial of the sourdough in the test kitchen.",
    "The coach declined to comment after the match.",
    "The band was hit with a wave of criticism after the concert.",
    "Fans are expected back in the stadium on Saturday.",
    "The mayor held a press conference that is set for noon.",
  ])
  func theEverydaySenseOfTheseWordsYieldsNothing(sentence: String) {
    #expect(types(sentence).isEmpty, "\(sentence)")
  }

  @Test func anOrderToPayAtSentencingIsNotASeparateRuling() {
    let found = types(
      "Judge Ada Brook sentenced the treasurer to four years and also ordered him to pay $300,000 in restitution."
    )
    #expect(!found.contains("civil.ruling"))
    #expect(found.contains("criminal.sentence"))
  }

  @Test func lostOrdersAreNotALostRuling() {
    #expect(types("Profit declined to $4 million after the mill lost orders during the strike.").isEmpty)
  }
}
