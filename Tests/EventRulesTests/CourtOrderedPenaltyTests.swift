import EventRules
import Testing

/// Penalties a civil court or judge orders are its judgment; a penalty a regulator asks the court for, a
/// penalty in a consent decree the court enters, and a payment ordered to the regulator stay the
/// regulator's (read held-out sets 309, 315, 325, 331).
struct CourtOrderedPenaltyTests {
  @Test(arguments: [
    "A federal judge ordered the company to pay a $2 million civil penalty on Tuesday.",
    "The court imposed a civil penalty of $500,000 on the lender.",
    "If the FTC prevails, a judge could order Larder & Lane to refund customers and pay civil penalties of up to $46,517 per violation.",
  ])
  func aPenaltyTheCourtOrdersIsItsJudgment(sentence: String) {
    let types = eventTypes(sentence)
    #expect(types.contains("civil.judgment"), "\(sentence)")
    #expect(!types.contains("regulatory.penalty"), "\(sentence)")
  }

  @Test(arguments: [
    "The FTC asked the court to impose civil penalties of up to $51,744 per violation.",
    "A federal court has entered a consent decree requiring Bayline to pay a $2.9 million penalty.",
    "The FTC fined the company $5 million in March.",
  ])
  func aRegulatorsPenaltyStaysAPenalty(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.penalty"), "\(sentence)")
  }
}
