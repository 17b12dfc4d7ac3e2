import EventRules
import Testing

/// Wordings from read held-out sets 111, 123, 124, 143 and 145: customs' and securities regulators' orders,
/// inquiries told in a clause, UK references to the Upper Tribunal, and the motions of a civil case.
struct RegulatorOrdersAndCivilMotionsWordingTests {
  @Test(arguments: [
    ("CBP issued a withhold release order against Perdana Glove in September 2022.", "regulatory.ban"),
    ("The agency modified a withhold release order imposed in 2022.", "regulatory.ban"),
    ("On October 4, 2023, the OSC issued a temporary cease trade order against Northvane.", "regulatory.ban"),
    ("The cease trade order was revoked on January 9, 2024.", "regulatory.ban"),
    (
      "The Securities and Exchange Board of India on Friday barred Raghav Sundaresan, promoter of Chennai-based Kaveri Agrotech Ltd, and 13 others from the securities market for five years.",
      "regulatory.ban"
    ),
    (
      "OSC Staff filed a Statement of Allegations in this matter on January 30, 2024.",
      "regulatory.enforcement"
    ),
    (
      "In December 2021 the regulator issued a decision notice setting out the ban and the fine.",
      "regulatory.enforcement"
    ),
    (
      "That capped an inquiry opened in the autumn of 2020 after a petition from a workers' rights group to the agency.",
      "regulatory.enforcement"
    ),
    (
      "Pellow, who has denied wrongdoing throughout, referred it to the Upper Tribunal the following month.",
      "appeal.filed"
    ),
    (
      "Kestrel contested those charges at a hearing in August before an administrative law judge.",
      "civil.hearing"
    ),
    (
      "At oral argument on April 12, their attorney told the court that the guaranty was void.",
      "civil.hearing"
    ),
    ("The brand moved for a default judgment in June.", "civil.motion_filed"),
    (
      "Redline tried to end the case before it ever reached a jury, asking Achterberg for summary judgment on the punitive claim.",
      "civil.motion_filed"
    ),
    ("Her solicitor applied on Tuesday morning for the trial to be adjourned.", "civil.motion_filed"),
    ("The company would ask Achterberg to set the verdict aside.", "civil.motion_filed"),
    (
      "She declined to make an order requiring further repairs, noting that Ms Dunmore no longer lived at the property.",
      "civil.injunction"
    ),
  ])
  func aStepToldThisWayIsFound(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    ("The band's new songs were charged with an energy the old ones lacked.", "criminal.charge"),
    ("Phones are banned from the floor at every show on the tour.", "regulatory.ban"),
    ("The order let port officers detain any Serai consignment at the border.", "criminal.arrest"),
    ("The judge relisted it for the week beginning 9 October.", "regulatory.designation"),
    (
      "The plaintiffs asked for a preliminary injunction that would keep the unit open until the case goes to trial.",
      "criminal.trial"
    ),
    (
      "That investigation was shelved two years later at the request of the Prosecutor-General's Office.",
      "regulatory.enforcement"
    ),
  ])
  func aFalseFriendStaysQuiet(sentence: String, type: String) {
    #expect(!eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aRegulatorClosingAnInquiryItToldIsFound() {
    let text =
      "A second inquiry, opened the same month into how Pebblepost checked the ages of teenage users, fizzled out. The DPC closed it in November 2022 without making any finding."
    let events = ArticleFixture(text, published: "2023-06-01").tagged().events()
    #expect(events.filter { $0.type == "regulatory.enforcement" }.map { $0.date?.value } == ["2022-11"])
    // Closing what was never an inquiry is no step.
    #expect(eventTypes("The store opened in May. The company closed it in November 2022.").isEmpty)
  }
}
