import EventRules
import Testing

/// A top court agreeing to hear a case decides the petition, a bail application moved asks for release, a
/// court ordering a person's surrender extradites, and a regulator's warning to a firm is enforcement (read
/// held-out sets 333, 335 and 339).
struct ReviewGrantedBailMovedAndSurrenderTests {
  @Test(arguments: [
    ("Supreme Court agrees to hear Kansas landowners’ fight over pipeline easements", "appeal.decided"),
    (
      "Voltra asked the justices to step in, and the court agreed to take the case last spring.",
      "appeal.decided"
    ),
    (
      "In March last year the High Court ordered his surrender, rejecting his argument.",
      "criminal.extradition"
    ),
    (
      "In 2021 the Commission issued a warning to another retailer, Kōwhai Power, over billing practices.",
      "regulatory.enforcement"
    ),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aBailApplicationMovedIsARequestedRelease() {
    let events = taggedEvents(
      "Shortly after her plea, her counsel moved an application for bail, telling the court she was not a flight risk."
    )
    #expect(events.contains { $0.type == "criminal.release" && $0.status == .requested })
  }

  @Test(arguments: [
    "The club agreed to hear the fans' complaints at a meeting on Monday.",
    "She ordered their surrender of the keys.",
  ])
  func theEverydaySenseStaysQuiet(sentence: String) {
    let types = eventTypes(sentence)
    #expect(
      !types.contains("appeal.decided") && !types.contains("criminal.extradition"), "\(sentence): \(types)")
  }
}
