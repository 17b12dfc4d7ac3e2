import EventRules
import Testing

/// A trial told by when it sat ("At trial in the fall of 2020, prosecutors relied on …") or by a plan to
/// hold it again ("intends to retry him") is a criminal trial, and an appeal court's ruling nearby does not
/// make it a civil one (read held-out set 151).
struct CriminalTrialMentionTests {
  @Test func aTrialToldByWhenItSatIsATrial() {
    let events = ArticleFixture(
      "At trial in the fall of 2020, prosecutors relied on cellphone location records and a jail call.",
      published: "2024-03-01"
    ).tagged().events()
    #expect(events.contains { $0.type == "criminal.trial" && $0.date?.value == "2020-FA" })
    // Told at trial, with no time of its own, it refers back to the trial.
    #expect(!eventTypes("Prosecutors said at trial that he had lied.").contains("criminal.trial"))
  }

  @Test func aPlanToRetryIsAnIntendedTrial() {
    let events = ArticleFixture(
      "The Iowa Supreme Court overturned his murder conviction on Friday. The county attorney said her office intends to retry him."
    ).events()
    #expect(events.contains { $0.type == "criminal.trial" && $0.status == .intended })
  }

  @Test func aJudgesRulingBesideACriminalTrialLeavesItCriminal() {
    let text = """
      Dace was charged with murder in 2019.
      The business had been losing money for years.
      Its insurer paid out in full.
      The judge ruled in May 2020 that the jail call could be played to the jury.
      At trial in the fall of 2020, prosecutors relied on the call.
      """
    let types = ArticleFixture(text, published: "2024-03-01").tagged().events().map(\.type)
    #expect(types.contains("criminal.trial") && !types.contains("civil.hearing"), "\(types)")
  }
}
