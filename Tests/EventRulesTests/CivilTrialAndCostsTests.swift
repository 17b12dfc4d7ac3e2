import EventRules
import Testing

/// A civil trial told by how long it sat is the case's hearing, a costs order a judge makes is a judgment of
/// its own, and a claim filed by its British Columbia name is a complaint (read held-out set 156).
struct CivilTrialAndCostsTests {
  @Test(arguments: [
    "The couple sued the builder for $120,000 in damages. The trial took eight days in April.",
    "The company sued its former manager for breach of contract. The seven-day trial was heard in Brampton in November.",
  ])
  func aCivilTrialToldByHowLongItSatIsAHearing(text: String) {
    #expect(eventTypes(text).contains("civil.hearing"), "\(text)")
  }

  @Test(arguments: [
    "His Honour ordered the applicants to pay Redgum's costs of the proceeding.",
    "Judge Okafor awarded the tenant £18,000. The council was also ordered to pay the costs of the action.",
  ])
  func aCostsOrderIsAJudgment(sentence: String) {
    #expect(eventTypes(sentence).contains("civil.judgment"), "\(sentence)")
  }

  @Test func aNoticeOfCivilClaimIsAComplaint() {
    #expect(
      eventTypes("The couple filed a notice of civil claim in January 2023.").contains(
        "civil.complaint_filed"))
  }

  @Test func anApplicationThatWillBeHeardIsAScheduledHearing() {
    let events = ArticleFixture("That application will be heard on 27 April.", published: "2023-03-20")
      .tagged().events()
    #expect(events.contains { $0.type == "civil.hearing" && $0.status == .scheduled })
  }

  @Test func aJudgeWhoDismissesTheProceedingDismissesTheCase() {
    #expect(
      eventTypes(
        "Justice Warwick Henley dismissed the proceeding on Friday, concluding the announcements were not misleading."
      )
      .contains("civil.dismissal"))
  }
}
