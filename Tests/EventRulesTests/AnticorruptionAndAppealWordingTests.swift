import EventRules
import Testing

/// Wordings from courts and agencies in Asia, Africa and the Gulf, and from wire briefs: appeals thrown out
/// or open to challenge, charges denied in court, anti-corruption bodies that charge, fines escaped under
/// leniency, asset-preservation orders; each with the everyday sense that must stay quiet.
struct AnticorruptionAndAppealWordingTests {
  @Test(arguments: [
    ("His appeal against conviction was thrown out by the Court of Appeal in June.", "appeal.decided"),
    (
      "A fifth firm escaped a fine altogether because it came forward under the commission's leniency programme.",
      "regulatory.penalty"
    ),
    (
      "In an infringement decision issued on Thursday, the CCCS found that the firms had shared prices.",
      "regulatory.enforcement"
    ),
    (
      "The Independent Commission Against Corruption arrested Yeung in July 2020, and charged both men the following year.",
      "criminal.charge"
    ),
    ("He may seek a review of the ban at the Securities and Futures Appeals Tribunal.", "appeal.filed"),
    (
      "The verdict is not final and can be challenged at the Dubai Court of Appeal within 15 days.",
      "appeal.filed"
    ),
    ("At his first hearing in April, the defendant denied the charges.", "criminal.plea"),
    (
      "They appeared before Chief Magistrate Celestine Wanjiru, where they denied all 27 counts.",
      "criminal.plea"
    ),
    ("In February, the High Court issued orders preserving assets worth Sh210 million.", "civil.injunction"),
    (
      "If convicted, Mr Lokorio faces a fine of up to Sh1 million or up to ten years in jail.",
      "criminal.sentence"
    ),
    (
      "In 2020 the Anti-Corruption Authority referred the official to the Public Prosecution.",
      "criminal.investigation"
    ),
    (
      "Prosecutors filed the complaint on Monday, charging Lindqvist with three counts of arson.",
      "criminal.charge"
    ),
    (
      "Lindqvist's office filed a single misdemeanor count of careless driving against Prewitt.",
      "criminal.charge"
    ),
    ("It carries a maximum penalty of six months in jail and a $1,000 fine.", "criminal.sentence"),
    (
      "EPPO opened the case in October 2022 after Italy's financial police, the Guardia di Finanza, acted.",
      "criminal.investigation"
    ),
    (
      "Prosecutors on Thursday asked a court in Koper to approve the two managers' surrender to Italy.",
      "criminal.extradition"
    ),
    (
      "The depositors' forum had filed a petition in the Karnataka High Court in June.",
      "civil.complaint_filed"
    ),
    ("CBI books ex-Kaveri Urban Co-op Bank chairman in Rs 412-crore loan fraud", "criminal.investigation"),
    (
      "Cheating under Section 420 of the IPC is punishable with imprisonment of up to seven years.",
      "criminal.sentence"
    ),
    ("The high court is scheduled to hear the petition on September 4.", "civil.hearing"),
    (
      "In February, the Special Investigating Unit approached the Special Tribunal to have the contract set aside.",
      "civil.complaint_filed"
    ),
    (
      "Kirameki Pharma founder indicted over inflated sales, re-arrested on breach of trust suspicion",
      "criminal.arrest"
    ),
    ("No one has been arrested or charged, the spokesperson said.", "criminal.charge"),
    ("A plea hearing has been listed at Newcastle Crown Court for 8 September.", "criminal.plea"),
    ("A provisional trial date has been fixed for February next year.", "criminal.trial"),
    ("FBI agents search Delmar County Clerk's Office; no arrests, bureau says", "criminal.investigation"),
    ("The B.C. Prosecution Service approved one count of fraud over $5,000 the same day.", "criminal.charge"),
    ("But Crown prosecutors stayed that charge in November.", "criminal.charge"),
    ("We accept the court's decision. We will not be appealing.", "appeal.filed"),
    ("Should the motion be denied, the defense would elevate the case to the Supreme Court.", "appeal.filed"),
    ("Investigators began looking at the project in the spring of 2022.", "criminal.investigation"),
    (
      "A person familiar with the matter said prosecutors are also examining trades by his brother-in-law.",
      "criminal.investigation"
    ),
  ])
  func aWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(taggedEvents(sentence).map(\.type).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    ("In a statement, the company denied the charges.", "criminal.plea"),
    ("Mr Lokorio said he would file a petition at the High Court to quash the charges.", "appeal.decided"),
    ("He served three terms as mayor before losing a bid for the provincial board in 2019.", "civil.ruling"),
    ("Cassation upholds five-year jail term for fugitive ex-official.", "criminal.sentence"),
    ("Previous extradition requests for fugitives have taken years to resolve.", "criminal.sentence"),
    ("The ministry has not commented on the arraignment.", "criminal.plea"),
    (
      "She ordered him to deposit his international passport with the registry of the court.",
      "civil.injunction"
    ),
    ("His appeal against conviction was thrown out by the Court of Appeal in June.", "criminal.conviction"),
    (
      "Prosecutors filed the complaint on Monday, charging Lindqvist with three counts of arson.",
      "civil.complaint_filed"
    ),
    (
      "The club's appeal against the red card was thrown out by an FA disciplinary panel in May.",
      "appeal.decided"
    ),
    (
      "In 2009, he pleaded guilty to driving while intoxicated, a conviction he has spoken about.",
      "criminal.conviction"
    ),
    ("It carries a maximum penalty of six months in jail and a $1,000 fine.", "regulatory.penalty"),
    ("All ten were released on bail with conditions banning them from the port precinct.", "regulatory.ban"),
    (
      "In statements tendered to the court, arresting officers said the protesters had kicked out.",
      "criminal.arrest"
    ),
    ("The council approved the charges for parking.", "criminal.charge"),
    ("A plea hearing has been listed at Newcastle Crown Court for 8 September.", "civil.hearing"),
    ("The offer would be appealing to investors.", "appeal.filed"),
  ])
  func theEverydaySenseStaysQuiet(sentence: String, type: String) {
    #expect(!taggedEvents(sentence).map(\.type).contains(type), "\(sentence)")
  }

  @Test func aChallengeACourtAllowsIsHypothetical() {
    let appeal = taggedEvents("The verdict can be challenged at the Dubai Court of Appeal within 15 days.")
      .first {
        $0.type == "appeal.filed"
      }
    #expect(appeal?.status == .hypothetical)
  }

  @Test func aDeniedReportWithItsSourceBeforeThatStaysAlleged() {
    let probe = taggedEvents(
      "Kask denies a report in the Tallinn weekly Linnaleht this summer that Estonian police had opened an"
        + " investigation into his role."
    ).first { $0.type == "criminal.investigation" }
    #expect(probe?.status == .alleged)
  }

  @Test func aFineEscapedUnderLeniencyIsNegated() {
    let penalty = taggedEvents("A fifth firm escaped a fine under the commission's leniency programme.").first
    {
      $0.type == "regulatory.penalty"
    }
    #expect(penalty?.status == .negated)
  }
}
