import EventRules
import Testing

/// Wordings of cybercrime news that a blind held-out set (50) showed misread: sanctions slapped on named
/// people (a designation), a step "at the same time", "alleged" describing a person, a negated arrest with
/// no day, a court's habit, and funds "authorised" to move that are no licence.
struct CybercrimeWordingTests {
  @Test func sanctionsOnPeopleAreADesignation() {
    let types = eventTypes(
      "The U.S. Treasury on Tuesday slapped sanctions on seven men it says ran the Crimson Lynx ransomware crew."
    )
    #expect(types.contains("regulatory.designation"))
    #expect(!types.contains("regulatory.sanctions"))
    #expect(
      eventTypes("The U.S. imposed sweeping sanctions on Russia’s banking sector in 2022.") == [
        "regulatory.sanctions"
      ])
  }

  @Test func aStepAtTheSameTimeTakesTheOccasionsDay() {
    let events = ArticleFixture(
      "The Treasury designated seven men on Tuesday. At the same time, Britain’s Foreign Office added the same seven to its cyber sanctions list.",
      published: "2024-05-09"
    ).tagged().events()
    #expect(
      events.filter { $0.type == "regulatory.designation" }.allSatisfy { $0.date?.value == "2024-05-07" })
  }

  @Test func allegedBeforeAPersonDescribesThePerson() {
    let events = ArticleFixture("Alleged Calloway Pay hacker extradited from Georgia to face U.S. charges")
      .events()
    #expect(events.first { $0.type == "criminal.extradition" }?.status == .actual)
    let reported = ArticleFixture("Kemp allegedly fled before he was detained by police.").events()
    #expect(reported.first { $0.type == "criminal.arrest" }?.status != .actual)
  }

  @Test func anArrestNotMadeTakesNoDay() {
    let events = ArticleFixture("No one has been arrested.", published: "2021-07-07").tagged().events()
    #expect(events.first { $0.type == "criminal.arrest" }?.date == nil)
  }

  @Test(arguments: [
    "Judges here have generally sided with the AP on security failures.",
    "“Our client was authorised to move those funds as part of a wallet migration,” his lawyers said.",
  ])
  func aHabitOrAnAuthorityToActIsNoEvent(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }
}
