import EventRules
import Testing

/// Wordings of immigration and related court news that a blind held-out set (52) showed misread: a removal
/// order, a petition for review, counterclaims dismissed, detention told as background, what lawyers
/// expect others to file, and an acquittal joined to a dated conviction by "but" across a long clause.
struct ImmigrationWordingTests {
  @Test func aRemovalOrderIsARulingNotAnInjunction() {
    let types = eventTypes("An immigration judge in San Francisco ordered him removed to Mexico in December.")
    #expect(types.contains("civil.ruling"))
    #expect(!types.contains("civil.injunction"))
  }

  @Test func aPetitionForReviewIsAnAppeal() {
    let types = eventTypes(
      "We then filed a petition for review with the U.S. Court of Appeals for the Ninth Circuit.")
    #expect(types.contains("appeal.filed"))
    #expect(!types.contains("civil.motion_filed"))
  }

  @Test func dismissedCounterclaimsAreADismissalNotASuit() {
    let types = eventTypes("In 2021, the judge dismissed Corvane’s counterclaims against the state.")
    #expect(types.contains("civil.dismissal"))
    #expect(!types.contains("civil.complaint_filed"))
  }

  @Test func detentionToldAsBackgroundIsNoSentence() {
    let types = eventTypes(
      "A federal judge on Wednesday ordered ICE to release an asylum seeker who had been locked up for more than 14 months without a bond hearing."
    )
    #expect(!types.contains("criminal.sentence"))
  }

  @Test func whatLawyersExpectOthersToFileHasNotHappened() {
    let events = ArticleFixture(
      "Immigration lawyers in El Paso said they expect other long-term detainees to file similar petitions."
    ).events()
    #expect(events.allSatisfy { $0.status != .actual })
  }

  @Test func anAcquittalJoinedByButToADatedConvictionSharesItsDay() {
    let events = ArticleFixture(
      "A federal jury on Tuesday convicted the owner of a New Jersey staffing company of visa fraud for filing hundreds of petitions for jobs that did not exist, but acquitted the company’s former human resources manager of all charges.",
      published: "2023-11-08"
    ).tagged().events()
    #expect(events.first { $0.type == "criminal.acquittal" }?.date?.value == "2023-11-07")
  }
}
