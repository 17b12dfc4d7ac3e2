import EventRules
import Testing

/// Wordings of what police, suits and parties ask for, and of a court's review steps, from the held-out
/// sets of enforcement, investigations and appeals (191–197): charges recommended or a file sent to
/// prosecutors, a court asked to order money paid, a petition for review granted, cross-motions, oral
/// argument scheduled, a grand jury hearing evidence, troopers' searches, regulators' exams and checks.
struct RequestsAndReviewWordingTests {
  func events(_ text: String) -> [LegalEvent] { ArticleFixture(text).tagged().events() }

  @Test(arguments: [
    (
      "In July, police sent their findings to the prosecutor's office and recommended felony hazing charges against five members.",
      "criminal.charge"
    ),
    ("A police spokesperson said a report has been sent to the procurator fiscal.", "criminal.charge"),
    (
      "On Thursday, the sheriff's office sent its findings to Prosecuting Attorney Jenna Castillo.",
      "criminal.charge"
    ),
    (
      "In the spring of 2023 they sent a file of evidence to the CPS and asked prosecutors to authorise charges against all three.",
      "criminal.charge"
    ),
    (
      "The lawsuit asks the court to order North Star and Sandvik to pay restitution to homeowners.",
      "civil.judgment"
    ),
    ("The agency wants the court to order PlateDrop to refund consumers.", "civil.judgment"),
  ])
  func aRequestIsItsStepRequested(sentence: String, type: String) {
    let found = events(sentence).first { $0.type == type }
    #expect(found?.status == .requested, "\(events(sentence).map { "\($0.type) \($0.status)" })")
  }

  @Test(arguments: [
    (
      "On Friday the court granted the Villarreal family's petition for review in Villarreal v. Caliche Pipeline Partners.",
      "appeal.decided"
    ),
    ("Lakeshore cross-moved for summary judgment on liability in December.", "civil.motion_filed"),
    (
      "The Iowa Supreme Court on Thursday restored a $3.1 million jury award to the widow of a Grinnell man.",
      "appeal.decided"
    ),
    (
      "The appeals court has already scheduled oral argument in the city's appeal for the week of Feb. 5.",
      "civil.hearing"
    ),
    (
      "Court records show that a federal grand jury in Columbus has been hearing evidence since last fall about the payments.",
      "criminal.investigation"
    ),
    ("Troopers searched Doucette's home and his pickup truck on June 14.", "criminal.investigation"),
    (
      "Bureau examiners first flagged the problem during a routine supervisory exam in 2019.",
      "regulatory.enforcement"
    ),
    ("In January, board officers ran two compliance checks at the shop.", "regulatory.enforcement"),
    (
      "Earlier this year the commission issued a so-called second request seeking internal emails.",
      "regulatory.enforcement"
    ),
    (
      "Recorder Anne Whitlock ordered the Pritchards to pay £4,200 towards the Okafors' costs.",
      "civil.judgment"
    ),
    ("A Tamarack County jury found the hospital 90% responsible in February 2021.", "civil.judgment"),
    (
      "At a hearing in London on Monday, the trust's barrister, Imogen Hartley KC, told the court the sale was rushed.",
      "civil.hearing"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(events(sentence).contains { $0.type == type }, "\(events(sentence).map(\.type))")
  }

  @Test(arguments: [
    (
      "A South Texas landowners' group filed a friend-of-the-court brief last fall urging the court to take the case.",
      "civil.motion_filed"
    ),
    (
      "If the City prevails at trial, TicketVault could be ordered to pay civil penalties as well as restitution to consumers.",
      "criminal.sentence"
    ),
    (
      "Court records show that a federal grand jury in Columbus has been hearing evidence since last fall about the payments.",
      "civil.hearing"
    ),
    ("The staff recommended no charges after a year-long review.", "criminal.charge"),
    (
      "On Tuesday, his attorney told the panel that the judge's instructions let jurors convict on far less.",
      "criminal.conviction"
    ),
  ])
  func aFalseFriendYieldsNoStepOfThatType(sentence: String, type: String) {
    #expect(!events(sentence).contains { $0.type == type }, "\(events(sentence).map(\.type))")
  }

  @Test(arguments: [
    ("Kestrel said it would appeal to the full commission.", "appeal.filed"),
    (
      "Later that year, the CPS applied to the Court of Appeal under Part 10 of the Criminal Justice Act 2003 for the acquittal to be quashed.",
      "appeal.filed"
    ),
    (
      "The last drugmaker to try, Pembrook Biologics, was turned away by the Second Circuit in 2019.",
      "appeal.decided"
    ),
  ])
  func anAppealStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(events(sentence).contains { $0.type == type }, "\(events(sentence).map(\.type))")
  }
}
