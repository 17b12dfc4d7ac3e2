import EventRules
import Testing

/// Dates for events: the time in the trigger's clause, a time carried from the story, relations from cues,
/// the publication date only for news told in the present.
struct DatingTests {
  @Test func theTimeInTheClauseDatesTheEvent() {
    let f = ArticleFixture("Acme sued Globex on March 3, 2021.")
      .time(
        "March 3, 2021", value: "2021-03-03", earliest: "2021-03-03", latest: "2021-03-03",
        resolution: .absolute)
    let event = f.events().first
    #expect(event?.date?.value == "2021-03-03")
    #expect(event?.date?.resolution == "absolute")
    #expect(event?.date?.text == "March 3, 2021")
  }

  @Test func anAnaphoricDatingSentenceDatesTheHappeningJustBefore() {
    let f = ArticleFixture("Judge Ann Lee ruled for Acme.\nThat was back in March.")
      .time("back in March", value: "2021-03", earliest: "2021-03-01", latest: "2021-03-31")
    let event = f.events().first
    #expect(event?.date?.value == "2021-03")
    #expect(event?.date?.resolution == "carried-from-story")
    #expect(event?.date?.text == "back in March")
  }

  @Test func aShortSentenceAnnouncingTheNewsDatesTheHappeningJustBefore() {
    let f = ArticleFixture(
      "Ofcom has fined Brightline Mobile £1.4 million over missing contract alerts.\nThe regulator announced the penalty this morning.",
      published: "2021-10-19"
    ).tagged()
    let event = f.events().first { $0.type == "regulatory.penalty" }
    #expect(event?.date?.value == "2021-10-19")
    #expect(event?.date?.resolution == "carried-from-story")
  }

  @Test func aSentenceIssuingTheDirectionTodayDatesTheBanJustBefore() {
    let f = ArticleFixture(
      "The Australian Maritime Safety Authority has banned the bulk carrier Ocean Lyra from Australian ports for 12 months.\nAMSA issued the direction to the ship's operator today, shortly after the vessel departed Port Hedland for China.",
      published: "2020-06-05"
    ).tagged()
    let ban = f.events().first { $0.type == "regulatory.ban" }
    #expect(ban?.date?.value == "2020-06-05")
    #expect(ban?.date?.resolution == "carried-from-story")
  }

  @Test func aDocumentSetOffByCommasDatesTheHappeningJustBefore() {
    let f = ArticleFixture(
      "The regulator has fined the company $2 million.\nThe decision, dated 4 March and published on Wednesday, is its first fine.",
      published: "2024-03-07"
    ).tagged()
    let event = f.events().first { $0.type == "regulatory.penalty" }
    #expect(event?.date?.value == "2024-03-04")
    #expect(event?.date?.resolution == "carried-from-story")
  }

  @Test func aStepToldAsLaterTakesNoTimeFromTheStory() {
    let f = ArticleFixture(
      "Deputies arrested three people on Dec. 3. Prosecutors later dropped the assault charge against one of them.",
      published: "2023-03-16"
    ).tagged()
    let charge = f.events().first { $0.type == "criminal.charge" }
    #expect(charge != nil)
    #expect(charge?.date == nil)
  }

  @Test func aStepToldWithThenTakesNoTimeFromTheStory() {
    let f = ArticleFixture(
      "The appeals court upheld the conviction in 2021. His lawyers then took the case to the Supreme Court.",
      published: "2023-09-20"
    ).tagged()
    let appeal = f.events().first { $0.type == "appeal.filed" }
    #expect(appeal != nil)
    #expect(appeal?.date == nil)
  }

  @Test func aTrialAVerdictClosesFallsInTheVerdictsMonth() {
    let f = ArticleFixture(
      "A jury convicted him last month after a two-week trial, rejecting his account.",
      published: "2024-03-08"
    ).tagged()
    #expect(f.events().first { $0.type == "criminal.trial" }?.date?.value == "2024-02")
    // Told to the day, the verdict's day is not the trial's.
    let day = ArticleFixture(
      "A jury convicted him on Tuesday after a two-week trial.", published: "2024-03-08"
    ).tagged()
    #expect(day.events().first { $0.type == "criminal.trial" }?.date == nil)
  }

  @Test func aTimeAsOfWhichSomethingHoldsDatesNothing() {
    let f = ArticleFixture(
      "The district attorney's office had not filed charges as of Monday, a spokeswoman said.",
      published: "2022-11-15"
    ).tagged()
    let charge = f.events().first { $0.type == "criminal.charge" }
    #expect(charge?.status == .negated)
    #expect(charge?.date == nil)
  }

  @Test func aTimeSomethingDatesBackToIsNoHappeningsTime() {
    let f = ArticleFixture(
      "The jury at the trial saw inspection reports dating back to 2009.", published: "2020-06-17"
    ).tagged()
    let trial = f.events().first { $0.type == "criminal.trial" }
    #expect(trial != nil)
    #expect(trial?.date == nil)
  }

