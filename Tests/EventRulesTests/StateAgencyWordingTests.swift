import EventRules
import Testing

/// How local news tells state agencies' cases and the hearings, suits and appeals around them (read
/// held-out set 160).
struct StateAgencyWordingTests {
  @Test(arguments: [
    (
      "The case went to Administrative Law Judge Carla Ostrander. She heard three days of testimony in June.",
      "civil.hearing"
    ),
    ("The order bars QuickNest from making new loans to Connecticut residents.", "regulatory.ban"),
    ("Its lawyer said the company would request a hearing and contest the order.", "appeal.filed"),
    (
      "The Tulare County District Attorney's Office is reviewing the wage case for possible criminal charges.",
      "criminal.investigation"
    ),
    ("No charges have been filed.", "criminal.charge"),
    (
      "Her order came in a lawsuit the city's Law Department filed against Haverford on Dec. 8.",
      "civil.complaint_filed"
    ),
    ("Under the order, it waived its right to a hearing and to any appeal.", "appeal.filed"),
    (
      "The department will re-examine a sample of the insurer's claim files within 18 months.",
      "regulatory.enforcement"
    ),
  ])
  func aStateAgencysCaseToldInOtherWords(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aCitysLawDepartmentIsNoRegulator() {
    #expect(
      !eventTypes("The city's Law Department filed a lawsuit against the landlord on Dec. 8.").contains(
        "regulatory.enforcement"))
  }
}
