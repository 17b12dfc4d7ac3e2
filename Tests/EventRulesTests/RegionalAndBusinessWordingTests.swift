import EventRules
import Testing

/// Wordings of regional and business pages: a regulator barring a firm from signing up customers, a release
/// on bond the day of an arrest, a court's driving ban, a council's penalty notices. Each has a neighbour that
/// must stay quiet: a club's rule for its fans, an album released, the rule learners drive under.
struct RegionalAndBusinessWordingTests {
  @Test(arguments: [
    (
      "The state's banking department barred the exchange from signing up new customers last year.",
      "regulatory.ban"
    ),
    (
      "He was arrested at his home in April and released the same day on a $2 million bond.",
      "criminal.release"
    ),
    (
      "A joiner who rolled his truck while drunk has been banned from driving for 20 months by magistrates.",
      "criminal.sentence"
    ),
    (
      "In April the builder was issued with two penalty infringement notices totalling $6,000 by the council.",
      "regulatory.penalty"
    ),
  ])
  func aRegionalWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    ("The club barred fans from signing the banner before the match on Saturday.", "regulatory.ban"),
    ("The band released the album on Friday on a small label in Bristol.", "criminal.release"),
    ("Learner drivers are banned from driving on motorways without an instructor.", "criminal.sentence"),
  ])
  func itsNeighbourStaysQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    "The founder was found guilty of misleading investors over heart-pump trial data on Tuesday.",
    "A trial with three credit unions in Tennessee began in January, the finance chief said.",
  ])
  func aBusinessTrialIsNoCourtTrial(sentence: String) {
    #expect(yieldsNone(of: ["criminal.trial"], sentence), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aTrialWithCoDefendantsIsStillATrial() {
    #expect(
      eventTypes("His trial with two co-defendants opened in federal court in Boston on Tuesday.").contains(
        "criminal.trial"))
  }

  @Test func aCourtsDrivingBanIsItsSentenceNotARegulatorsBan() {
    let types = eventTypes(
      "A joiner who rolled his truck while drunk has been banned from driving for 20 months by magistrates.")
    #expect(!types.contains("regulatory.ban"))
  }
}
