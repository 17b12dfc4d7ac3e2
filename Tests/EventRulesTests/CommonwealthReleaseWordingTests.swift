import EventRules
import Testing

/// Releases in British and Commonwealth court-report wording, probed beyond the read sets: remanded on bail,
/// discharged from custody, left prison, given bail, an ordered release.
struct CommonwealthReleaseWordingTests {
  @Test(arguments: [
    "He was remanded on bail until his next court appearance.",
    "He was discharged from custody after the High Court quashed the detention order.",
    "He left prison on Friday after his sentence was commuted.",
    "She was given bail by magistrates on condition that she lives at her mother's address.",
    "The court ordered his immediate release on Monday.",
  ])
  func aReleaseToldThisWayIsARelease(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.release"), "\(sentence)")
  }

  @Test func aBankBailPackageIsNoRelease() {
    #expect(eventTypes("He was handed a bail package worth millions by the bank.").isEmpty)
  }
}
