import EventRules
import Testing

/// Regulators' steps told in the words of their own notices and of the trade press: a register entry
/// cancelled, restrictions put on permissions, a recall directed, a notice that bans, new authorisations
/// barred, an inquiry opened in the passive, a separate proceeding opened, inspectors arriving, a ship's
/// detention, a warning let off with; an acronym of an agency the article names counts as that agency; a
/// regulator's criminal complaint to prosecutors is its own step, not a charge; a ship is no person arrested.
struct RegulatorStepsInContextWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    (
      "The TGA cancelled the sanitiser's entry on the Australian Register of Therapeutic Goods on 3 October.",
      "regulatory.license"
    ),
    (
      "The regulator directed the company to recall more than 40,000 bottles on Monday.",
      "regulatory.enforcement"
    ),
    (
      "The FCA last week published a Final Notice banning Alan Threlfall from performing any function.",
      "regulatory.ban"
    ),
    (
      "In November 2022 it barred new equipment authorizations for gear from those companies.",
      "regulatory.ban"
    ),
    (
      "In March 2022 it placed restrictions on the firm's permissions, barring it from taking on new clients.",
      "regulatory.license"
    ),
    (
      "The inquiry was opened in September 2021, after complaints to the Authority.", "regulatory.enforcement"
    ),
    (
      "Germany's Federal Cartel Office opened a separate proceeding last month into how packaging groups buy paper.",
      "regulatory.enforcement"
    ),
    (
      "The regulator said its investigators arrived at the factory the following week.",
      "regulatory.enforcement"
    ),
    (
      "The maritime authority issued the direction on Monday after the ship's detention at Port Hedland.",
      "regulatory.enforcement"
    ),
    ("Two pilots were let off with a warning by the regulator.", "regulatory.enforcement"),
    (
      "A manufacturer has asked the Administrative Appeals Tribunal to overturn the decision.", "appeal.filed"
    ),
    ("Steppe said it would challenge the listing at the EU General Court in Luxembourg.", "appeal.filed"),
    ("Tessera has challenged that fine, and the case is pending at the Seoul High Court.", "appeal.filed"),
    ("The EPA filed charges in May last year.", "regulatory.enforcement"),
    ("Commission inspectors carried out an audit of the tower on 5 March.", "regulatory.enforcement"),
    (
      "On Aug. 1, inspectors issued a written warning after a customer posted photos.",
      "regulatory.enforcement"
    ),
    (
      "Kestrel Point challenged the prohibition order in the Land and Environment Court last week.",
      "appeal.filed"
    ),
    ("Its former president surrendered his gaming license in the spring.", "regulatory.license"),
    (
      "The Authority also disqualified the club's former manager, Trent Wollaston, from holding a licence.",
      "regulatory.ban"
    ),
    ("Ex-municipal manager loses bid for leave to appeal tender fraud conviction", "appeal.decided"),
    ("He sought a review at the Tribunal the following month.", "appeal.filed"),
    (
      "In 2014, its owner paid $600,000 to resolve a state enforcement action by the Department of Environmental Quality.",
      "regulatory.penalty"
    ),
  ])
  func aRegulatorsStepInItsOwnWords(text: String, type: String) {
    #expect(types(text).contains(type), "\(text): \(types(text))")
  }

  @Test func anOrderNotChallengedIsANegatedAppeal() {
    let events = ArticleFixture("He said the bank would not challenge the order.").tagged().events()
    #expect(events.map(\.type) == ["appeal.filed"])
    #expect(events.first?.status == .negated)
  }

  @Test func penaltiesProposedAgainstAnEmployerAreThePenalty() {
    let events = ArticleFixture(
      "OSHA separately proposed $96,000 in penalties against CleanLine Services LLC."
    ).tagged()
      .events()
    #expect(events.map(\.type) == ["regulatory.penalty"])
    #expect(events.first?.status == .actual)
  }

  @Test func anAcronymOfANamedAgencyCountsAsTheAgency() {
    let text = """
      The Therapeutic Goods Administration said the product contained methanol.
      Last week the TGA issued Glenrowan with 12 infringement notices totalling $159,840.
      """
    #expect(types(text).contains("regulatory.penalty"), "\(types(text))")
  }

  @Test func aRegulatorsCriminalComplaintToProsecutorsIsNoCharge() {
    let found = types(
      "Earlier in the week, the agency filed a criminal complaint with the Nagoya District Public Prosecutors Office against a former branch head."
    )
    #expect(found == ["regulatory.enforcement"], "\(found)")
    #expect(types("Prosecutors filed a criminal complaint against Smith on Monday.") == ["criminal.charge"])
  }

  @Test func aRestoredConvictionAskedOfTheSupremeCourtIsAnAppealNotAConviction() {
    let found = types("Crown asks Supreme Court to restore manslaughter conviction in Brandon bar death")
    #expect(found == ["appeal.filed"], "\(found)")
  }

  @Test func aProhibitionOrderIsNoInjunctionAndAProsecutorsChargesStayCharges() {
    let order = types(
      "Two weeks later, the commission issued a prohibition order stopping the developer from building.")
    #expect(order == ["regulatory.ban"], "\(order)")
    #expect(types("Prosecutors filed charges against Smith in May.") == ["criminal.charge"])
    #expect(
      types("Dube came back in the third set with the kind of late charge her coach had hoped for.").isEmpty)
  }

  @Test(arguments: [
    "The Aurora Bay sailed on Saturday with a cargo of iron ore loaded before it was detained.",
    "The licensing panel has asked the tribunal to revoke his licence.",
  ])
  func notTheseSteps(text: String) {
    let found = types(text)
    #expect(!found.contains("criminal.arrest") && !found.contains("appeal.filed"), "\(text): \(found)")
  }
}

