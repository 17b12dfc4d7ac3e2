import EventRules
import Testing

/// Wordings from read held-out sets 179, 181, 183 and 185: civil judgments told by a jury's finding, a
/// tribunal's order to repay, a judgment notwithstanding the verdict, a verdict wiped out or set aside;
/// police inquiries told by interviews, files sent to prosecutors and subpoenas; headline charges; a
/// competition authority's preliminary assessment, binding commitments and orders; lawyers suspended from
/// practice; and the everyday senses beside them.
struct JudgmentAndInquiryStepWordingTests {
  @Test(arguments: [
    (
      "A jury found for the family in March 2021, awarding $6.1 million for the loss in value.",
      "civil.judgment"
    ),
    ("Four months later, she granted its motion for judgment notwithstanding the verdict.", "civil.judgment"),
    (
      "He was ordered by a property tribunal in September to repay £18,400 to three tenants.",
      "civil.judgment"
    ),
    ("Judge wipes out $48.5M verdict against Corvane Medical, orders new trial", "civil.ruling"),
    ("Brazos Ridge then asked Estrada to disregard the verdict.", "civil.motion_filed"),
    (
      "The tenants applied to the First-tier Tribunal for a rent repayment order in February.",
      "civil.complaint_filed"
    ),
    (
      "Workers United had filed an unfair-labor-practice charge over the firings in October.",
      "civil.complaint_filed"
    ),
    ("He took the case to the Upper Tribunal, arguing he had a reasonable excuse.", "appeal.filed"),
    ("Publivia asked the Conseil d'État to overturn the sanction in February.", "appeal.filed"),
    ("The DPP indicated it would seek a review of her bail in the Supreme Court.", "appeal.filed"),
    ("Ninth Circuit brings back SeatSwap fee suit", "appeal.decided"),
    (
      "A Brisbane magistrate on Monday found Bence Takács eligible for surrender to Hungary.",
      "criminal.extradition"
    ),
    ("Officer Hollis was interviewed by State Police investigators on February 8.", "criminal.investigation"),
    (
      "The completed investigative file was submitted to the District Attorney's Office on April 30.",
      "criminal.investigation"
    ),
    (
      "A federal grand jury began issuing subpoenas to city staff in the spring of 2021.",
      "criminal.investigation"
    ),
    ("Police charge man over Hendon stabbing", "criminal.charge"),
    ("SFO charges Wexcombe directors", "criminal.charge"),
    ("Prosecutors had asked Circuit Judge Anita Brogan for eight years.", "criminal.sentence"),
    (
      "If Harcastle were convicted of failing to prevent bribery, it would face an unlimited fine.",
      "criminal.sentence"
    ),
    ("Because it chose a civil penalty, he was not prosecuted.", "criminal.charge"),
    (
      "Last summer the Commission adopted a preliminary assessment expressing concerns.",
      "regulatory.enforcement"
    ),
    (
      "On Tuesday the European Commission made legally binding a set of commitments offered by Nimbara.",
      "regulatory.enforcement"
    ),
    (
      "CNIL staff carried out a series of online inspections of sites using the banner.",
      "regulatory.enforcement"
    ),
    (
      "The European Commission fined Orvanto €412 million and ordered it to stop tying its terminals.",
      "regulatory.enforcement"
    ),
    (
      "The Court on Wednesday suspended attorney Corwin Blaylock from the practice of law for 18 months.",
      "regulatory.license"
    ),
    ("The council was considering whether to seek a banning order against him.", "regulatory.ban"),
    ("The matter returns to court later this month.", "civil.hearing"),
    ("On Thursday, Tarrant also asked the court to keep its freezing order in place.", "civil.injunction"),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    (
      "Judges awarded the supreme champion ribbon in the fleece section to Marion Tuckwell.", "civil.judgment"
    ),
    (
      "The company expects to recover a large part of the judgment from the frozen assets.",
      "regulatory.designation"
    ),
    ("If Voss denies it, he said, the firm will take the case to the Court of Appeals.", "appeal.decided"),
    ("Ninth Circuit brings back SeatSwap fee suit", "civil.complaint_filed"),
    (
      "Workers United had filed an unfair-labor-practice charge over the firings in October.",
      "criminal.charge"
    ),
    ("Constable Singh played the inspector charged with keeping order.", "criminal.charge"),
    ("She had already received an appeal from the netball club for a rematch next year.", "appeal.filed"),
    (
      "In October 2023 the ICO issued a notice of intent proposing a fine of £9.2 million.",
      "regulatory.penalty"
    ),
  ])
  func anEverydayOrProposedSenseYieldsNoSuchStep(sentence: String, type: String) {
    #expect(!eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    ("Judge rejects FTC bid to halt Anchorline's $4.2 billion Bellweather deal", "civil.injunction"),
    ("No plea was entered.", "criminal.plea"),
    ("Kumo said it took the order extremely seriously and would not contest it.", "appeal.filed"),
    ("A spokesperson said the company would not take the matter any further.", "appeal.filed"),
  ])
  func aStepThatDidNotComeIsNegated(sentence: String, type: String) {
    let event = taggedEvents(sentence).first { $0.type == type }
    #expect(event?.status == .negated, "\(sentence): \(taggedEvents(sentence).map(\.type))")
  }

  @Test(arguments: [
    (
      "Federal safety regulators sue Denver stroller maker Pebblecart over recall refusal",
      "regulatory.enforcement"
    ),
    ("On the same day, the division assessed $42,112 in civil money penalties.", "regulatory.penalty"),
    ("OSHA cites Oakmont poultry plant after worker loses hand", "regulatory.enforcement"),
    ("His attorney said his client would contest the proposed fine.", "appeal.filed"),
    (
      "If convicted, Morrow faces a maximum sentence of life in prison, although sentences in such cases are typically far shorter.",
      "criminal.sentence"
    ),
  ])
  func aRegulatorsOrProsecutorsWordingOfSetsOneEightySevenAndNineYieldsItsEvent(
    sentence: String, type: String
  ) {
    #expect(eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func anExtrajudicialSanctionsProgramIsNoSanction() {
    let types = eventTypes(
      "Those charges were withdrawn in January after the youth completed an extrajudicial sanctions program.")
    #expect(!types.contains("regulatory.sanctions"), "\(types)")
  }

  @Test func aHabitToldInAContrastingClauseLeavesTheStepHypothetical() {
    let events = taggedEvents(
      "If convicted, Morrow faces a maximum sentence of life in prison, although sentences in such cases are typically far shorter."
    )
    #expect(events.first { $0.type == "criminal.sentence" }?.status == .hypothetical)
  }

  @Test func anInquiryCodenamedBetweenCommasIsDatedByWhenItBegan() {
    let events = taggedEvents(
      "AFP Detective Superintendent Rachel Thorne said the investigation, codenamed Operation Kestrel, began in July 2023."
    )
    #expect(events.first { $0.type == "criminal.investigation" }?.date?.value == "2023-07")
  }

  @Test func anInquiryOpenedMonthsBeforeADatedArrestTakesThatMonth() {
    let text = """
      Detectives arrested the parish clerk on Monday, May 20, 2019.
      The arrest comes three months after detectives opened an investigation into the council's finances.
      """
    let events = ArticleFixture(text, published: "2019-05-22").tagged().events()
    let inquiry = events.first { $0.type == "criminal.investigation" }
    #expect(inquiry?.date?.value == "2019-02", "\(String(describing: inquiry?.date))")
  }
}
