import EventRules
import Testing

/// Wordings of farm, food and fisheries news that a blind held-out set (43) showed misread: a complaint
/// thrown out, a release on a bond, a ban by a government, a hearing at the courthouse; a slide "arrested",
/// forfeiture and reparation that belong to a criminal sentence; and times that must not be carried.
struct AgricultureWordingTests {
  @Test(arguments: [
    ("Sorensen threw out the purchasers’ first complaint in August 2019.", "civil.dismissal"),
    (
      "Danner entered his plea before U.S. Magistrate Judge Karen Lindahl, who released him on a $25,000 unsecured bond.",
      "criminal.release"
    ),
    ("The European Union banned fenzaclor in 2012, citing water contamination.", "regulatory.ban"),
    ("I drove up to the courthouse for the hearing last week with forty other customers.", "civil.hearing"),
  ])
  func aFarmOrFoodStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "The show drew 214 entries, a result the society’s president said had arrested a decade-long slide in numbers.",
    "The court also ordered the forfeiture of the catch and the vessel’s fishing gear.",
  ])
  func aWordOfAnotherSenseIsNoEvent(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence)")
  }

  @Test func reparationOrderedWithASentenceIsNoCivilJudgment() {
    let types = eventTypes(
      "Harwood was sentenced to 300 hours of community work, and Judge Kooistra also ordered him to pay $6400 in reparation to the farm’s owners."
    )
    #expect(!types.contains("civil.judgment"))
  }

  @Test func aReportedArrestTakesNoTimeFromTheStory() {
    let events = ArticleFixture(
      "His partner, Russell Kemp, moved to Manitoba last year. A Winnipeg newspaper reported Wednesday that Kemp had been detained by Canadian police, a report his lawyer denied.",
      published: "2012-11-15"
    ).tagged().events()
    let arrest = events.first { $0.type == "criminal.arrest" }
    #expect(arrest?.status == .alleged)
    #expect(arrest?.date == nil)
  }

  @Test func aSentenceWithItsOwnTimeLeavesItsOtherHappeningsUndated() {
    let events = ArticleFixture(
      "The elevator opened in 2001. Owner Curtis Hale was convicted of theft in 2002 and later pardoned by the governor.",
      published: "2012-11-15"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.conviction" }?.date?.value == "2002")
    #expect(events.first { $0.type == "criminal.pardon" }?.date == nil)
  }

  @Test func aReaderAddressedOpeningLeavesTheNewsAfterItsComma() {
    let types = eventTypes(
      "If you’ve been following along, you know the department suspended that permit on June 21.")
    #expect(types.contains("regulatory.license"))
  }
}
