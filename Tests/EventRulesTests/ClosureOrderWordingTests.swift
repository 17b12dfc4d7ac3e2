import EventRules
import Testing

/// Closure and prohibition orders shut a business or bar a product: bans, as the read held-out sets 317,
/// 333 and 351 annotate them, wherever the authority is named; an improvement notice stays an enforcement
/// step. How such orders work, or how many were served, is no order; what the inspectors found that led to
/// a ban or a suspension is its ground, not a step of its own.
struct ClosureOrderWordingTests {
  @Test(arguments: [
    "A closure order was served on the Golden Harbour takeaway on Park Street on February 6th.",
    "A prohibition order was served on a Limerick wholesaler, Shannonside Foods Ltd, on February 20th.",
    "A Chinese takeaway in Dundalk was ordered to close on February 6th.",
  ])
  func aClosureOrServedProhibitionIsABan(sentence: String) {
    let types = eventTypes(sentence)
    #expect(types.contains("regulatory.ban"), "\(sentence): \(types)")
    #expect(!types.contains("regulatory.enforcement"), "\(sentence): \(types)")
  }

  @Test func anImprovementNoticeIsAnEnforcementStep() {
    let sentence =
      "The council served an improvement notice in October 2021, giving him eight weeks to repair the roof."
    #expect(eventTypes(sentence).contains("regulatory.enforcement"))
  }

  @Test(arguments: [
    "Closure orders are served where there is a grave and immediate danger to public health.",
    "Prohibition orders are used where the sale of a particular product poses a similar risk.",
    "The authority said the number of closure orders issued in 2023 was the highest in five years.",
  ])
  func howOrdersWorkOrHowManyWereServedIsNoOrder(sentence: String) {
    #expect(
      yieldsNone(of: ["regulatory.ban", "regulatory.enforcement"], sentence), "\(eventTypes(sentence))")
  }

  @Test(arguments: [
    (
      "The board suspended Clearbrook’s license in November 2012, after inspectors found mold in a storage area.",
      "regulatory.license"
    ),
    (
      "In September, the building department posted a stop-work order at the complex after inspectors found a contractor tearing out a wall.",
      "regulatory.ban"
    ),
  ])
  func whatInspectorsFoundBeforeADecisionIsItsGround(sentence: String, type: String) {
    let types = eventTypes(sentence)
    #expect(types == [type], "\(sentence): \(types)")
  }

  @Test func inspectorsFindingsToldOnTheirOwnAreAStep() {
    let sentence =
      "Inspectors found brake defects on four of Ridgeline's seven trucks during a roadside check by the agency."
    #expect(eventTypes(sentence).contains("regulatory.enforcement"))
  }
}