  @Test func aParticipleAfterACommaTakesTheTimeOfTheActItElaborates() {
    let f = ArticleFixture(
      "The Criminal Court convicted him in absentia in March 2022, sentencing him to seven years in prison.",
      published: "2024-02-12"
    ).tagged()
    #expect(f.events().first { $0.type == "criminal.sentence" }?.date?.value == "2022-03")
  }

  @Test func aTimeBelongsToTheTriggerItReachesWithoutCrossingAComma() {
    let f = ArticleFixture(
      "The police registered an FIR against him and two other directors in August last year, after buyers"
        + " lodged complaints.", published: "2024-03-01"
    ).tagged()
    #expect(f.events().first { $0.type == "criminal.investigation" }?.date?.value == "2023-08")
  }

  @Test func aVerdictOfTheSameJuryTakesTheDayOfItsOtherVerdict() {
    let f = ArticleFixture(
      "A jury convicted him last month after a two-week trial.\nRyan Doherty, 31, was acquitted by the same jury.",
      published: "2024-03-08"
    ).tagged()
    #expect(f.events().first { $0.type == "criminal.acquittal" }?.date?.value == "2024-02")
  }

  @Test func reliefAComplaintAlsoAsksForTakesTheFilingsDay() {
    let f = ArticleFixture(
      "The water district filed the lawsuit Monday against Vantrell Chemical.\nThe complaint says the plant"
        + " released PFAS.\nThe district is seeking at least $38 million.\nIt also asks the court to order"
        + " Vantrell to stop discharging PFAS into the river.", published: "2024-04-10"
    ).tagged()
    let relief = f.events().first { $0.type == "civil.injunction" }
    #expect(relief?.status == .requested)
    #expect(relief?.date?.value == "2024-04-08")
  }

  @Test func alongsideTheFineTakesTheFinesDay() {
    let f = ArticleFixture(
      "The European Commission fined Parvex €1.1 billion on Wednesday.\nAlongside the fine, the Commission"
        + " ordered Parvex to stop giving its exchange privileged access to bid data.",
      published: "2023-09-21"
    ).tagged()
    let order = f.events().first { $0.type == "regulatory.enforcement" }
    #expect(order?.date?.value == "2023-09-20")
  }

  @Test func aTimeEarlierInTheParagraphCarriesForward() {
    let f = ArticleFixture("In January, tensions grew. The Pentagon added Acme to its blacklist.")
      .time("In January", value: "2021-01", earliest: "2021-01-01", latest: "2021-01-31")
    #expect(f.events().first?.date?.value == "2021-01")
    #expect(f.events().first?.date?.resolution == "carried-from-story")
  }

  @Test func aTimeDoesNotCarryIntoTheNextParagraph() {
    let f = ArticleFixture("In January, tensions grew.\nThe Pentagon added Acme to its blacklist.")
      .time("In January", value: "2021-01", earliest: "2021-01-01", latest: "2021-01-31")
    #expect(f.events().first?.date == nil)
  }

  @Test func afterGivesBeforeRelationsAndNoDate() {
    let f = ArticleFixture(
      "After the company sued the government, Judge Ann Lee blocked the ban.\nThat was back in March."
    )
    .time("back in March", value: "2021-03", earliest: "2021-03-01", latest: "2021-03-31")
    let events = f.events()
    #expect(events.map(\.type) == ["civil.complaint_filed", "civil.injunction"])
    #expect(events.first?.date == nil)
    #expect(events.first?.before == [1])
    #expect(events.last?.after == [0])
    #expect(events.last?.date?.value == "2021-03")
  }

  @Test func presentPerfectNewsTakesThePublicationDate() {
    let event = ArticleFixture("Acme and Globex have reached a settlement.").events().first
    #expect(event?.date?.value == "2021-05-12")
    #expect(event?.date?.resolution == "publication-date")
    #expect(event?.date?.text == nil)
  }

  @Test func aPerfectFurtherDownTheStoryStaysUndated() {
    let events = ArticleFixture(
      "Harlan convicted\nA jury convicted Harlan of fraud on Monday.\nThe trial lasted two weeks.\nHis lawyer spoke outside court.\nThe company's shares fell.\nHarlan has also appealed a separate licensing fine."
    ).tagged().events()
    let appeal = events.first { $0.type == "appeal.filed" }
    #expect(appeal != nil)
    #expect(appeal?.date == nil)
  }

  @Test func pastNewsWithoutATimeHasNoDate() {
    let event = ArticleFixture("Later, Acme and Globex reached a settlement.").events().first
    #expect(event?.type == "civil.settlement")
    #expect(event?.date == nil)
  }

