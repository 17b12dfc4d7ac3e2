import EventRules
import Testing

/// Wordings from read held-out set 149 (human-rights and international courts): an application to
/// Strasbourg starts a case, an arrest on a warrant is an arrest, a hearing that "took place" is a hearing, and
/// a pastor's appeal from the pulpit or a building's dented appeal is no appeal.
struct InternationalCourtWordingTests {
  @Test(arguments: [
    ("She applied to Strasbourg the following month.", "civil.complaint_filed"),
    ("The family's application was lodged in Strasbourg in the spring of 2022.", "civil.complaint_filed"),
    (
      "That was in March 2021, when he was arrested on a European Arrest Warrant in front of his children.",
      "criminal.arrest"
    ),
    ("That resumed hearing took place earlier this month at Field House.", "civil.hearing"),
  ])
  func aStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    "On Sunday, his associate pastor made an appeal from the pulpit for volunteers to drive family members.",
    "It is wrapped in scaffolding until at least 2026 while the parliament is renovated, which rather dents its appeal.",
  ])
  func anAppealThatIsNoneStaysQuiet(sentence: String) {
    #expect(!eventTypes(sentence).contains("appeal.filed"), "\(sentence): \(eventTypes(sentence))")
  }
}
