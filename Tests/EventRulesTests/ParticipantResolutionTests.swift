import EventRules
import Testing

/// Participants found beyond the trigger's own clause: speakers, plural groups, relative clauses, the
/// article's one regulator, lowercase courts and the case's sides kept on appeal.
struct ParticipantResolutionTests {
  func event(_ type: String, in text: String) -> LegalEvent? {
    ArticleFixture(text).events().first { $0.type == type }
  }

  @Test func theLawyersClientIsTheAppellantWhenTheLawyerSpeaks() {
    let e = event(
      "appeal.filed",
      in: """
        Renner Tools sued Gallo Freight in 2020 over a broken supply contract.
        Renner Tools's lawyer, Ida Pruitt, said on Monday that no appeal will be lodged.
        """)
    #expect(e?.names("plaintiff") == ["Renner Tools"])
  }

  @Test func bothCompaniesStandForTheTwoSidesNamedBefore() {
    let e = event(
      "appeal.filed",
      in: """
        Lumo Audio sued Brisk Devices in 2021 over a speaker patent.
        Both companies said they would appeal.
        """)
    #expect(e?.names("plaintiff") == ["Lumo Audio"])
    #expect(e?.names("defendant") == ["Brisk Devices"])
  }

  @Test func aSpeakersPronounIsTheSpeaker() {
    let e = event(
      "appeal.filed",
      in: """
        Quarry Labs sued Hollis Grain in 2019 over unpaid invoices for seed testing.
        Hollis Grain said it was weighing an appeal of the ruling.
        """)
    #expect(e?.names("defendant") == ["Hollis Grain"])
  }

  @Test func aPublicBodyAppealingTakesThePublicSideOfTheCase() {
    let e = event(
      "appeal.filed",
      in: """
        A group of farmers sued the Department of Water over the quota.
        The state appealed the following week.
        """)
    #expect(e?.names("defendant") == ["state"])
  }

  @Test func aMotionByAnUnnamedSideFillsTheSideTheComplaintLeftOpen() {
    let e = event(
      "civil.motion_filed",
      in: """
        The lawsuit was filed in 2018 on behalf of tenants who rented flats.
        Harbor Estates filed a motion to dismiss the case.
        """)
    #expect(e?.names("defendant") == ["Harbor Estates"])
  }

  @Test func theBodyARelativeClauseHangsOnIsTheAgent() {
    let e = event(
      "regulatory.license",
      in:
        "The case followed an audit by the Nevada Gaming Board, which had revoked Silver Mesa Casino's license in 2020."
    )
    #expect(e?.names("authority") == ["Nevada Gaming Board"])
    #expect(e?.names("target") == ["Silver Mesa Casino"])
  }

  @Test func agenciesJoinedByAndAreEachAnAuthority() {
    let e = event(
      "criminal.investigation",
      in: "He was charged after a joint investigation by the FBI and the Texas Rangers Division into fraud.")
    #expect(e?.names("authority") == ["FBI", "Texas Rangers Division"])
  }

  @Test func theArticlesOneRegulatorActsInRegulatoryStepsThatNameNone() {
    let events = ArticleFixture(
      """
      The Maritime Licensing Office put Kestrel Shipping on its watch list in March.
      In June, Kestrel Shipping was removed from the list.
      """
    ).events()
    let delisting = events.first { $0.type == "regulatory.delisting" }
    #expect(delisting?.names("authority") == ["Maritime Licensing Office"])
  }

  @Test func aLowercaseCourtIsTheCourtWhenNoneIsNamed() {
    let e = event("appeal.decided", in: "In 2015 a state appeals court refused to overturn the verdict.")
    #expect(e?.names("court") == ["state appeals court"])
  }

  @Test func aDescriptionIsReplacedByTheNameInItsApposition() {
    let e = event(
      "regulatory.sanctions",
      in: "Washington imposed sanctions on the state mining company, Minera Andina, in 2020.")
    #expect(e?.names("target") == ["Minera Andina"])
  }

