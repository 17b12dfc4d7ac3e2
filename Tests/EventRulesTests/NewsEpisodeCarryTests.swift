import EventRules
import Testing

/// Dates carried inside one episode of the news: "In the same action", the day a plan was announced, a
/// request made with the filing it came with.
struct NewsEpisodeCarryTests {
  @Test func theSameActionTakesTheDateOfTheActionBefore() {
    let f = ArticleFixture(
      "On March 2, 2021, the Treasury added four trading firms to its sanctions blacklist.\nIn the same action, the Treasury removed Orion Freight from the list."
    )
    .time(
      "March 2, 2021", value: "2021-03-02", earliest: "2021-03-02", latest: "2021-03-02",
      resolution: .absolute)
    let delisting = f.events().first { $0.type == "regulatory.delisting" }
    #expect(delisting?.date?.value == "2021-03-02")
    #expect(delisting?.date?.resolution == "relative-to-previous")
    #expect(delisting?.date?.text == "In the same action")
  }

  @Test func aPlanDatedAheadLeadsTheNewsFromTheDayItWasSaid() {
    let f = ArticleFixture(
      "Drone makers blacklisted\nThe ministry said on Tuesday it would add nine drone makers to its export blacklist from Friday.\nTwo shipping agents were removed from the blacklist after an audit."
    )
    .time("Tuesday", value: "2021-05-11", earliest: "2021-05-11", latest: "2021-05-11")
    .time("Friday", value: "2021-05-14", earliest: "2021-05-14", latest: "2021-05-14")
    let delisting = f.events().first { $0.type == "regulatory.delisting" }
    #expect(delisting?.date?.value == "2021-05-11")
    #expect(delisting?.date?.resolution == "carried-from-story")
  }

  @Test func aRequestMadeWithTheNewsTakesItsDay() {
    let f = ArticleFixture(
      "Tenants sue landlord\nTenants of Elm Court sued their landlord on Monday over unpaid repairs.\nThe tenants asked the court for a temporary restraining order that would stop the evictions, which were due to begin June 1."
    )
    .time("Monday", value: "2021-05-10", earliest: "2021-05-10", latest: "2021-05-10")
    .time("June 1", value: "2021-06-01", earliest: "2021-06-01", latest: "2021-06-01")
    let order = f.events().first { $0.type == "civil.injunction" }
    #expect(order?.status == .requested)
    #expect(order?.date?.value == "2021-05-10")
  }

  @Test func aSentenceThatNamesTheLeadsDayAgainKeepsTheEpisodeGoing() {
    let f = ArticleFixture(
      "Squatters sentenced\nHolt and Greer were given suspended sentences by magistrates yesterday.\nA third defendant, Sasha Marsh, was found guilty after a trial yesterday.\nShe will be sentenced next month.\nMagistrates cleared a fourth defendant, Liam Doyle."
    )
    .tagged()
    let acquittal = f.events().first { $0.type == "criminal.acquittal" }
    #expect(acquittal?.date?.value == "2021-05-11")
    #expect(acquittal?.date?.resolution == "carried-from-story")
  }

  @Test func anEpisodeEndsAtASentenceDatedOtherwise() {
    let f = ArticleFixture(
      "Squatters sentenced\nHolt and Greer were given suspended sentences by magistrates yesterday.\nThey had been arrested at the house in April.\nMagistrates cleared a fourth defendant, Liam Doyle."
    )
    .tagged()
    let acquittal = f.events().first { $0.type == "criminal.acquittal" }
    #expect(acquittal != nil)
    #expect(acquittal?.date == nil)
  }

  @Test func aStepToldAfterTheLeadsOwnHappeningJoinsItsDay() {
    let f = ArticleFixture(
      "Fraud gang convicted\nFour members of the gang were found guilty yesterday after a seven-week trial.\nA fifth accused, Fiona Baird, walked free after the jury found the case against her not proven."
    )
    .tagged()
    let acquittal = f.events().first { $0.type == "criminal.acquittal" }
    #expect(acquittal?.date?.value == "2021-05-11")
  }
}
