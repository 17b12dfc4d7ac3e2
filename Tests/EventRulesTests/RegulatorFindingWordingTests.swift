import EventRules
import Testing

/// Wordings of regulators' findings and steps probed beyond the samples: a commission, commissioner,
/// authority or ombudsman finding a breach, an agency recovering back wages, a reprimand issued, a bureau
/// investigating, an order finding a violation.
struct RegulatorFindingWordingTests {
  @Test(arguments: [
    "State regulators determined that the insurer had mishandled claims.",
    "The Wage and Hour Division recovered $1.2 million in back wages for 300 workers.",
    "The regulator said it had found serious breaches of its rules at the bank.",
    "The Information Commissioner found that the council had breached data protection law.",
    "The Commission found that the company had abused its dominant position.",
    "The board issued a public reprimand to the lawyer in March.",
    "The Competition Bureau is investigating the grocery chains.",
    "The authority found the retailer had misled shoppers.",
    "The regulator published its findings against the firm on Thursday.",
    "The commission issued an order finding that the broker violated the Exchange Act.",
  ])
  func aRegulatorsFindingIsEnforcement(sentence: String) {
    #expect(eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }

  @Test(arguments: [
    "The Federal Bureau of Investigation is investigating the shooting.",
    "The study found that the drug had misled researchers.",
  ])
  func theSameWordsElsewhereAreNoRegulatorsStep(sentence: String) {
    #expect(!eventTypes(sentence).contains("regulatory.enforcement"), "\(sentence)")
  }
}
