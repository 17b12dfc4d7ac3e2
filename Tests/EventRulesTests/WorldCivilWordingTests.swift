import EventRules
import Testing

/// Civil and appellate wordings from news around the world: headline appeals of an award, leave sought to
/// take a case higher, appeals thrown out or turned away, courts that sat to hear a case or take up a
/// petition, orders preventing or gagging, writ petitions and courts approached, claims compromised or
/// settled by deed, verdicts that hit a defendant, actions discontinued or struck off the roll.
struct WorldCivilWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("Tobacco maker appeals $2.4bn Quebec class-action award", "appeal.filed"),
    ("The government sought leave on Tuesday to take the case to the Court of Final Appeal.", "appeal.filed"),
    ("The Court of Final Appeal unanimously threw out the government's appeal yesterday.", "appeal.decided"),
    ("The U.S. Supreme Court on Monday turned away an appeal by the gunmaker.", "appeal.decided"),
    (
      "The Federal Court in Melbourne sat for three days in October to hear the class action.",
      "civil.hearing"
    ),
    ("The Bombay High Court will take up the petition next Monday.", "civil.hearing"),
    (
      "An Ontario judge granted an order last week preventing the city from clearing the encampment.",
      "civil.injunction"
    ),
    (
      "A group of farmers has filed a writ petition in the High Court challenging the acquisition of their land.",
      "civil.complaint_filed"
    ),
    (
      "A civic group approached the Western Cape High Court last week to challenge the municipality's decision.",
      "civil.complaint_filed"
    ),
    ("The claim was compromised at mediation earlier this year.", "civil.settlement"),
    (
      "The tea pickers and the company signed a settlement deed on Thursday, ending a seven-year case.",
      "civil.settlement"
    ),
    ("Jury hits talc maker with $45m verdict in mesothelioma case", "civil.judgment"),
    (
      "The former minister discontinued his defamation action against the newspaper on Friday.",
      "civil.dismissal"
    ),
    (
      "The Western Cape High Court struck the application off the roll on Tuesday for lack of urgency.",
      "civil.dismissal"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test(arguments: [
    "The charity launched an urgent appeal on Monday for blankets and tinned food after the floods.",
    "The Senate commerce committee held a hearing on Thursday on drone delivery rules.",
    "The panel of food critics ruled that the chowder was the best on the coast.",
    "The judge said that, in the absence of any appeal, the court's role was a limited one.",
    "Confirm that every fee charged after repossession is expressly authorized by the contract.",
  ])
  func theEverydaySenseIsNoEvent(sentence: String) {
    #expect(types(sentence).isEmpty, "\(types(sentence))")
  }

  @Test func damagesSoughtInASuitAreNoSeparateJudgment() {
    let found = types("Halloway filed the suit in August 2021, seeking $10 million in damages.")
    #expect(!found.contains("civil.judgment"))
  }
}
