import EventRules
import Testing

/// Wordings the pages read for rule work showed missing: arguments heard over hours, an application to be
/// heard by a registrar, a case returning to court, a concession granted, an emergency order asked for, a
/// man ordered held without bail, a walk out of jail. Each has a neighbour that must stay quiet: a market's
/// ruling price, a sports body's ruling, a team back on court.
struct HearingBailAndConcessionWordingTests {
  @Test(arguments: [
    ("Judge Ames heard nearly three hours of arguments on Tuesday in the zoning case.", "civil.hearing"),
    ("The application will be heard by a deputy registrar on 14 June.", "civil.hearing"),
    (
      "The case will return to court on March 4, when both sides will argue over the asset freeze.",
      "civil.hearing"
    ),
    ("The mining ministry granted the 25-year concession in 2016.", "regulatory.license"),
    (
      "The tenants asked the court for an emergency order last week, when the demolition crews arrived.",
      "civil.injunction"
    ),
    ("A magistrate judge ordered him held without bail on Friday.", "criminal.release"),
    ("She walked out of the county jail shortly after 9 p.m. on Wednesday.", "criminal.release"),
  ])
  func aReadPagesWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    ("The ruling price for fine wool at last week's sale was the best since 2020.", "civil.ruling"),
    ("In August, the NCAA ruled that the two seasons had used up his eligibility.", "civil.ruling"),
    ("The band walked out of the recording center on Friday with a finished album.", "criminal.release"),
    ("The Lakers will return to court on Friday against Boston after a week off.", "civil.hearing"),
    ("The city granted the food truck a concession stand at the park on Saturday.", "regulatory.license"),
  ])
  func itsNeighbourStaysQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }
}