  @Test func anOlderMatterOfOtherPartiesIsBackground() {
    let text =
      "The SEC fined Acme $5 million on Monday.\nIn 2015, the SEC had fined Globex $2 million for similar conduct."
    let f = ArticleFixture(text)
      .time("Monday", value: "2021-05-10", earliest: "2021-05-10", latest: "2021-05-10")
      .time("2015", value: "2015", earliest: "2015-01-01", latest: "2015-12-31", resolution: .absolute)
    let events = f.events()
    #expect(events.map(\.type) == ["regulatory.penalty", "regulatory.penalty"])
    #expect(events.map(\.background) == [false, true])
  }

  @Test func anEarlierStepOfTheSameCaseIsNotBackground() {
    let text = "Acme and Globex settled the lawsuit on Monday.\nAcme sued Globex in 2015."
    let f = ArticleFixture(text)
      .time("Monday", value: "2021-05-10", earliest: "2021-05-10", latest: "2021-05-10")
      .time("2015", value: "2015", earliest: "2015-01-01", latest: "2015-12-31", resolution: .absolute)
    let events = f.events()
    #expect(events.map(\.type) == ["civil.settlement", "civil.complaint_filed"])
    #expect(events.allSatisfy { !$0.background })
  }

  @Test func aContextCueMarksBackground() {
    let event = ArticleFixture("In a separate case, Initech was fined by regulators.").events().first
    #expect(event?.background == true)
  }
}

/// A year used as an adjective of an incident says when the incident happened, not the step of the case.
struct IncidentYearTests {
  @Test func theYearOfAKillingDoesNotDateTheConviction() {
    let events = ArticleFixture(
      "Jury convicts Darnell Whitcombe in 2019 killing of business partner", published: "2024-03-01"
    )
    .tagged().events()
    #expect(events.map(\.type) == ["criminal.conviction"])
    #expect(events.first?.date?.value != "2019")
  }

  @Test func aTitleCaseHeadlinesYearOfAHomicideDoesNotDateTheCharge() {
    // Read held-out set 155: the place's name stands between the year and the incident.
    let events = ArticleFixture(
      "St. Cloud Man Charged in 2024 Ashby Falls Homicide", published: "2025-04-11"
    )
    .tagged().events()
    #expect(events.map(\.type) == ["criminal.charge"])
    #expect(events.first?.date?.value != "2024")
  }

  @Test func convictedInAYearOfAKillingIsDatedByTheYear() {
    let events = ArticleFixture(
      "Mabry was convicted in 2019 of killing Ruth Ellison.", published: "2024-03-01"
    )
    .tagged().events()
    #expect(events.first?.date?.value == "2019")
  }
}

/// A trigger in a relative clause ("the man who sued the city") tells an earlier happening: the main
/// clause's time is not its own, unless the clause is "during which".
struct RelativeClauseDatingTests {
  @Test func theMainClausesTimeDoesNotDateARelativeClause() {
    let events = ArticleFixture(
      "The council voted on Tuesday to pay $1.2 million to Marcus Hale, the man who sued the city after officers shocked him.",
      published: "2023-05-18"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.complaint_filed" }?.date == nil)
  }

  @Test func aTimeInTheSubjectsWhoseClauseDoesNotDateTheMainVerb() {
    let events = ArticleFixture(
      "Businessman Fabio Leal, whose company supplied 140 ventilators to the state in 2020, was arrested in Sao Paulo under a preventive detention order.",
      published: "2023-05-23"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.arrest" }?.date?.value != "2020")
  }

  @Test func aClauseDuringATimeHappensThen() {
    let events = ArticleFixture(
      "The letter follows an inspection of the plant in late June, during which FDA investigators found standing water.",
      published: "2024-08-01"
    ).tagged().events()
    #expect(events.first?.date?.value.hasPrefix("2024-06") == true)
  }
}

/// A request is dated by its own sentence: when it was made, not only by its own clause.
struct RequestDatingTests {
  @Test func aRequestTakesTheTimeOfItsSentence() {
    let events = ArticleFixture(
      "The judge heard the case on Jan. 9. Later that month, the board asked Caldwell to order the three reinstated.",
      published: "2026-02-26"
    ).tagged().events()
    let request = events.first { $0.type == "civil.injunction" }
    #expect(request?.status == .requested)
    #expect(request?.date?.value == "2026-01")
  }
}

/// "In the same rule, BIS removed …": the occasion told before dates what the sentence adds.
struct SameRuleDatingTests {
  @Test func inTheSameRuleTakesTheRulesDate() {
    let events = ArticleFixture(
      "On February 18, 2021, BIS added nine entities to the Entity List. In the same rule, BIS removed Larchmont Logistics from the Entity List.",
      published: "2021-03-01"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.delisting" }?.date?.value == "2021-02-18")
  }
}