  @Test func aLowercaseRegulatorDescriptionIsTheAuthority() {
    let e = event("regulatory.ban", in: "The regional food regulator banned the sale of raw milk last year.")
    #expect(e?.names("authority") == ["regional food regulator"])
  }

  @Test func termsWrittenAsAHyphenatedLengthOrAMaximum() {
    #expect(
      event("criminal.sentence", in: "Prosecutors had asked the judge to impose a ten-year term.")?.names(
        "term")
        == ["ten-year term"])
    #expect(
      event("criminal.sentence", in: "Prosecutors had asked the judge to impose a ten-year term.")?.names(
        "prosecutor") == ["Prosecutors"])
    #expect(
      event("criminal.sentence", in: "The offence carries a prison term of up to six and a half years.")?
        .names(
          "term") == ["up to six and a half years"])
  }

  @Test func aShareOfTurnoverIsAnAmount() {
    let e = event(
      "regulatory.penalty",
      in: "Firms that break the rule would face fines of up to 6 percent of their global revenue.")
    #expect(e?.names("amount") == ["up to 6 percent of their global revenue"])
  }

  @Test func aTimeBetweenTriggerWordsIsNoDefendant() {
    let e = event("criminal.sentence", in: "A former clerk was sentenced on Friday to three years in prison.")
    #expect(e?.names("defendant") == [])
  }

  @Test func aTimeAfterTheSlotsNameIsNoPartOfIt() {
    // Read held-out set 99: "Thursday" stood as the defendant and kept two tellings of one sentence apart.
    let e = event(
      "criminal.sentence", in: "The Sandiganbayan sentenced Dacanay on Thursday to six to 10 years in prison."
    )
    #expect(e?.names("defendant") == ["Dacanay"])
  }

  @Test func aGrandJuryIsTheChargingAuthority() {
    let e = event(
      "criminal.charge", in: "A federal grand jury indicted the treasurer on nine counts of fraud.")
    #expect(e?.names("authority") == ["federal grand jury"])
  }

  @Test func aRegulatorIsNeverItsOwnTarget() {
    let e = event(
      "regulatory.enforcement",
      in: "The SEC opened an investigation into the SEC filings of Bramble Corp. last year.")
    #expect(e?.names("target").contains("SEC") == false)
  }

  @Test func aNameBetweenCommasAfterADescriptionIsTheSubject() {
    let e = event("criminal.conviction", in: "Its treasurer, Milo Varga, was convicted of theft in 2012.")
    #expect(e?.names("defendant") == ["Milo Varga"])
  }

  @Test func aParticipleAfterAndSharesThePassiveSubject() {
    let e = event(
      "criminal.pardon",
      in: "The singer Rosa Quell was convicted of fraud in 2004 and pardoned three years later.")
    #expect(e?.names("person") == ["Rosa Quell"])
  }

  @Test func aCountedGroupWithModifiersIsThePerson() {
    let e = event(
      "criminal.arrest", in: "Three customs inspectors were arrested on Friday over missing cargo.")
    #expect(e?.names("person") == ["three customs inspectors"])
  }

  @Test func theProsecutorIsTheBodyNotTheWordsBeforeIt() {
    let e = event(
      "criminal.charge",
      in: "If prosecutors find that the managers lied, they could be charged under the fraud statute.")
    #expect(e?.names("prosecutor") == ["prosecutors"])
  }

  @Test func aSettlementWithAPartyNamesBothParties() {
    let e = event(
      "civil.settlement",
      in: "Mendel’s family settled a negligence lawsuit with the city for $400,000 in 2018.")
    #expect(e?.names("party").contains("Mendel’s family") == true)
    #expect(e?.names("party") == ["Mendel’s family", "city"])
  }

  @Test func aNameBeforeAnAgeInCommasIsThePassiveSubject() {
    let e = event(
      "criminal.conviction", in: "Records show Arne Holt, 52, was found guilty of tax fraud in 2009.")
    #expect(e?.names("defendant") == ["Arne Holt"])
  }
}
