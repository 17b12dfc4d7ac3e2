import EventRules
import Testing

/// Wordings from the held-out sets of regulators' instruments, appeals, requests and legal news told in
/// passing (215–221): suspensions for a term by a commission or a league, sentences changed on appeal,
/// injunctions dissolved, cases taken up, surrenders to agents, appeals to a board, cert petitions, bonds
/// asked, drugs refused approval, investigations by a bureau of investigation, and a regulator's charges,
/// statements of charges, violation notices, citations and letters of inquiry; probes closed without charges;
/// the sum a party had sought.
struct SuspensionAndAppealStepWordingTests {
  @Test(arguments: [
    (
      "In 2015, the commission suspended heavyweight Dmitri Olenko for a full year after he tested positive for the same substance.",
      "regulatory.ban"
    ),
    (
      "In 2019, linebacker Tavon Greer was suspended for six games by the league over a bar fight in Austin.",
      "regulatory.ban"
    ),
    (
      "In 2019, the Court of Appeal doubled the jail term of a Workington lorry driver who killed a pedestrian.",
      "appeal.decided"
    ),
    ("The Fourteenth Court of Appeals dissolved the injunction in August 2022.", "appeal.decided"),
    ("The Supreme Court agreed last fall to take up the case.", "appeal.decided"),
    ("Remy surrendered to FBI agents in Brooklyn on Thursday.", "criminal.arrest"),
    (
      "Redfield appealed to the National Transportation Safety Board, which handles airmen's challenges to FAA certificate actions.",
      "appeal.filed"
    ),
    (
      "Okafor's lawyers filed the cert petition last week, asking the Supreme Court to hear the case.",
      "appeal.filed"
    ),
    (
      "Last September, U.S. District Judge Loretta Mabry ordered the library to return the books to the shelves while the case goes forward.",
      "civil.injunction"
    ),
    (
      "The Tennessee Bureau of Investigation investigated the shooting at the district attorney's request.",
      "criminal.investigation"
    ),
    (
      "The FBI and the Office of Inspector General investigated the case.", "criminal.investigation"
    ),
    (
      "Investigators handed plant managers a Form 483 listing nine observations at the end of the inspection in March.",
      "regulatory.enforcement"
    ),
    (
      "In March, the authority filed formal charges against the bar, accusing it of serving after hours.",
      "regulatory.enforcement"
    ),
    (
      "Last November, the department issued a statement of charges that sought to revoke the lender's license.",
      "regulatory.enforcement"
    ),
    (
      "Two weeks later, the board issued an administrative violation notice proposing to cancel the license.",
      "regulatory.enforcement"
    ),
    (
      "The Occupational Safety and Health Administration cited Summit Ridge Roofing LLC on Tuesday for two willful violations.",
      "regulatory.enforcement"
    ),
    (
      "The exchange sent Xinhe a letter of inquiry in January asking it to explain a jump in prepayments.",
      "regulatory.enforcement"
    ),
  ])
  func aStepInTheseWordings(sentence: String, type: String) {
    #expect(taggedEvents(sentence).contains { $0.type == type }, "\(taggedEvents(sentence).map(\.type))")
  }

  @Test(
    arguments: [
      (
        "His attorney filed a motion last week asking Okafor to set bond at $75,000.", "criminal.release",
        EventStatus.requested
      ),
      (
        "If extradited and convicted, he could be jailed for up to 20 years on each wire fraud count.",
        "criminal.sentence", .hypothetical
      ),
      (
        "The Food and Drug Administration declined to approve the drug, velimumab, on Feb. 28, 2022.",
        "regulatory.license", .negated
      ),
      ("No charges for Castlebridge council leader over land deal, CPS decides", "criminal.charge", .negated),
      (
        "In 2019 the SFO closed its four-year investigation into Corrigan Aerospace without charging anyone.",
        "criminal.charge", .negated
      ),
      (
        "Justice Department Closes Criminal Probe of Veridia Health Without Charges", "criminal.charge",
        .negated
      ),
      (
        "Police did not charge the driver, who told investigators that the sun had blinded him.",
        "criminal.charge", .negated
      ),
      ("Korvex had sought £61m.", "civil.judgment", .requested),
    ] as [(String, String, EventStatus)])
  func aStepHasTheStatusItsWordsGive(sentence: String, type: String, status: EventStatus) {
    let found = taggedEvents(sentence).first { $0.type == type }
    #expect(found?.status == status, "\(taggedEvents(sentence).map { "\($0.type) \($0.status)" })")
  }

  @Test(arguments: [
    "His suspended sentence was suspended for two years.",
    "The club suspended its captain for two matches after the row.",
    "The trial was suspended for two weeks while the judge was ill.",
    "Prosecutors have asked the appeals court to double his sentence.",
    "The parole board cut his sentence by a year.",
    "The start-up had sought $5 million from investors in its first funding round.",
  ])
  func itsNeighbourStaysQuiet(sentence: String) {
    let types = taggedEvents(sentence).map(\.type)
    #expect(
      !types.contains("regulatory.ban") && !types.contains("appeal.decided")
        && !types.contains("civil.judgment"),
      "\(types)")
  }

  @Test(arguments: [
    "Old magistrates' court reopens as arts centre after £2.4m appeal",
    "It has real appeal beyond the small world of people who read this newsletter.",
    "Which brings me to this year's appeal.",
  ])
  func anAppealThatIsNoCourtsIsNoAppealFiled(sentence: String) {
    #expect(
      !taggedEvents(sentence).contains { $0.type == "appeal.filed" }, "\(taggedEvents(sentence).map(\.type))")
  }

  @Test func aFamilyThatAppealedStillAppealed() {
    // The veto words inflect: "family appeal" once vetoed "The families appealed" (read set 119).
    let found = taggedEvents("The families appealed, and the panel heard arguments in February.")
    #expect(found.contains { $0.type == "appeal.filed" })
  }

  @Test func aSchoolsInspectionIsNoEnforcement() {
    // The near word "inspection" once inflected to the trigger's own "inspections" and let it fire alone.
    let found = taggedEvents(
      "Head lice inspections will be carried out on all Year 3 pupils next week, the school said in a letter to parents."
    )
    #expect(!found.contains { $0.type == "regulatory.enforcement" }, "\(found.map(\.type))")
  }

  @Test func aLeaguesSuspensionVetoesDoNotSilenceOtherBans() {
    // The term suspension's vetoes ("school", "sentence") once sat on the rule of every ban told in other
    // words, so a council's smoking ban near schools was vetoed.
    let found = taggedEvents("The city council banned smoking near schools on Tuesday.")
    #expect(found.contains { $0.type == "regulatory.ban" }, "\(found.map(\.type))")
  }
}
