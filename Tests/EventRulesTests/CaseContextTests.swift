import EventRules
import Testing

/// Roles a decision or a step gets from the sentences around it: the court's words after a ruling, a case
/// name written anywhere, the subject of the sentence before, and complaints that are one case.
struct CaseContextTests {
  func events(_ text: String) -> [LegalEvent] {
    ArticleFixture(text).events()
  }

  @Test func aJudgesWordsAfterARulingGiveItsQuoteAndJudge() {
    let ruling = events(
      """
      A federal judge in Denver on Friday dismissed the lawsuit against the ski resort operator.
      Senior District Judge Paula Wren wrote that the resort had not been “deliberately indifferent” to safety.
      """
    ).first { $0.type == "civil.dismissal" }
    #expect(ruling?.quotes == ["deliberately indifferent"])
    #expect(ruling?.names("judge") == ["Paula Wren"])
  }

  @Test func aPanelsWordsGoToTheAppealDecisionNotTheTrialRuling() {
    let found = events(
      """
      An appeals court on Monday upheld the verdict against the bottling company.
      A trial judge had entered judgment for the workers in 2019.
      The panel said the workers had offered “clear and convincing evidence” of the spill.
      """)
    let decision = found.first { $0.type == "appeal.decided" }
    #expect(decision?.quotes == ["clear and convincing evidence"])
  }

  @Test func anAgencyNamedJusticeDepartmentIsNoJudge() {
    let found = events(
      """
      A federal judge ruled on Tuesday that the merger could go ahead.
      The Justice Department said it was reviewing the decision.
      """)
    #expect(found.flatMap { $0.names("judge") }.isEmpty)
  }

  @Test func aCaseNameAnywhereGivesTheSidesOfTheDecisionsAndTheAppellant() {
    let found = events(
      """
      The appeals court on Tuesday upheld a jury verdict over a pump design.
      Pellam Tools appealed the verdict in 2021, saying the design was not new.
      The case is Orvik Hydraulics Inc. v. Pellam Tools, No. 21-889.
      """)
    let decision = found.first { $0.type == "appeal.decided" }
    #expect(decision?.names("plaintiff") == ["Orvik Hydraulics Inc."])
    #expect(decision?.names("defendant") == ["Pellam Tools"])
    #expect(found.first { $0.type == "appeal.filed" }?.names("defendant") == ["Pellam Tools"])
  }

  @Test func anOpeningItIsThePreviousSentencesSubject() {
    let complaint = events(
      """
      Dunmore Park Tenants Union filed papers last week, and a developer replied with a letter.
      The union has been to court before, and the dispute is not new.
      It sued the county in 2016 over a rezoning plan.
      """
    ).last { $0.type == "civil.complaint_filed" }
    #expect(complaint?.names("plaintiff") == ["Dunmore Park Tenants Union"])
  }

  @Test func aDescribedGroupSuesWhenNoNameStandsBeforeTheTrigger() {
    let complaint = events("A coalition of taxi drivers sued the city over the new permit rules.").first
    #expect(complaint?.names("plaintiff") == ["coalition of taxi drivers"])
  }

  @Test func whoPaysAPenaltyIsItsTarget() {
    let penalty = events(
      "Harlow Lending paid a $2 million civil penalty to the Consumer Finance Bureau in 2020."
    )
    .first {
      $0.type == "regulatory.penalty"
    }
    #expect(penalty?.names("amount") == ["$2 million"])
    #expect(penalty?.names("target") == ["Harlow Lending"])
  }

  @Test func aComplaintNamingOnlyThePlaintiffTakesTheDefendantADecisionNamed() {
    let found = events(
      """
      A judge on Monday dismissed a lawsuit accusing toy maker Brindle Games of copying a board design.
      Two inventors filed the suit in May, claiming their design had been taken.
      """)
    #expect(found.first { $0.type == "civil.dismissal" }?.names("defendant") == ["Brindle Games"])
    #expect(found.first { $0.type == "civil.complaint_filed" }?.names("defendant") == ["Brindle Games"])
  }

  @Test func anAppealsCourtConvictsNoOne() {
    let conviction = events("A federal appeals court has reinstated his fraud convictions.").first {
      $0.type == "criminal.conviction"
    }
    #expect(conviction?.names("court") == [])
  }

  @Test func aPublicBodyAppealingTakesTheOpenSideOfAPrivateSuit() {
    let found = events(
      """
      A group of bakery owners sued over the new flour tax, saying it was unlawful.
      The state appealed the following week.
      """)
    #expect(found.first { $0.type == "appeal.filed" }?.names("defendant") == ["state"])
  }

  @Test func aDistrictOfAPlaceIsACourt() {
    let verdict = events("A jury in the Northern District of Ohio returned the verdict in March 2017.").first
    {
      $0.type == "civil.judgment"
    }
    #expect(verdict?.names("court") == ["Northern District of Ohio"])
  }

  @Test func theOwnerOfACriminalStepIsWhoUndergoesIt() {
    let found = events(
      """
      Lukas Brenner, a former bank clerk, fled to Portugal in 2019.
      A Lisbon court approved his extradition in June.
      """)
    #expect(found.first { $0.type == "criminal.extradition" }?.names("person") == ["Lukas Brenner"])
  }

