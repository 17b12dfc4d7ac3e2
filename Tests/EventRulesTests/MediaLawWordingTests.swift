import EventRules
import Testing

/// Wordings of media and press-freedom news that a blind held-out set (44) showed misread: an award thrown
/// out on appeal, a headline's present tense, a case the sides settled, a costs order "directed", a UK
/// regulator's investigation and direction, Indian court English, a refiled suit, a gag order asked of a
/// judge by name; and advice, counterfactuals and a newsroom's desk that tell no happening.
struct MediaLawWordingTests {
  @Test(arguments: [
    ("The Arizona Court of Appeals threw out that award two years later.", "appeal.decided"),
    ("Appeals court lifts gag order on the Campus Sentinel", "appeal.decided"),
    (
      "In 2015, a trooper sued Albrecht for defamation; the two sides settled the following year.",
      "civil.settlement"
    ),
    (
      "In 2021, a magistrate convicted Grace Mulenga of defaming the president; she was pardoned the following year.",
      "criminal.pardon"
    ),
    ("Justice Mehra also directed the ministry to pay GroundLine ₹50,000 as costs.", "civil.judgment"),
    (
      "Delhi HC orders Centre to unblock GroundLine news portal, says blocking order gave no reasons",
      "civil.injunction"
    ),
    (
      "The regulator also directed the satellite channel to broadcast a summary of its findings.",
      "regulatory.enforcement"
    ),
    ("Ofcom opened an investigation in December.", "regulatory.enforcement"),
    ("Both sides argued the motion before Olsen in April.", "civil.hearing"),
    ("The same jury will return on Friday to hear evidence on punitive damages.", "civil.hearing"),
    ("Carlisle podcaster Jess Albrecht says she will refile within 21 days", "civil.complaint_filed"),
    (
      "GroundLine moved the high court in June with a writ petition challenging the block.",
      "civil.complaint_filed"
    ),
  ])
  func aMediaLawStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aHeadlinesAppealsCourtIsNoAppealFiled() {
    #expect(!eventTypes("Appeals court lifts gag order on the Campus Sentinel").contains("appeal.filed"))
  }

  @Test func aCaseThatCannotBeRefiledIsNoNewSuit() {
    #expect(
      eventTypes("The judge dismissed the case with prejudice, meaning it cannot be refiled.") == [
        "civil.dismissal"
      ])
  }

  @Test func aGagOrderAskedOfAJudgeByNameIsARequestedInjunction() {
    let events = ArticleFixture(
      "Circuit Judge Warren Haskett oversees the case. Pruitt’s lawyers asked Haskett later that month to stop the paper from publishing them."
    ).events()
    #expect(events.contains { $0.type == "civil.injunction" && $0.status == .requested })
  }

  @Test func settingAsideAVerdictSchedulesNothing() {
    let events = ArticleFixture("The newspaper will ask Marquez to set aside the verdict, Whitcombe said.")
      .events()
    #expect(events.filter { $0.type == "civil.motion_filed" }.map(\.status) == [.intended])
  }

  @Test func aLikelyChallengeIsHypothetical() {
    let events = ArticleFixture(
      "Government counsel said the ministry was likely to challenge the ruling before a division bench."
    ).events()
    #expect(events.filter { $0.type == "appeal.filed" }.map(\.status) == [.hypothetical])
  }

  @Test(arguments: [
    "If a judge ever orders you not to publish, call a lawyer before you call your editor.",
    "“He should never have been arrested,” said his lawyer, Chipo Lungu.",
    "Chanda, who heads the investigations desk of the online newspaper Copperbelt Eye, spoke on Monday.",
  ])
  func adviceCounterfactualsAndDesksAreNoEvents(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }

  @Test func aReaderAddressedOpeningBeforeAColonLeavesTheNewsAfterIt() {
    let types = eventTypes(
      "If you follow along on Instagram, you already know: last Thursday, a judge ordered the school district to wipe it off his record."
    )
    #expect(types.contains("civil.injunction"))
  }
}
