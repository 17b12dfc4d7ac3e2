import EventRules
import Testing

/// A listing story names its list in the headline once; the body's "was designated in 2020" then means a
/// designation on that list. Without such a headline the passive stays no event.
struct HeadlineContextTests {

  @Test func aPassiveDesignationUnderASanctionsHeadlineIsADesignation() {
    let found = taggedEvents(
      "Treasury Drops Pellion Freight From Sanctions List\n\n"
        + "Pellion Freight was designated in May 2019 for shipping fuel to a blockaded port.")
    let designations = found.filter { $0.type == "regulatory.designation" }
    #expect(designations.count == 1)
    #expect(designations.first?.date?.value == "2019-05")
  }

  @Test func aPassiveDesignationUnderAnUnrelatedHeadlineIsNoEvent() {
    let found = taggedEvents(
      "Riverside Opens New Ferry Terminal\n\n"
        + "The pier was designated in May 2019 for use by commuter boats only.")
    #expect(found.isEmpty)
  }
}
