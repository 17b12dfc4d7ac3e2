import EventRules
import Testing

/// Wordings of sports and entertainment law news that a blind held-out set (25) showed misread: a
/// governing body's points deductions, embargoes, suspensions, charges and appeal cuts; countersuits; and
/// the match report's false friends ("arrested their slide", "on trial with the club").
struct SportsEntertainmentWordingTests {
  @Test(arguments: [
    (
      "Neighbours Brackwell Athletic were docked 10 points in 2019 after entering administration.",
      "regulatory.penalty"
    ),
    ("The EFL placed the club under a registration embargo in December.", "regulatory.ban"),
    ("The Athletics Integrity Unit provisionally suspended her in June 2018.", "regulatory.ban"),
    ("An independent disciplinary tribunal in London banned her for four years.", "regulatory.ban"),
    ("The EFL charged Hartmoor in February with four breaches of its rules.", "regulatory.enforcement"),
    ("CAS cuts Tamsin Okoro’s doping ban to two years after appeal", "appeal.decided"),
    ("Apex hit back with a countersuit a month later.", "civil.complaint_filed"),
    (
      "The club, which was charged with failing to control its players, was fined by the FA.",
      "regulatory.enforcement"
    ),
    ("He was questioned for more than 30 hours before being released without charge.", "criminal.release"),
  ])
  func aStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(eventTypes(sentence))")
  }

  @Test func anAntiDopingChargeIsNoCriminalCharge() {
    let types = eventTypes(
      "The Athletics Integrity Unit, which runs anti-doping cases for the sport, charged her in September with an anti-doping rule violation."
    )
    #expect(types.contains("regulatory.enforcement"))
    #expect(!types.contains("criminal.charge"))
  }

  @Test func aDisciplinaryCommissionsSanctionsAreNoStateSanctions() {
    #expect(
      yieldsNone(
        of: ["regulatory.sanctions"],
        "An independent disciplinary commission imposed the sanctions on Tuesday for four breaches of league rules."
      ))
  }

  @Test func aClubFiningItsOwnPlayerIsNoRegulator() {
    #expect(
      yieldsNone(
        of: ["regulatory.penalty", "regulatory.enforcement"],
        "Reid has also been fined two weeks' wages by the club."))
  }

  @Test(arguments: [
    "The home side charged forward in the closing stages and arrested their slide with two goals in eight minutes.",
    "Lindgren, a Norwegian forward who is on trial with Kelworth until the end of the month, came on late.",
  ])
  func aMatchReportsWordsStayQuiet(sentence: String) {
    #expect(yieldsNone(of: ["criminal.arrest", "criminal.trial", "civil.hearing"], sentence))
  }

  @Test func thePardonNamedAgainIsThePardonToldBefore() {
    let events = ArticleFixture(
      "Coleman\nThe governor pardoned Coleman in 2020.\nIn January 2021, a radio host told listeners that the pardon had been bought.",
      published: "2022-06-17"
    ).tagged().events()
    #expect(events.filter { $0.type == "criminal.pardon" }.map { $0.date?.value } == ["2020"])
  }

  @Test func aConvictionInApposItionIsTheConvictionOfTheSentence() {
    let events = ArticleFixture(
      "Coleman\nHis manager spoke nearly a decade ago.\nColeman was convicted in 2013 of illegally possessing a firearm, a conviction he has blamed on a bad traffic stop.",
      published: "2022-06-17"
    ).tagged().events()
    #expect(events.filter { $0.type == "criminal.conviction" }.map { $0.date?.value } == ["2013"])
  }

  @Test func aMainClauseBeforeTrialKeepsItsFrontedTime() {
    let events = ArticleFixture(
      "Last July, Judge Okwu refused to end the case before trial, ruling that a jury could find the songs similar.",
      published: "2016-04-13"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.ruling" }?.date?.value == "2015-07")
  }

  @Test func upholdingThatRulingIsDatedNotTheRuling() {
    let events = ArticleFixture(
      "Vaux\nIn August 2021, a judge refused to throw out the suit.\nA state appeals court upheld that ruling in February, clearing the way for trial.",
      published: "2022-06-17"
    ).tagged().events()
    #expect(events.first { $0.type == "appeal.decided" }?.date?.value == "2022-02")
  }

  @Test func theRulingNamedByItsDayIsTheDecisionToldThatDay() {
    let events = ArticleFixture(
      "Okoro\nThe Court of Arbitration for Sport on Wednesday cut Tamsin Okoro’s doping ban to two years after her appeal.\nSports lawyers said Wednesday’s ruling could push more athletes to pay for batch-tested supplements.",
      published: "2019-08-22"
    ).tagged().events()
    #expect(events.filter { $0.type == "appeal.decided" }.count == 1)
    #expect(!events.contains { $0.type == "civil.ruling" })
  }
}
