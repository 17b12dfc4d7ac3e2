import EventRules
import Testing

/// Terms, sums and quoted standards told in the ways news writes them: "up to" a maximum, a length before
/// "term", a share of turnover, a verdict's sum named earlier, a court's words in a sentence of their own.
struct TermAmountQuoteTests {
  func first(_ text: String, _ type: String) -> LegalEvent? {
    ArticleFixture(text).tagged().events().first { $0.type == type }
  }

  @Test(arguments: [
    ("If found guilty, she faces up to 15 years in prison.", "up to 15 years"),
    ("The offence carries a jail term of up to three and a half years.", "up to three and a half years"),
    ("Prosecutors sought a 12-year sentence for the former mayor.", "12-year sentence"),
    ("Prosecutors asked the court to impose a nine-year term on the smuggler.", "nine-year term"),
  ])
  func aTermKeepsItsLimitAndItsLength(sentence: String, term: String) {
    let names = first(sentence, "criminal.sentence")?.names("term") ?? []
    #expect(names.contains { $0.hasPrefix(term) }, "\(sentence) → \(names)")
  }

  @Test func aFineAsAShareOfTurnoverIsItsAmount() {
    let event = first(
      "Platforms that breach the rules could face fines of up to 6 percent of their global turnover.",
      "regulatory.penalty")
    #expect(event?.names("amount") == ["up to 6 percent of their global turnover"])
  }

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
