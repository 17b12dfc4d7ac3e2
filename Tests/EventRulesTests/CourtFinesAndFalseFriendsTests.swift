import EventRules
import Testing

/// Read held-out set 351: a regulatory prosecution's fine imposed by a justice of the peace after a guilty
/// plea is the criminal sentence, in the body and in the lede that tells it first; the charges a conviction
/// is on are no charging of their own; a cocktail called the Raid, a guest "sentenced to wait outside" and a
/// victim surcharge beside costs are no legal steps.
struct CourtFinesAndFalseFriendsTests {
  static let prosecution =
    "Framing contractor fined $165,000 after worker's fall\nA Toronto framing contractor has been fined $165,000 after a worker fell six metres through a floor opening.\nNorthline Framing Inc. pleaded guilty Oct. 5 to failing to protect a floor opening.\nJustice of the Peace Harjit Sandhu imposed the fine Tuesday in the Ontario Court of Justice in Newmarket, the ministry said."

  @Test func aJusticeOfThePeacesFineAfterAGuiltyPleaIsTheSentence() {
    let events = ArticleFixture(Self.prosecution, published: "2023-11-09").tagged().events()
    let types = events.map(\.type)
    #expect(types.contains("criminal.sentence"), "\(types)")
    #expect(!types.contains("regulatory.penalty"), "\(types)")
    #expect(!types.contains("civil.judgment"), "\(types)")
  }

  @Test func theJusticeDepartmentIsNoBench() {
    let sentence = "The Justice Department imposed a $3 million penalty on the lender on Monday."
    #expect(!eventTypes(sentence).contains("civil.judgment"))
  }

  @Test func theChargesAConvictionIsOnAreNoChargingOfTheirOwn() {
    let sentence =
      "Mr Lau was convicted in the State Courts in October 2023 on four charges of cheating and two charges of forgery."
    let types = eventTypes(sentence)
    #expect(types.contains("criminal.conviction"))
    #expect(!types.contains("criminal.charge"), "\(types)")
  }

  @Test(arguments: [
    "A house creation called the Raid, made with genever and smoked tea, is the one to order.",
    "Anyone who shouts the password is, in his words, \"sentenced to wait outside until they've thought about it\".",
    "He was also ordered to pay £3,460 in costs and a £190 victim surcharge by the court.",
  ])
  func aFalseFriendYieldsNothing(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence): \(eventTypes(sentence))")
  }
}