  @Test func partiesJoinedByAndAreEachATarget() {
    let found = events(
      """
      Corvan Pay Inc. collapsed last spring, and its founder left the country.
      The Securities and Exchange Commission sued Ada Lorne and the company in a civil case last month.
      """)
    let targets = found.first { $0.type == "regulatory.enforcement" }?.names("target") ?? []
    #expect(targets.contains("Ada Lorne"))
    #expect(targets.contains("Corvan Pay Inc."))
  }

  @Test func theSuitFiledByAGroupGivesTheComplaintItsPlaintiffAndCourt() {
    let complaint = events(
      """
      Neighbors of the old mill filed a lawsuit against the county on Monday over a planned landfill.
      The suit, filed in Brant County Superior Court by the Millrace Residents Association, asks for an order.
      """
    ).first { $0.type == "civil.complaint_filed" }
    #expect(complaint?.names("plaintiff").contains("Millrace Residents Association") == true)
    #expect(complaint?.names("court") == ["Brant County Superior Court"])
  }

  @Test func anAgencysAcronymIsThatAgencyNotAParty() {
    let found = events(
      """
      The Rail Safety Office (RSO) fined Tamsin Freight on Monday after a derailment near the port.
      The RSO has opened an inquiry into the crash and may impose a penalty on the carrier later this year.
      """)
    let targets = found.filter { $0.type.hasPrefix("regulatory.") }.flatMap { $0.names("target") }
    #expect(!targets.contains("RSO"))
  }

  @Test func theAgentBetweenASanctionsNounAndItsVerbIsTheAuthority() {
    let e = events("The curbs build on the sanctions the European Union imposed on Belarus in 2021.").first {
      $0.type == "regulatory.sanctions"
    }
    #expect(e?.names("authority") == ["European Union"])
    #expect(e?.names("target") == ["Belarus"])
  }

  @Test func anAcronymForTheEndOfAnAgencysNameIsThatAgency() {
    let found = events(
      """
      On Monday the Ministry of Finance's Office of Trade Controls (OTC) listed four shipping firms.
      OTC later said two of the firms would be removed from the list after an audit of their fleets.
      Officials said two vessels were removed from the list in the same action.
      """)
    // The acronym and the full name are one regulator, so a step that names none inherits it.
    let authorities = found.filter { $0.type == "regulatory.delisting" }.map { $0.names("authority") }
    #expect(!authorities.isEmpty)
    #expect(
      authorities.allSatisfy {
        $0 == ["OTC"] || $0 == ["Ministry of Finance’s Office of Trade Controls"]
          || $0 == ["Ministry of Finance's Office of Trade Controls"]
      })
  }

  @Test func aLoneLetterIsNoParty() {
    let found = events("Non-U.S. banks that deal with them may themselves be exposed to designation.")
    #expect(found.flatMap { $0.participants.map(\.name) }.allSatisfy { $0.count > 1 })
  }

  @Test func theAgentOfARelativeClauseAfterARegulatoryStepIsTheAuthority() {
    let e = events("The ruling follows export controls on drone parts that Ottawa announced in March.").first
    {
      $0.type == "regulatory.sanctions"
    }
    #expect(e?.names("authority") == ["Ottawa"])
  }

  @Test func theDescribedMembersOfACountedGroupAreEachATarget() {
    let e = events(
      "Two firms, a Lagos-based fuel trader and a Cyprus shipping agent, were removed from the sanctions list."
    ).first { $0.type == "regulatory.delisting" }
    #expect(e?.names("target") == ["a Lagos-based fuel trader", "a Cyprus shipping agent"])
  }
}

/// A regulator's prosecution ends in a court's fine: the headline's "fined", the lede's same sum with the
/// regulator that brought the case, and the prosecutor's ask are the criminal sentence, not a regulator's
/// penalty.
struct ProsecutionFineTests {
  @Test func theHeadlinesFineAndTheSameSumAreTheCourtsSentence() {
    let text = """
      Cheese maker fined $240,000 over listeria in soft cheese
      A Southland cheese maker has been fined $240,000 for selling contaminated cheese, in a prosecution brought by New Zealand Food Safety.
      Judge Mereana Tautahi sentenced Te Awa Creamery Ltd in the Invercargill District Court on Wednesday.
      Prosecutor Hamish Rutherford had asked for a fine of $320,000.
      """
    let events = ArticleFixture(text, published: "2021-08-19").tagged().events()
    #expect(!events.contains { $0.type == "regulatory.penalty" }, "\(events.map(\.type))")
    #expect(events.filter { $0.type == "criminal.sentence" && $0.status == .actual }.count == 1)
    #expect(events.contains { $0.type == "criminal.sentence" && $0.status == .requested })
  }

  @Test func aRegulatorsOwnFineStaysAPenalty() {
    let text = """
      Watchdog fines lender £7.6m over arrears handling
      The Financial Conduct Authority fined Northway Finance £7.6m on Tuesday.
      """
    let events = ArticleFixture(text, published: "2024-05-10").tagged().events()
    #expect(events.map(\.type).contains("regulatory.penalty"))
  }
}
