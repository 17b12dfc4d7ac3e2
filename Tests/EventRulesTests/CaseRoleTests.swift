import EventRules
import Testing

/// Roles a step of a case inherits from the case: the complaint says who is who.
struct CaseRoleTests {
  @Test func aSettlingPartyTakesItsSideFromTheComplaint() {
    let events = ArticleFixture(
      """
      Marlow Foods sued Petra Logistics in 2019 over spoiled shipments.
      Petra Logistics settled with Marlow Foods last year.
      """
    ).events()
    let settlement = events.first { $0.type == "civil.settlement" }
    #expect(settlement?.names("plaintiff") == ["Marlow Foods"])
    #expect(settlement?.names("defendant") == ["Petra Logistics"])
  }

  @Test func aRulingThatNamesNoSideBelongsToTheArticlesCase() {
    let events = ArticleFixture(
      """
      A judge ruled on Monday that the contract was void.
      Quill Media sued Denholm Paper in 2020 after the deal collapsed.
      """
    ).events()
    let ruling = events.first { $0.type == "civil.ruling" }
    #expect(ruling?.names("plaintiff") == ["Quill Media"])
    #expect(ruling?.names("defendant") == ["Denholm Paper"])
  }

  @Test func anAppellantWithNoSideInAnyCaseStaysTheAppellant() {
    let events = ArticleFixture("Brantley Mills appealed the verdict.").events()
    #expect(events.first?.names("appellant") == ["Brantley Mills"])
    #expect(events.first?.names("plaintiff") == [])
  }

  @Test func theOnlyAccusedIsTheDefendantOfEveryStepOfTheProsecution() {
    let events = ArticleFixture(
      """
      Prosecutors said Oren Faulk was arrested in March.
      A jury convicted the former treasurer of theft on Friday.
      """
    ).events()
    let conviction = events.first { $0.type == "criminal.conviction" }
    #expect(conviction?.names("defendant") == ["Oren Faulk"])
  }

  @Test func twoAccusedGiveNoStepAnInheritedDefendant() {
    let events = ArticleFixture(
      """
      Oren Faulk was arrested in March. Lina Vos was arrested in April.
      A jury convicted the former treasurer of theft on Friday.
      """
    ).events()
    let conviction = events.first { $0.type == "criminal.conviction" }
    #expect(conviction?.names("defendant") == [])
  }

  @Test func aPassiveTriggerMakesItsSubjectThePatientNotTheAgent() {
    let events = ArticleFixture("Oren Faulk was arrested on Tuesday.").events()
    #expect(events.first?.names("person") == ["Oren Faulk"])
    #expect(events.first?.names("authority") == [])
  }
}

/// Sides learnt from the whole case, and parties acting through their lawyers.
struct CaseSideTests {
  @Test func aPartyActsThroughItsLawyers() {
    let events = ArticleFixture(
      """
      Ines Calder sued blogger Rufus Mallory in 2020.
      Mallory's lawyers moved to dismiss the case in March.
      """
    ).events()
    let motion = events.first { $0.type == "civil.motion_filed" }
    #expect(motion?.names("defendant") == ["Mallory"])
  }

  @Test func aDecisionNamingOneSideGetsTheOtherFromTheComplaint() {
    let events = ArticleFixture(
      """
      A judge on Monday dismissed the lawsuit against Rufus Mallory.
      Calder filed the suit in 2020.
      """
    ).events()
    let dismissal = events.first { $0.type == "civil.dismissal" }
    #expect(dismissal?.names("plaintiff") == ["Calder"])
    #expect(dismissal?.names("defendant") == ["Rufus Mallory"])
  }

  @Test func aSlotsNameTakesNoSecondRole() {
    let events = ArticleFixture("Brightline Telecom found itself on the entity list in 2020.").events()
    #expect(events.first?.names("target") == ["Brightline Telecom"])
    #expect(events.first?.names("authority") == [])
  }
}

/// Parties described rather than named, and names that stand for none.
struct DescribedPartyTests {
  @Test func aSuitFiledOnBehalfOfADescribedGroupNamesItsPlaintiffs() {
    let events = ArticleFixture("The lawsuit was filed in 2019 on behalf of tenants who paid late fees.")
      .events()
    #expect(events.first?.names("plaintiff") == ["tenants"])
  }

  @Test func aTickerInParenthesesStandsForNoParty() {
    let events = ArticleFixture(
      """
      Harrow Mills Inc. (NYSE: HRWM) said on Monday that it had reached a settlement with shareholders.
      """
    ).events()
    let settlement = events.first { $0.type == "civil.settlement" }
    #expect(settlement?.participants.contains { $0.name == "HRWM" } == false)
  }

  @Test func boilerplateAboutForwardLookingStatementsYieldsNoEvent() {
    let events = ArticleFixture(
      "This release contains forward-looking statements, including statements about the settlement."
    ).events()
    #expect(events.isEmpty)
  }
}

/// A role noun with a counted description in apposition is that description.
struct DescribedAppositionTests {
  @Test func theDescriptionAfterThePlaintiffsIsThePlaintiff() {
    let events = ArticleFixture(
      "The plaintiffs, three Denver bakers who lost their leases, sued the landlord in May."
    ).events()
    #expect(events.first?.names("plaintiff") == ["three Denver bakers"])
  }
}

/// The party that appeals a regulator's decision keeps the side that decision gave it (samples/README.md).
struct RegulatorAppealSideTests {
  @Test func anAppealOfAFineIsByItsTarget() {
    let events = ArticleFixture("The FTC fined Acme $5 million in March. Acme appealed the fine on Monday.")
      .events()
    let appeal = events.first { $0.type == "appeal.filed" }
    #expect(appeal?.names("target") == ["Acme"])
    #expect(appeal?.names("appellant") == [])
  }

  @Test func anAppellantNoCaseOrRegulatorNamesStaysTheAppellant() {
    let events = ArticleFixture("Acme said on Monday it had appealed.").events()
    #expect(events.first?.names("appellant") == ["Acme"])
  }
}
