import EventRules
import Testing

/// Wordings from the read held-out sets 301–329 (US civil suits, criminal cases, regulators, appeals,
/// investigations and legal news told in passing): an exclusion from Medicare, an approval won, a case put to a
/// grand jury, a petition for judicial review, a regulator's order that finds, a grand jury's subpoenas, a
/// fraud control unit's investigation; a person never charged, a permit that could be revoked, an application
/// asking an agency to license, a mandatory minimum faced, an arraignment set; and the everyday senses beside
/// them.
struct ApprovalExclusionAndUnchargedWordingTests {
  @Test(arguments: [
    (
      "HHS-OIG excluded her from Medicare, Medicaid and all other federal health care programs earlier this year.",
      "regulatory.ban"
    ),
    ("Orvane Bio's rival gene therapy won FDA approval in May.", "regulatory.license"),
    (
      "Lakeport filed a petition for judicial review in Marion County Superior Court on Wednesday.",
      "appeal.filed"
    ),
    (
      "In an order issued Tuesday, the agency found that the adviser placed block trades through a single account.",
      "regulatory.enforcement"
    ),
    (
      "A grand jury issued subpoenas in June to the port authority for bid records.",
      "criminal.investigation"
    ),
    (
      "The Medicaid Fraud Control Unit opened its investigation in 2023 after a data analysis flagged the agency.",
      "criminal.investigation"
    ),
    (
      "His family filed a federal civil rights lawsuit against Holloway and the county in February.",
      "civil.complaint_filed"
    ),
    (
      "On the government's motion, the court dismissed the charges against one co-defendant, Joel Ruiz.",
      "criminal.charge"
    ),
    (
      "In a separate settled administrative proceeding, the SEC found that Hollins Crest failed reasonably to supervise.",
      "regulatory.enforcement"
    ),
    (
      "Pruitt said the state Bureau of Investigation opened an inquiry in July, after an internal audit turned up discrepancies.",
      "criminal.investigation"
    ),
    ("Seventh Circuit Revives No-Poach Class Action Against Restaurant Franchisor", "appeal.decided"),
    (
      "The office's Consumer Fraud Unit opened an investigation in the fall of 2022 after a cluster of complaints.",
      "criminal.investigation"
    ),
    (
      "They returned Wednesday, found the problems fixed and lifted the closure order that afternoon, county records show.",
      "regulatory.ban"
    ),
    ("Ramos filed a charge with the EEOC in 2021.", "civil.complaint_filed"),
    ("Wren-Matos filed for divorce in January 2020.", "civil.complaint_filed"),
    (
      "OFAC has reached a US$2.91 million settlement with Brennick Pumps Inc. over 41 apparent violations of Iran sanctions.",
      "regulatory.penalty"
    ),
    ("OFAC Settles with Ohio Pump Maker over Turkish Subsidiary's Iran Sales", "regulatory.enforcement"),
    (
      "Sigma Avionika has been on the Commerce Department's Entity List since 2018 because of its work.",
      "regulatory.designation"
    ),
    ("The suit was first filed in March by four line workers.", "civil.complaint_filed"),
    (
      "In 2021, a Texas state jury hit another carrier, Pecos Line Haul, with a $730 million verdict over a crash.",
      "civil.judgment"
    ),
    ("Refiled in State Court, Chatbot Wiretap Suit Against Retailer Survives Demurrer", "civil.ruling"),
    (
      "OFAC also today removed Kestrel Aviation Parts FZE from the Specially Designated Nationals and Blocked Persons List (SDN List).",
      "regulatory.delisting"
    ),
  ])
  func aStepInTheseWordings(sentence: String, type: String) {
    #expect(taggedEvents(sentence).contains { $0.type == type }, "\(taggedEvents(sentence).map(\.type))")
  }

