import EventRules
import Testing

/// Civil steps in British, Irish and Commonwealth wording, probed beyond the (mostly American) read sets:
/// an award made, costs awarded, a freezing order made, a writ of summons, a representative action, a public
/// interest litigation, a claim made to a tribunal, a court challenge launched.
struct CommonwealthCivilWordingTests {
  @Test(arguments: [
    ("Mr Justice Barniville made an award of €60,000 in general damages.", "civil.judgment"),
    ("Costs were awarded against the council.", "civil.judgment"),
    ("The judge made a freezing order over the businessman's assets in 2023.", "civil.injunction"),
    ("He filed a writ of summons against the bank in June.", "civil.complaint_filed"),
    ("The tenants launched a representative action against the landlord in 2023.", "civil.complaint_filed"),
    ("The NGO filed a public interest litigation in the Supreme Court in 2023.", "civil.complaint_filed"),
    ("She made a claim to the Employment Tribunal for constructive dismissal.", "civil.complaint_filed"),
    (
      "The ratepayers' association launched a court challenge against the municipality in 2021.",
      "civil.complaint_filed"
    ),
  ])
  func aCivilStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }
}
