import Testing

@testable import EventRules

/// A quote a speaker labels something with ("called the ruling “a win for renters”") is a remark, not a
/// quoted legal standard; a court's quoted standard is kept.
struct CharacterizedQuoteTests {
  @Test(arguments: [
    "Her lawyer called the opinion “a sensible ruling for small farmers.”",
    "The union described the decision as “a long overdue correction.”",
  ])
  func aLabelGivenByASpeakerIsNoStandard(sentence: String) {
    #expect(RoleFinder.quotes(in: sentence).isEmpty, "\(sentence)")
  }

  @Test func aCourtsQuotedStandardIsKept() {
    let found = RoleFinder.quotes(in: "The judge found the fee “arbitrary and capricious” and vacated it.")
    #expect(found == ["arbitrary and capricious"])
  }
}
