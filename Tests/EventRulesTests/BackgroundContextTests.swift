import EventRules
import Testing

/// Background: history the article announces ("has been here before"), and another kind of proceeding older
/// than the news, against earlier steps of the story's own case.
struct BackgroundContextTests {
  @Test func aSentenceAnnouncingHistoryMakesWhatFollowsBackground() {
    let f = ArticleFixture(
      "A jury convicted Lena Marsh of fraud on Monday.\nThe firm has been in trouble before. Its chairman was charged with bribery in 2012 and acquitted a year later."
    )
    .time("Monday", value: "2021-05-10", earliest: "2021-05-10", latest: "2021-05-10")
    .time("2012", value: "2012", earliest: "2012-01-01", latest: "2012-12-31", resolution: .absolute)
    .time(
      "a year later", value: "2013", earliest: "2013-01-01", latest: "2013-12-31", resolution: .previousTime)
    let events = f.events()
    #expect(events.map(\.type) == ["criminal.conviction", "criminal.charge", "criminal.acquittal"])
    #expect(events.map(\.background) == [false, true, true])
  }

  @Test func aDeniedHistoryAnnouncesNothing() {
    let f = ArticleFixture(
      "Driver held after crash\nThe driver had never been in trouble before. He was charged with manslaughter."
    )
    #expect(f.events().map(\.type) == ["criminal.charge"])
    #expect(f.events().allSatisfy { !$0.background })
  }

  @Test func anOldRegulatoryPenaltyInAStoryAboutALawsuitIsBackground() {
    let f = ArticleFixture(
      "A federal judge dismissed the lawsuit against Porchway on Tuesday.\nPorchway paid a $400,000 civil penalty to the Federal Trade Commission in 2017 over its cameras."
    )
    .time("Tuesday", value: "2021-05-11", earliest: "2021-05-11", latest: "2021-05-11")
    .time("2017", value: "2017", earliest: "2017-01-01", latest: "2017-12-31", resolution: .absolute)
    let events = f.events()
    #expect(events.map(\.type) == ["civil.dismissal", "regulatory.penalty"])
    #expect(events.map(\.background) == [false, true])
  }

  @Test func anOldStepToldWithTheCaseItLedToIsNoBackground() {
    let f = ArticleFixture(
      "A jury convicted the pharmacist Omar Bell on Monday.\nBell was indicted in 2019 after an inquiry by the state board, which had revoked his license in 2018."
    )
    .time("Monday", value: "2021-05-10", earliest: "2021-05-10", latest: "2021-05-10")
    .time("2019", value: "2019", earliest: "2019-01-01", latest: "2019-12-31", resolution: .absolute)
    .time("2018", value: "2018", earliest: "2018-01-01", latest: "2018-12-31", resolution: .absolute)
    let license = f.events().first { $0.type == "regulatory.license" }
    #expect(license != nil)
    #expect(license?.background == false)
  }

  @Test func anOldStepOfAnotherNamedPartyToldWithTheCaseIsNoBackground() {
    let f = ArticleFixture(
      "Pharmacist convicted\nA jury convicted the pharmacist Omar Bell on Monday.\nBell was indicted in 2019 after an inquiry by the state board, which had revoked the license of Bellview Pharmacy in 2018."
    )
    .time("Monday", value: "2021-05-10", earliest: "2021-05-10", latest: "2021-05-10")
    .time("2019", value: "2019", earliest: "2019-01-01", latest: "2019-12-31", resolution: .absolute)
    .time("2018", value: "2018", earliest: "2018-01-01", latest: "2018-12-31", resolution: .absolute)
    let license = f.events().first { $0.type == "regulatory.license" }
    #expect(license?.names("target") == ["Bellview Pharmacy"])
    #expect(license?.background == false)
  }

  @Test func anAppealContinuesTheCaseItCameFrom() {
    let f = ArticleFixture(
      "Verdict stands\nThe appeals court upheld the verdict against Norbit on Thursday.\nA jury found Norbit liable in 2017."
    )
    .time("Thursday", value: "2021-05-06", earliest: "2021-05-06", latest: "2021-05-06")
    .time("2017", value: "2017", earliest: "2017-01-01", latest: "2017-12-31", resolution: .absolute)
    #expect(f.events().map(\.type) == ["appeal.decided", "civil.judgment"])
    #expect(f.events().allSatisfy { !$0.background })
  }
}