/// "has since been charged": a step told as coming after the story's time takes none of it.
struct SinceToldStepTests {
  @Test func aStepToldWithSinceTakesNoTimeFromTheStory() {
    let text = """
      Councillors revoked the licence of Club Halo on Tuesday.
      The licensing sub-committee met for four hours.
      The club's owner said he was disappointed.
      A doorman was stabbed outside the club on 14 January.
      Brennan has since been charged with wounding with intent.
      """
    let events = ArticleFixture(text, published: "2024-03-07").tagged().events()
    let charge = events.first { $0.type == "criminal.charge" }
    #expect(charge != nil)
    #expect(charge?.date == nil)
  }
}

/// Everyday senses the held-out pages showed: a product's trial, officers who struck men, a jury's decision
/// in a criminal court, a bond to be lowered, a banned slide deck.
struct EverydayTrialRulingAndBanTests {
  @Test(arguments: [
    "Electric floatplane begins trial flights over Mahone Bay",
    "The cafe in the former jury room will serve Sunday lunches on a trial basis.",
    "She began making a trial batch of perry from pear trees.",
    "Pune hold open selection trials for next season's academy intake this weekend.",
    "Crew members said officers struck men who slowed down.",
    "Kieran Ellis was 19 when a jury at Manchester Crown Court decided he had killed Ethel Marsh.",
    "Whitford, a former bond trader who famously banned slide decks from internal meetings, is unbothered.",
    "The order includes a clause authorizing the RCMP to arrest anyone who breaches it.",
    "The bar is allowed to keep trading until any appeal is decided.",
    "Sanctions Board decisions are final and are not subject to appeal within the Bank.",
  ])
  func noLegalEvent(text: String) {
    let found = ArticleFixture(text).tagged().events().map(\.type)
    #expect(found.isEmpty, "\(text): \(found)")
  }

  @Test func aTrialInCourtIsStillATrial() {
    let found = ArticleFixture("His trial began on Monday in federal court.").tagged().events().map(\.type)
    #expect(found == ["criminal.trial"])
  }
}

/// A conviction named only as the condition of a penalty is no event: writers keep the penalty.
struct ConditionalConvictionTests {
  @Test func aConditionalConvictionLeavesOnlyTheHypotheticalSentence() {
    let events = ArticleFixture(
      "If charged and found guilty of qualified trafficking, the respondents face life imprisonment and fines of up to P5 million."
    ).tagged().events()
    #expect(!events.contains { $0.type == "criminal.conviction" }, "\(events.map(\.type))")
    #expect(events.contains { $0.type == "criminal.sentence" && $0.status == .hypothetical })
  }
}

/// A criminal investigation told by its start or its end, with the sign of crime further along the sentence.
struct InvestigationStartAndEndTests {
  @Test(arguments: [
    "The investigation began in March last year, when the National Intelligence Service passed a tip to prosecutors.",
    "French financial prosecutors close probe into ex-minister over rail contract",
    "That investigation was shelved two years later at the request of the Prosecutor-General's Office, which found no fraud.",
  ])
  func aCriminalInvestigationBegunOrClosed(text: String) {
    let found = ArticleFixture(text).tagged().events().map(\.type)
    #expect(found.contains("criminal.investigation"), "\(text): \(found)")
  }

  @Test func aRegulatorsClosedInquiryStaysTheRegulators() {
    let found = ArticleFixture("The regulator closed its inquiry into the bank without action.").tagged()
      .events()
      .map(\.type)
    #expect(found == ["regulatory.enforcement"], "\(found)")
  }
}
