import EventRules
import Testing

/// A plaintiff ending its own case ("dropped its lawsuit", "voluntarily dismissed the complaint") ends the
/// case: a dismissal. A lawyer withdrawing from a case does not.
struct WithdrawalTests {

  @Test(arguments: [
    "The growers' cooperative dropped its lawsuit against Pellam Seeds on Tuesday.",
    "The cooperative withdrew the complaint on Tuesday after the dispute was resolved.",
    "The cooperative voluntarily dismissed the case on Tuesday.",
    "The lawsuit was withdrawn on Tuesday, court records show.",
  ])
  func aPlaintiffEndingItsOwnCaseIsADismissal(sentence: String) {
    let found = taggedEvents(sentence)
    #expect(found.map(\.type) == ["civil.dismissal"], "\(sentence)")
    #expect(found.first?.date?.value == "2021-05-11", "\(sentence)")
  }

  @Test func aLawyerWithdrawingFromTheCaseIsNoDismissal() {
    let found = taggedEvents("Her attorney withdrew from the case on Tuesday, citing a conflict.")
    #expect(!found.contains { $0.type == "civil.dismissal" })
  }

  @Test func aHeadlineDroppingTheSuitIsADismissal() {
    let found = taggedEvents("Tenants Drop Lawsuit Over Rent Hikes")
    #expect(found.map(\.type) == ["civil.dismissal"])
  }
}
