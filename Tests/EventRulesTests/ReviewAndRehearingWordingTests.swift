import EventRules
import Testing

/// Wordings from read held-out sets 167 and 169, where courts and tribunals review agencies and one another:
/// a petition for review, rehearing asked of an agency and denied, a sanction challenged before a court, a
/// numbered district affirming, a tribunal upholding a finding, the justices granting a petition; a party
/// asking to be dropped from a case; an agency's emergency order and a board's permission; and the senses
/// that only refer to a step or speak of something else.
struct ReviewAndRehearingWordingTests {
  @Test(arguments: [
    ("Crestline petitioned the high court for review two months later.", "appeal.filed"),
    ("The alliance asked the commission to rehear its decision the following month.", "appeal.filed"),
    ("FERC denied rehearing in February 2023, and the groups turned to the D.C. Circuit.", "appeal.decided"),
    ("Pixelor challenged the sanction before the Conseil d'État two months later.", "appeal.filed"),
    (
      "In 2016, the Second District affirmed a $3.1 million bad-faith award against Pinecrest.",
      "appeal.decided"
    ),
    (
      "In October, the tribunal upheld the finding of abuse but cut the fine by two-thirds.", "appeal.decided"
    ),
    (
      "The city asked to be dropped from the case last spring, arguing that state law shields it.",
      "civil.motion_filed"
    ),
    (
      "The EPA issued the emergency order Oct. 27 under the Safe Drinking Water Act.",
      "regulatory.enforcement"
    ),
    ("The board granted permission for the campus in May 2023.", "regulatory.license"),
    (
      "If the judge sides with the city, the group will take the case to the Eighth District Court of Appeals.",
      "appeal.filed"
    ),
  ])
  func aReviewWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    "DC Circ. Scraps FERC Approval Of Ridgeback Gas Pipeline",
    "The 9th Circ. upheld the ruling on Monday.",
    "In 2021, the court remanded the agency's approval of the Pinecrest Lateral over a similar failure.",
  ])
  func anAppealCourtsShortOrRemandingWordingIsItsDecision(sentence: String) {
    #expect(eventTypes(sentence).contains("appeal.decided"), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aSuitCoordinatedAfterARegulatorsFineIsTheRegulatorsAction() {
    let types = eventTypes("SEC fines Ridgeline Advisers $2.1M, sues founder over alleged cherry-picking")
    #expect(types.contains("regulatory.penalty"))
    #expect(types.contains("regulatory.enforcement"), "\(types)")
    #expect(!types.contains("civil.complaint_filed"), "\(types)")
  }

  @Test func aFreshTrialOrderedOnAppealIsNoTrialYet() {
    let types = eventTypes(
      "The Court of Appeal has quashed her conviction and ordered that she face a fresh trial.")
    #expect(types.contains("appeal.decided"))
    #expect(!types.contains("criminal.trial"), "\(types)")
  }

  @Test func theJusticesGrantingAPetitionDecideTheAppeal() {
    let text = """
      The landowners appealed, and the company petitioned the Supreme Court of Texas for review.
      The justices granted the petition last fall.
      """
    let events = ArticleFixture(text, published: "2024-02-08").tagged().events()
    #expect(
      events.contains { $0.type == "appeal.decided" && $0.date?.value == "2023-FA" }, "\(events.map(\.type))")
  }

  @Test func reliefAskedInTheSuitsOwnSentenceIsNoMotion() {
    let types = eventTypes(
      "Friends of Glen Arbor Pool sued the city last month, asking a judge to order the pool reopened.")
    #expect(types.contains("civil.complaint_filed"))
    #expect(!types.contains("civil.motion_filed"), "\(types)")
  }

  @Test(arguments: [
    "That June, Judge Tsai struck the punitive award, finding that Okafor had not proven malice.",
    "One of the two drugs began a human trial in June.",
    "The court could decide whether landowners can sue a pipeline operator over an old easement.",
    "These statements are subject to risks, including the risk that a judgment is reversed or modified on appeal.",
    "In a statement, Pixelor said that it paid the fine in full in 2022.",
    "A FERC spokesperson said the commission was reviewing the opinion.",
    "A friend promised me the place had more appeal than I expected.",
    "An applicant must show more than that a different judge might have imposed a lower term.",
  ])
  func aSenseThatRefersOrSpeaksOfSomethingElseYieldsNoNewStep(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence): \(eventTypes(sentence))")
  }
}
