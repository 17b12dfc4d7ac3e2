import EventRules
import Testing

/// Regulatory steps as notices, trade press and translated copy tell them (the fourth phrase bank): names put
/// on grey lists and struck from registers, embargoes, licences suspended in a line of a notice, bans on
/// imports and apps, proceedings opened by competition authorities, penalties slapped on. Each has a
/// neighbour that must stay quiet.
struct RegulatoryNoticeWordingTests {
  @Test(arguments: [
    ("The Financial Action Task Force put Kenya on its grey list on Friday.", "regulatory.designation"),
    ("FATF placed Mozambique under increased monitoring at its October plenary.", "regulatory.designation"),
    (
      "FinCEN on 26 March identified the bank as a primary money laundering concern under Section 311.",
      "regulatory.designation"
    ),
    (
      "The Commission on Wednesday designated six platforms as gatekeepers under the Digital Markets Act.",
      "regulatory.designation"
    ),
    (
      "The group was added on July 30 to the First Schedule of the act as a terrorist organisation.",
      "regulatory.designation"
    ),
    (
      "Commerce deleted the names of three entities from its Entity List with effect from 12 August.",
      "regulatory.delisting"
    ),
    (
      "The European Union has taken the Cayman Islands off its tax haven blacklist today.",
      "regulatory.delisting"
    ),
    ("OFAC's delisting on Thursday of the tanker clears it for US-linked services.", "regulatory.delisting"),
    ("The Security Council slapped an arms embargo on Libya in February 2011.", "regulatory.sanctions"),
    (
      "The shipping sanctions took effect on 5 November, covering Iranian port operators.",
      "regulatory.sanctions"
    ),
    ("The allies agreed on Saturday to cut selected Russian banks off SWIFT.", "regulatory.sanctions"),
    (
      "Gambling Commission: operating licence of Spinfield Ltd suspended 3 June pending review.",
      "regulatory.license"
    ),
    (
      "The media regulator deprived the radio station of its broadcasting license on 15 May.",
      "regulatory.license"
    ),
    (
      "The Prudential Regulation Authority cancelled the Part 4A permission of the insurer on 1 October.",
      "regulatory.license"
    ),
    ("The FDA granted full approval to the vaccine on Monday.", "regulatory.license"),
    ("The aviation regulator bars 90 pilots from flying the jet until they are retrained.", "regulatory.ban"),
    ("The government has stopped the import of seafood from Japan since 24 August.", "regulatory.ban"),
    ("The ministry removed the prohibition on onion exports on Saturday.", "regulatory.ban"),
    (
      "India has banned 59 Chinese apps, citing national security, under an order issued on Monday.",
      "regulatory.ban"
    ),
    ("The federation on Friday hit the club with a two-window registration ban.", "regulatory.ban"),
    (
      "The Federal Cartel Office initiated on 18 May a proceeding against the retailer.",
      "regulatory.enforcement"
    ),
    (
      "Commission officials carried out unannounced inspections at several tyre makers this morning.",
      "regulatory.enforcement"
    ),
    ("The HSE served an improvement notice on the food maker on 19 January.", "regulatory.enforcement"),
    (
      "The Financial Reporting Council opened a formal investigation into the audit in June 2012.",
      "regulatory.enforcement"
    ),
    ("The markets regulator slaps a penalty on the promoters for delayed disclosures.", "regulatory.penalty"),
    (
      "The Pensions Regulator said on Monday it has issued penalty notices to a Bristol firm.",
      "regulatory.penalty"
    ),
  ])
  func aRegulatoryStepInNoticeWords(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    (
      "The North Dakota commission, which licenses grain elevators, suspended the firm's warehouse license in May.",
      "regulatory.license", 1
    ),
    (
      "The regulator warns the channel's licence could be suspended over further breaches.",
      "regulatory.license", 0
    ),
    (
      "The inspector general's office opened a review of the clinic's scheduling in 2012.",
      "regulatory.enforcement", 0
    ),
  ])
  func aNeighbourYieldsNoMoreThanItTells(sentence: String, type: String, actual: Int) {
    let events = ArticleFixture(sentence).events().filter { $0.type == type && $0.status == .actual }
    #expect(events.count == actual, "\(sentence): \(events.map(\.type))")
  }

  @Test(arguments: [
    ("The spam filter added the sender to a blacklist after the complaint.", "regulatory.designation"),
    ("The Commission formally accused the search company of abusing its dominance.", "criminal.charge"),
  ])
  func theirNeighboursStayQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }
}
