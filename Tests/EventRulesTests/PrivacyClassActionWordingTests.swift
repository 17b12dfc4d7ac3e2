import EventRules
import Testing

/// Wordings of privacy and consumer class-action news that a blind held-out set (29) showed misread: final
/// approval of a settlement, an appeal listed for mention, the terms of a proposed agreement, a suit taken
/// "back to court", and the everyday senses of "freezing accounts", "who can sue" and a product trial.
struct PrivacyClassActionWordingTests {
  @Test func finalApprovalOfASettlementIsTheSettlementThatDay() {
    let events = ArticleFixture(
      "Lumora\nAn Illinois federal judge on Thursday granted final approval to a $38 million settlement resolving claims over the app.",
      published: "2021-09-23"
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.settlement"])
    #expect(events.first?.date?.value == "2021-09-23")
  }

  @Test func anAppealListedForMentionIsAScheduledHearing() {
    let events = ArticleFixture(
      "Harland\nHarland & Keane has lodged an appeal against the fine.\nThe appeal is listed for mention before Judge Orla Kinsella on 24 April.",
      published: "2023-03-14"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.hearing" }?.date?.value == "2023-04-24")
    #expect(events.filter { $0.type == "appeal.filed" }.count == 1)
  }

  @Test func theTermsOfAProposedAgreementTakeItsDate() {
    let events = ArticleFixture(
      "Kindred\nSAN JOSE, May 7, 2013 -- Kindred Labs today announced that it has reached an agreement with the FTC to resolve the agency's inquiry.\nUnder the proposed agreement, Kindred Labs will pay a civil penalty of $800,000.",
      published: "2013-05-07"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.penalty" }?.date?.value == "2013-05-07")
  }

  @Test func aSubjectDescribedByWhatHappenedToItIsNoNameInsideIt() {
    let events = ArticleFixture(
      "Patients whose records were exposed in a hacking attack on Prairie Valley Health are taking the hospital system back to court."
    ).events()
    let suit = events.first { $0.type == "civil.complaint_filed" }
    #expect(suit?.names("plaintiff").contains("Prairie Valley Health") == false)
    #expect(suit?.names("defendant") == ["hospital system"])
  }

  @Test(arguments: [
    "The patients say they have spent hours on the phone freezing accounts and paying for credit monitoring.",
    "The attorneys chose to start over in state court, where the rules on who can sue are different.",
    "Smart trolleys that scan as you shop go on trial in three Dutch supermarkets.",
  ])
  func anEverydaySenseStaysQuiet(sentence: String) {
    #expect(
      yieldsNone(
        of: ["regulatory.designation", "civil.ruling", "civil.complaint_filed", "criminal.trial"], sentence))
  }
}
