import EventRules
import Testing

/// Wordings of courts and regulators in British, Irish, Australian, Canadian, New Zealand and Indian news
/// that a blind held-out set (12) showed missing, each beside the everyday sense that must stay quiet.
struct CommonwealthWordingTests {
  @Test(arguments: [
    ("Mr Moroney issued proceedings against the station in October 2014.", "civil.complaint_filed"),
    (
      "In 2015 the Court of Appeal cut a €250,000 award against a weekly newspaper to €90,000.",
      "appeal.decided"
    ),
    (
      "His solicitors applied in November 2015 to have the claim against him struck out.",
      "civil.motion_filed"
    ),
    ("The action against Mr Tuohy was dismissed in February last year.", "civil.dismissal"),
    ("In 2016, Mr Moroney settled a separate action against a national newspaper.", "civil.settlement"),
    (
      "He was released in February after a judge approved a bail plan with a $1-million surety.",
      "criminal.release"
    ),
    (
      "A judge has ordered the businessman committed for extradition to the United States.",
      "criminal.extradition"
    ),
    ("The Enforcement Directorate registered a case against them last year.", "criminal.investigation"),
    ("Sebi had also issued show-cause notices last week to four stockbrokers.", "regulatory.enforcement"),
    (
      "A Complaints Assessment Committee laid a charge of misconduct against Ms Reardon in August.",
      "regulatory.enforcement"
    ),
    ("Sebi bars Vardhan Agro promoters from market for three years", "regulatory.ban"),
    (
      "The regulator restrained the two promoters from buying, selling or dealing in securities.",
      "regulatory.ban"
    ),
    ("The Oregon Court of Appeals upheld the conviction in 2001.", "appeal.decided"),
    ("Zoomly wins appeal against Kelbridge licence revocation", "appeal.decided"),
  ])
  func commonwealthWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence) == [type], "\(sentence)")
  }

  @Test func whetherToSurrenderIsAnExtraditionStillToBeDecided() {
    let events = ArticleFixture(
      "The final decision on whether to surrender Mr. Volkov rests with the federal Justice Minister."
    ).events()
    #expect(events.map(\.type) == ["criminal.extradition"])
    #expect(events.first?.status == .hypothetical)
  }

  @Test func aPenaltyARegulatorSeeksIsTheRegulatorsPenalty() {
    let events = ArticleFixture(
      "The ACCC has launched Federal Court action against SunVolt. The ACCC is seeking penalties and orders requiring SunVolt to refund customers. SunVolt faces a maximum penalty of $1.1 million for each breach."
    ).events()
    #expect(events.map(\.type).filter { $0.hasPrefix("criminal.") }.isEmpty)
    #expect(events.filter { $0.type == "regulatory.penalty" }.map(\.status) == [.requested, .hypothetical])
  }

  @Test func anAppealMadeAConditionIsHypothetical() {
    let events = ArticleFixture(
      "On Friday, the judge granted the station a stay of the award, on condition that it lodges an appeal within 28 days."
    ).events()
    #expect(events.first { $0.type == "appeal.filed" }?.status == .hypothetical)
  }

  @Test func aTestForCommittalIsNoConviction() {
    let events = ArticleFixture(
      "The judge found evidence on which “a reasonable jury, properly instructed, could convict” him."
    ).events()
    #expect(!events.map(\.type).contains("criminal.conviction"))
  }

  @Test func aDescriptionBeforeANameLeavesTheName() {
    let event = ArticleFixture(
      "A federal judge has ordered data startup Tallyhound to stop scraping profiles."
    )
    .events().first
    #expect(event?.names("defendant") == ["Tallyhound"])
  }

  @Test(arguments: [
    "After three straight losses, the side finally arrested the slide on Saturday with a four-wicket win.",
    "Aiden Frost, called up for his first senior game, acquitted himself well at fine leg.",
    "Sanjay Patel batted with real conviction for 57.",
    "The captain was caught behind off a thin edge after a long appeal that had the umpire thinking.",
    "The umpire’s ruling went our way, and Hataitai were all out for 143.",
    "The order bars Tallyhound from accessing the site with automated tools.",
  ])
  func sportAndLegalTestsAreNoEvents(sentence: String) {
    #expect(
      yieldsNone(
        of: [
          "criminal.arrest", "criminal.acquittal", "criminal.conviction", "appeal.filed", "civil.ruling",
          "regulatory.ban",
        ], sentence), "\(sentence)")
  }
}
