import EventRules
import Testing

/// Ways news tells an injunction without the word: a court barring an official "from enforcing" a law,
/// "blocked enforcement of", and a judge named only by surname who "temporarily blocked" it.
struct InjunctionWordingTests {

  @Test(arguments: [
    "The order permanently barred the state treasurer from enforcing the statute.",
    "The court blocked enforcement of the licensing rule on Monday.",
    "The judge enjoined the county from applying the new parking fees.",
  ])
  func aCourtBarringEnforcementIsAnInjunction(sentence: String) {
    #expect(taggedEvents(sentence).map(\.type) == ["civil.injunction"], "\(sentence)")
  }

  @Test func aJudgeNamedBySurnameWhoTemporarilyBlockedItIssuedAnInjunction() {
    let found = taggedEvents(
      "U.S. District Judge Ines Kowalczyk heard the retailers' challenge to the tax in March. "
        + "Kowalczyk temporarily blocked it in April, so the tax was never collected.")
    let injunctions = found.filter { $0.type == "civil.injunction" }
    #expect(injunctions.count == 1)
    #expect(injunctions.first?.date?.value == "2021-04")
    #expect(injunctions.first?.names("target").contains("Ines Kowalczyk") == false)
  }

  @Test func anAccountTemporarilyBlockedWithNoCourtIsNoInjunction() {
    #expect(
      taggedEvents("The platform temporarily blocked his account in April after a wave of spam.").isEmpty)
  }

  @Test func whatAJudgeCanDoInGeneralIsNoInjunction() {
    let found = taggedEvents(
      "If the judge agrees the rule is unlawful, the judge can bar the agency from enforcing it.")
    #expect(!found.contains { $0.type == "civil.injunction" && $0.status == .actual })
  }
}
