import EventRules
import Testing

/// Participants a step gets from what the article said before or just after it: a definite "The ban", a
/// suit with no object after a sentence about an agency, a court a headline words short, a regulator
/// described in lowercase, the named members of a counted group.
struct ReferenceResolutionTests {
  func events(_ text: String) -> [LegalEvent] {
    ArticleFixture(text).events()
  }

  @Test func aDefiniteBanOpeningASentenceHasTheTargetOfTheBanToldBefore() {
    let bans = ArticleFixture(
      """
      The maritime regulator on Friday lifted its ban on Northwind Ferries after a safety audit.
      The ban was imposed in May 2020, when inspectors found rusted lifeboat davits.
      """
    ).tagged().events().filter { $0.type == "regulatory.ban" }
    #expect(bans.count == 2)
    #expect(bans.allSatisfy { $0.names("target") == ["Northwind Ferries"] })
  }

  @Test func aSuitWithNoObjectIsAgainstTheAgencyTheSentenceBeforeWasAbout() {
    let complaint = events(
      """
      The Water Resources Board capped well permits for the valley last spring.
      A group of almond farmers sued, and a judge later froze the cap.
      """
    ).first { $0.type == "civil.complaint_filed" }
    #expect(complaint?.names("defendant") == ["Water Resources Board"])
  }

  @Test func aCourtTheHeadlineWordsShortTakesTheNameTheNextSentenceGives() {
    let decision = events(
      """
      Appeals court upholds verdict in grain elevator fire
      The state Court of Appeals on Tuesday upheld a jury verdict against Prairie Co-op over the 2017 fire.
      """
    ).first { $0.type == "appeal.decided" }
    #expect(decision?.names("court").contains("Court of Appeals") == true)
  }

  @Test func aRegulatorDescribedInLowercaseIsTheAuthority() {
    let probe = events(
      "The criminal investigation was opened in March after the regional audit agency flagged payments."
    ).first { $0.type == "criminal.investigation" }
    #expect(probe?.names("authority") == ["regional audit agency"])
  }

  @Test func aCountedGroupAndItsNamedMembersAreAllTargets() {
    let delisting = events(
      "Regulators removed three barges, the Red Heron and the Salt Crane, from the sanctions list on Monday."
    ).first { $0.type == "regulatory.delisting" }
    let targets = delisting?.names("target") ?? []
    #expect(targets.contains("Red Heron"))
    #expect(targets.contains("Salt Crane"))
  }

  @Test func anUnnamedJudgeStandsForTheCourtOfABenchRulingOnly() {
    let found = events(
      """
      In 2016 a county judge struck the ordinance down as preempted by state law.
      The town appealed, and a county judge heard the appeal in 2017.
      """)
    #expect(found.first { $0.type == "civil.ruling" }?.names("court") == ["county judge"])
    #expect(found.first { $0.type == "appeal.filed" }?.names("court").contains("county judge") == false)
  }

  @Test func aNameBetweenCommasIsTheSubjectOfAPassiveAfterThem() {
    let arrest = events(
      "Local papers reported that the firm's finance chief, Ilse Marten, had been taken into custody."
    ).first { $0.type == "criminal.arrest" }
    #expect(arrest?.names("person") == ["Ilse Marten"])
  }

  @Test func aLicenseIssuedToNoOneIsNamedByItsOwnName() {
    let license = events(
      "At the same time, the agency issued General License 14, which allows the wind-down of existing contracts."
    ).first { $0.type == "regulatory.license" }
    #expect(license?.names("target") == ["General License 14"])
  }

  @Test func whoDoesNotAdmitLiabilityInASettlementIsTheDefendant() {
    let settlement = events(
      "The Ruiz family settled a negligence lawsuit with Lakeshore Hospital for $300,000, without the hospital admitting liability."
    ).first { $0.type == "civil.settlement" }
    #expect(settlement?.names("defendant") == ["Lakeshore Hospital"])
    #expect(settlement?.names("plaintiff") == ["Ruiz family"])
  }

  @Test func prosecutorsKeepTheOfficeTheArticleGivesThem() {
    let charge = events("Federal prosecutors in Boston charged Oskar Lind with securities fraud on Tuesday.")
      .first {
        $0.type == "criminal.charge"
      }
    #expect(charge?.names("prosecutor") == ["Federal prosecutors in Boston"])
    #expect(charge?.names("defendant") == ["Oskar Lind"])
    #expect(charge?.names("authority") == [])
  }

  @Test func aSuitsRelativeClauseGivesTheCaseItsSides() {
    let dismissal = events(
      "A judge on Monday dismissed the lawsuit, which Harrow Textiles filed against Quill Dyes in 2020."
    ).first { $0.type == "civil.dismissal" }
    #expect(dismissal?.names("plaintiff") == ["Harrow Textiles"])
    #expect(dismissal?.names("defendant") == ["Quill Dyes"])
  }

  @Test func aSoughtSentenceIsForTheNamedPerson() {
    let sought = events(
      "Prosecutors in the Western District said they would seek a twelve-year term for the former mayor Tove Aas."
    ).first { $0.type == "criminal.sentence" }
    #expect(sought?.names("defendant") == ["Tove Aas"])
    #expect(sought?.names("prosecutor") == ["Prosecutors in the Western District"])
  }
}
