import EventRules
import Testing

/// Wordings of US workplace, consumer and product-safety enforcement that a blind held-out set (20)
/// showed missing or misread: agencies suing and citing, administrative complaints, unfair-labor-practice
/// charges, inspections opened, proposed penalties, partial dismissals, reinstatement ordered.
struct WorkplaceEnforcementWordingTests {
  @Test(arguments: [
    ("The EEOC sued Grand Prairie in September 2018.", "regulatory.enforcement"),
    (
      "In March, the CPSC took the unusual step of filing an administrative complaint against DreamNest.",
      "regulatory.enforcement"
    ),
    // A union is a party, not a regulator: its charges are its complaint (samples/README.md, "Who sues
    // decides the family"); the board's own complaint stays enforcement.
    ("Local 418 filed unfair labor practice charges with the NLRB in August.", "civil.complaint_filed"),
    (
      "The Omaha area office of the Occupational Safety and Health Administration opened an inspection the next day.",
      "regulatory.enforcement"
    ),
    ("In August 2016, the court dismissed two of the lawsuit’s seven counts.", "civil.dismissal"),
    ("The main case goes to trial before an NLRB administrative law judge on April 14.", "civil.hearing"),
  ])
  func workplaceWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence) == [type], "\(sentence)")
  }

  @Test func aPenaltyAnAgencyProposesIsRequested() {
    let events = ArticleFixture(
      "OSHA cited Cortland for two willful violations and proposed $238,000 in penalties."
    )
    .events().filter { $0.type == "regulatory.penalty" }
    #expect(events.map(\.status) == [.requested])
  }

  @Test func anAgencySettlingIsNoCivilSettlement() {
    let types = ArticleFixture(
      "In 2022, the company settled an earlier NLRB case by agreeing to post a notice."
    ).events()
      .map(\.type)
    #expect(!types.contains("civil.settlement"))
  }

  @Test func askingAJudgeToOrderWorkersReinstatedIsARequestedInjunction() {
    let events = ArticleFixture(
      "Later that month, the board asked Caldwell to order the three reinstated while the case is pending."
    )
    .events()
    #expect(events.map(\.type) == ["civil.injunction"])
    #expect(events.first?.status == .requested)
  }

  @Test func arrestedAndChargedInAMonthDatesBoth() {
    let events = ArticleFixture(
      "Victor Szabo, 51, was arrested and charged in October.", published: "2026-02-26"
    )
    .tagged().events()
    #expect(events.first { $0.type == "criminal.arrest" }?.date?.value == "2025-10")
  }

  @Test func theTimeAReportCameOutDoesNotDateWhatItAlleges() {
    let events = ArticleFixture(
      "A trade newsletter reported last month that federal prosecutors had opened a criminal inquiry into the company.",
      published: "2023-11-10"
    ).tagged().events()
    #expect(events.map(\.type) == ["criminal.investigation"])
    #expect(events.first?.status == .alleged)
    #expect(events.first?.date == nil)
  }

  @Test(arguments: [
    "Leasing director Monique Trask said the bakery’s appeal was obvious.",
    "Veridex's board has charged interim chief executive Dana Whitfield with rebuilding relationships with hospitals.",
  ])
  func everydayAppealAndChargeAreNoEvents(sentence: String) {
    #expect(ArticleFixture(sentence).events().isEmpty, "\(sentence)")
  }
}
