import EventRules
import Testing

/// Sums and quoted standards told away from their event's trigger: a verdict's sum named earlier, a court's
/// words in a sentence of their own.
struct CarriedAmountAndQuoteTests {
  @Test func theVerdictNamedAgainTakesTheSumToldBefore() {
    let text =
      "Patent ruling upheld\nAn appeals court on Monday upheld a $12 million jury verdict against Lumio Inc.\nA jury in Delaware returned the verdict in 2019."
    let f = ArticleFixture(text).tagged()
    let judgment = f.events().first { $0.type == "civil.judgment" }
    #expect(judgment?.names("amount") == ["$12 million"])
  }

  @Test func aCourtsWordsInASentenceOfTheirOwnGoToItsDecision() {
    let text =
      "Judge tosses suit\nA federal judge dismissed the lawsuit against Dovetail on Friday.\nIn a short order, the judge wrote that the plaintiffs had not shown a “concrete injury” from the breach."
    let dismissal = ArticleFixture(text).tagged().events().first { $0.type == "civil.dismissal" }
    #expect(dismissal?.quotes == ["concrete injury"])
    #expect(dismissal?.evidence.contains { $0.text.hasPrefix("In a short order") } == true)
  }

  @Test func anAppealsPanelsWordsGoToTheAppealNotTheTrialRuling() {
    let text =
      "Appeals court revives ban\nThe state appeals court on Oct. 2 overturned the injunction against the ban.\nA trial judge had blocked the ban in August.\nThe panel said the challengers were not “likely to prevail” on their claims."
    let events = ArticleFixture(text, published: "2021-10-05").tagged().events()
    #expect(events.first { $0.type == "appeal.decided" }?.quotes == ["likely to prevail"])
    #expect(events.first { $0.type == "civil.injunction" }?.quotes.isEmpty == true)
  }

  @Test func aRemarkInASentenceOfItsOwnIsNoStandard() {
    let text =
      "Judge tosses suit\nA federal judge dismissed the lawsuit against Dovetail on Friday.\n“We are thrilled with the court’s decision,” the company said."
    let dismissal = ArticleFixture(text).tagged().events().first { $0.type == "civil.dismissal" }
    #expect(dismissal?.quotes.isEmpty == true)
  }
}
