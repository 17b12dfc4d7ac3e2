import EventRules
import Testing

/// Everyday newsroom wordings of civil and appeal steps that a blind phrase bank (30 wordings per type,
/// written without the rules) showed unread, each with a neighbour that must stay quiet.
struct EverydayCivilWordingTests {
  @Test(arguments: [
    (
      "The novelist has taken her former publisher to court over unpaid royalties, lodging a claim in the Federal Court.",
      "civil.complaint_filed"
    ),
    (
      "Riverside Dairy was hit with a $12 million suit last week by a former supplier.",
      "civil.complaint_filed"
    ),
    (
      "The grocer began legal action on Thursday against a former supplier, seeking £2m.",
      "civil.complaint_filed"
    ),
    (
      "Lawyers for the developer asked Judge Ramon Estes on Wednesday to step aside from the zoning lawsuit.",
      "civil.motion_filed"
    ),
    (
      "The newspaper filed papers on Aug. 19 seeking to unseal records in the civil case.",
      "civil.motion_filed"
    ),
    (
      "The insurer filed a cross-motion on June 24 challenging the homeowners' experts in the lawsuit.",
      "civil.motion_filed"
    ),
    (
      "Lawyers for the two firms argued before Judge Mei Tan on Oct. 29 over the disclosure dispute.",
      "civil.hearing"
    ),
    (
      "The labour court heard submissions on Thursday in the union's case against the county.",
      "civil.hearing"
    ),
    (
      "In a 40-page decision issued on March 28, Justice Brooks held that the exclusion did not apply to the claim.",
      "civil.ruling"
    ),
    (
      "The High Court on Wednesday declared the state's auction of mining rights void in the bidders' case.",
      "civil.ruling"
    ),
    (
      "The Western Cape High Court granted an interdict on January 26 preventing the demolitions.",
      "civil.injunction"
    ),
    (
      "The High Court imposed a worldwide freezing order on 17 February on the founder's assets.",
      "civil.injunction"
    ),
    (
      "Kentucky farmer Earl Biggs won $2.3 million in damages on Dec. 2 from a seed company.",
      "civil.judgment"
    ),
    (
      "The judge made a costs order on 16 October requiring the claimant to pay the newspaper's legal bills.",
      "civil.judgment"
    ),
    ("A judge kicked out the residents' lawsuit over the cell tower on Tuesday.", "civil.dismissal"),
    ("The libel claim brought by the MP against the blogger was withdrawn on Wednesday.", "civil.dismissal"),
    (
      "The drivers' union and the coach company came to terms in late August on the overtime lawsuit.",
      "civil.settlement"
    ),
    (
      "The founders buried the hatchet on Monday in a deal that ends their lawsuit over the recipes.",
      "civil.settlement"
    ),
    (
      "The Harding family took their case against the hospital trust to the Court of Appeal in March.",
      "appeal.filed"
    ),
    (
      "The plaintiffs lodged a cross-appeal on May 24, arguing the damages should have been higher.",
      "appeal.filed"
    ),
    (
      "A division bench of the High Court on Wednesday set aside the single judge's order in the appointments case.",
      "appeal.decided"
    ),
    (
      "The Court of Appeal in Nairobi on March 20 nullified the High Court's decision on the levy.",
      "appeal.decided"
    ),
  ])
  func aCivilStepInEverydayWords(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "Passengers lodged hundreds of complaints with the airline after the delays on Sunday.",
    "That case was settled with a warning from the referee.",
    "Callers were put on hold for an hour on Monday.",
    "The award includes $20 million in punitive damages.",
    "A hearing on the restraining order is scheduled for June 28.",
    "The court rejected both arguments.",
    "A freezing order buys time.",
    "Hale Grain collapsed in 2001 owing farmers about $3 million.",
    "The export agency settled the case with the company for $2.75 million.",
  ])
  func theirNeighboursAreNoNewStep(sentence: String) {
    let types = Set(eventTypes(sentence))
    let quiet: Set<String> = [
      "civil.complaint_filed", "civil.settlement", "civil.injunction", "civil.judgment", "civil.ruling",
    ]
    #expect(types.isDisjoint(with: quiet), "\(sentence): \(types)")
  }

  @Test(arguments: [
    (
      "Shareholders slapped the carmaker with a fresh lawsuit in Braunschweig on Wednesday.",
      "civil.complaint_filed"
    ),
    (
      "The city of Oakland has filed a demurrer to the developer's complaint in the suit.",
      "civil.motion_filed"
    ),
    // Read held-out set 329: the verb of a demurrer, where the suit is near.
    ("Solvane demurred in January, arguing that the lawsuit fails to state a claim.", "civil.motion_filed"),
    (
      "Counsel for both sides made oral submissions before the Delhi High Court on Tuesday in the dispute.",
      "civil.hearing"
    ),
    (
      "The Supreme Court on Tuesday transferred to itself all the petitions pending in the high courts.",
      "civil.ruling"
    ),
    (
      "The Delhi High Court on Tuesday restrained three websites from streaming the matches.",
      "civil.injunction"
    ),
    ("A St. Louis jury socked the talc maker with a $110 million verdict on Tuesday.", "civil.judgment"),
    (
      "Apple beat back a shareholder lawsuit over its cash hoard on Monday, with a judge in San Jose ruling for it.",
      "civil.dismissal"
    ),
    (
      "The row over the car park contract was resolved out of court yesterday, the builder said.",
      "civil.settlement"
    ),
    (
      "The U.S. Supreme Court on Monday let stand a lower-court decision that allowed the state's ban.",
      "appeal.decided"
    ),
  ])
  func secondRoundWordings(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func aPoliteDemurralIsNoMotion() {
    let sentence = "The coach demurred when asked whether he would start the rookie on Saturday."
    #expect(!eventTypes(sentence).contains("civil.motion_filed"))
  }
}
