import Testing

@testable import EventRules

/// A live-blog or wire-flash update ("BREAKING:", "9.58pm:", "Update 3:15pm —") tells news as it happens:
/// with no date of its own, the happening takes the day of publication, and says so.
struct LiveUpdateDatingTests {
  @Test(arguments: [
    "BREAKING: Judge throws out the family's lawsuit against the video game maker.",
    "9.58pm: Jurors have returned their verdict in the civil case.",
    "UPDATE 3:15pm — The judge dismissed the lawsuit against the city.",
    "JUST IN: The state files notice of appeal in the clinic case.",
  ])
  func anUpdateIsDatedByItsPublication(text: String) {
    let events = ArticleFixture(text, published: "2024-03-20").events()
    #expect(!events.isEmpty, "\(text)")
    for event in events {
      #expect(event.date?.value == "2024-03-20", "\(text)")
      #expect(event.date?.resolution == "publication-date", "\(text)")
    }
  }

  @Test(arguments: [
    ("BREAKING: Judge throws out lawsuit", true),
    ("11.20am: A gagging order has been granted", true),
    ("Update 3 — the court has ruled", true),
    ("LATEST (8.40am): Police made two arrests", true),
    ("Note: The lawsuit was dismissed in 2019", false),
    ("Judge Ortega: the motion is denied", false),
    ("In 2019: the year the suit was filed", false),
  ])
  func aLabelIsOneOfTheLiveBlogsOwn(text: String, isLive: Bool) {
    #expect(LiveUpdate.isLabelled(text) == isLive, "\(text)")
  }

  @Test func aPerfectWithAnAdverbIsNewsOfTheDay() {
    let events = ArticleFixture(
      "The former aide has been formally charged under the National Security Act.", published: "2025-11-04"
    ).events()
    #expect(events.first { $0.type == "criminal.charge" }?.date?.value == "2025-11-04")
  }
}

/// A cleft sentence stresses the time before the happening it dates ("It took until 2019 for prosecutors to
/// bring a case"): the grammar puts the time in another clause, the reader does not.
struct CleftSentenceDatingTests {
  @Test(arguments: [
    ("It took until 2019 for prosecutors to bring a case: a 37-count indictment.", "criminal.charge", "2019"),
    (
      "It was not until April 2016 that Treasury put the shipping agent on its sanctions blacklist.",
      "regulatory.designation", "2016-04"
    ),
    (
      "It took until 2013 for the state to admit its mistake, when the governor granted a full pardon.",
      "criminal.pardon", "2013"
    ),
  ])
  func theStressedTimeDatesTheHappening(text: String, type: String, value: String) {
    let events = ArticleFixture(text, published: "2024-03-20").tagged().events()
    #expect(events.first { $0.type == type }?.date?.value == value, "\(text): \(events.map(\.type))")
  }

  @Test func aTimeThatOnlyBoundsStaysABound() {
    let events = ArticleFixture(
      "The court gave the company until 2019 to pay the fine it imposed.", published: "2018-03-20"
    )
    .tagged().events()
    #expect(events.allSatisfy { $0.date?.value != "2019" })
  }
}