  @Test(arguments: [
    (
      "The driver, who resigned days after the crash, was never charged.", "criminal.charge",
      EventStatus.negated
    ),
    (
      "The department said the permit could be revoked outright if new samples test positive.",
      "regulatory.license", .hypothetical
    ),
    (
      "Quillon submitted its application Oct. 5, asking the agency to license QN-302 for adults.",
      "regulatory.license", .requested
    ),
    (
      "District Attorney Renata Fuentes said she plans to present the cases to a grand jury next month.",
      "criminal.charge", .intended
    ),
    (
      "If convicted, each defendant faces a mandatory minimum of 10 years and up to life in federal prison.",
      "criminal.sentence", .hypothetical
    ),
    (
      "Trostle is scheduled to be formally arraigned June 24 in Carbonel County Court.", "criminal.plea",
      .scheduled
    ),
    (
      "Judge Rosalind Ekwueme is scheduled to sentence Mr. Vail on Sept. 10.", "criminal.sentence",
      .scheduled
    ),
    (
      "At Wednesday's hearing, defense attorney Nadia Ferrante asked Circuit Judge Howard Pell to release Haskins on bond.",
      "criminal.release", .requested
    ),
    ("BetHarbor applied for the license in January 2023.", "regulatory.license", .requested),
    (
      "Commission Denies Sports Wagering License for BetHarbor Interactive, Fines Affiliate $40,000",
      "regulatory.license", .negated
    ),
    (
      "Prosecutors confirmed Wednesday that Blakely, who testified under a non-prosecution agreement, will not be charged.",
      "criminal.charge", .negated
    ),
    ("Judge gives final OK to $9M granola settlement; objector vows appeal", "appeal.filed", .intended),
    (
      "The suit seeks unspecified damages on behalf of anyone who bought Cobalt Ridge stock.",
      "civil.judgment", .requested
    ),
    ("Rivermark is seeking at least $30 million in damages.", "civil.judgment", .requested),
    (
      "The complaint asks the court to order DashCart to display the full price of an order.",
      "civil.injunction", .requested
    ),
  ])
  func aStepHasTheStatusItsWordsGive(sentence: String, type: String, status: EventStatus) {
    let found = taggedEvents(sentence).first { $0.type == type }
    #expect(found?.status == status, "\(taggedEvents(sentence).map { "\($0.type) \($0.status)" })")
  }

  @Test(arguments: [
    "Solberg, who has been sentenced to the bench for most of the season, finished with eight points.",
    "Her scenes with the nervous new judge are charged with the kind of comic tension the play needs.",
    "Calloway banned phones from the show, requiring fans to lock them in pouches at the door.",
    "Delacroix declined to say whether the club would fine him.",
    "The phone has never been charged.",
    "Heller remains free on a $2 million bond.",
    "The company launched an internal investigation in March.",
    "Dealers love arbitration because it's quick, private and hard to appeal.",
    "The appeal of the shop, regulars say, is that nothing in it is in a hurry.",
  ])
  func theEverydaySenseStaysQuiet(sentence: String) {
    #expect(taggedEvents(sentence).isEmpty, "\(taggedEvents(sentence).map(\.type))")
  }

  @Test func prosecutorsDismissingTheCaseEndTheChargeNotACivilCase() {
    let found = taggedEvents(
      "A co-defendant, Kayla Pruneda, was also charged, but prosecutors dismissed the case against her in October."
    )
    #expect(found.map(\.type) == ["criminal.charge"], "\(found.map(\.type))")
  }

  @Test func aWorkersChargeWithTheEEOCIsNoCrime() {
    #expect(
      !taggedEvents("Ramos filed a charge with the EEOC in 2021.").contains { $0.type == "criminal.charge" })
  }

  @Test func aClassActionSettlementIsNoRegulatorsPenalty() {
    let found = taggedEvents(
      "The company reached a $5 million settlement with the class-action plaintiffs, an SEC filing shows.")
    #expect(!found.contains { $0.type == "regulatory.penalty" }, "\(found.map(\.type))")
  }

  @Test func finesOwedToAHomeownersAssociationAreNoRegulatorsPenalty() {
    let found = taggedEvents(
      "The court ordered an Omaha homeowner to pay more than $18,000 in fines to his homeowners association.")
    #expect(!found.contains { $0.type == "regulatory.penalty" }, "\(found.map(\.type))")
  }

  @Test func civilPenaltiesAStateSuitCouldWinAreAJudgmentNotARegulatorsPenalty() {
    let found = taggedEvents(
      "If the state prevails, the company could be ordered to pay civil penalties of up to $25,000 for each violation."
    )
    #expect(found.map(\.type) == ["civil.judgment"], "\(found.map(\.type))")
  }

  @Test func theAppealOfARulingIsStillAnAppeal() {
    #expect(
      taggedEvents("The appeal of the ruling was filed on Monday.").contains { $0.type == "appeal.filed" })
  }

  @Test func resistingArrestIsPartOfTheChargeNotAnArrest() {
    let found = taggedEvents(
      "Ames himself was charged with resisting arrest and assaulting an officer after the stop.")
    #expect(found.map(\.type) == ["criminal.charge"])
  }
}
