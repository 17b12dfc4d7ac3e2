import EventRules
import Testing

/// A listing story names its list in the headline once; the body's "was designated in 2020" then means a
/// designation on that list. Without such a headline the passive stays no event.
struct HeadlineContextTests {

  @Test func aPassiveDesignationUnderASanctionsHeadlineIsADesignation() {
    let found = taggedEvents(
      "Treasury Drops Pellion Freight From Sanctions List\n\n"
        + "Pellion Freight was designated in May 2019 for shipping fuel to a blockaded port.")
    let designations = found.filter { $0.type == "regulatory.designation" }
    #expect(designations.count == 1)
    #expect(designations.first?.date?.value == "2019-05")
  }

  @Test func aPassiveDesignationUnderAnUnrelatedHeadlineIsNoEvent() {
    let found = taggedEvents(
      "Riverside Opens New Ferry Terminal\n\n"
        + "The pier was designated in May 2019 for use by commuter boats only.")
    #expect(found.isEmpty)
  }

  @Test func aRefusalInTheHeadlineIsTheNewsOfTheDay() {
    let found = ArticleFixture(
      "Developer refused bail over alleged investor fraud\n\n"
        + "Police charged the developer with fraud on Thursday after a two-year investigation.",
      published: "2024-05-10"
    ).tagged().events()
    let refusal = found.first { $0.type == "criminal.release" }
    #expect(refusal?.status == .negated)
    #expect(refusal?.date?.value == "2024-05-09")
    // A step that did not happen has no day.
    let none = ArticleFixture(
      "No one arrested over warehouse fire\n\nFirefighters were called to the site on Thursday.",
      published: "2024-05-10"
    ).tagged().events()
    #expect(none.allSatisfy { $0.date == nil })
  }

  @Test func aFinePaidAfterAPleaOfNoContestIsTheSentence() {
    let types = taggedEvents(
      "The driver pleaded no contest to failure to yield in Lakewood Municipal Court in 2021 and paid a $150 fine."
    ).map(\.type)
    #expect(types.contains("criminal.sentence"))
    #expect(!types.contains("regulatory.penalty"))
  }

  @Test func nowInTheHeadlineDatesNothingSoTheLedesDayDoes() {
    // Read held-out set 103: "now" had dated the headline's charge to the publication day, a day after the
    // lede's, and the two were told as two charges.
    let found = ArticleFixture(
      "Man now charged with murder after Hendon stabbing victim dies in hospital\n\n"
        + "A 24-year-old man was charged with murder on Tuesday after the victim died in hospital.",
      published: "2023-06-21"
    ).tagged().events()
    let charges = found.filter { $0.type == "criminal.charge" }
    #expect(charges.count == 1)
    #expect(charges.first?.date?.value == "2023-06-20")
  }

  @Test func aHeadlinesNewsTakesTheFirstRecentDayToldNotALaterOne() {
    // Read held-out set 124: the ban took the day of a later interview ("Speaking … on Thursday"), not the
    // day the lede gives the decision.
    let found = ArticleFixture(
      "Jockey banned for six months after positive test\n\n"
        + "The Irish Horseracing Regulatory Board announced its decision at the Curragh on Wednesday. "
        + "Speaking to the Courier on Thursday, the rider said he had never knowingly taken cocaine.",
      published: "2024-02-16"
    ).tagged().events()
    let ban = found.first { $0.type == "regulatory.ban" }
    #expect(ban?.date?.value == "2024-02-14")
  }
}
