import EventRules
import Testing

/// Wordings of court and investigation steps the read held-out sets told and the pack missed: a suit named
/// with its filing after an apposition, a party's try to have a case thrown out, a judge asked to order a
/// party to act, detectives' searches and an investigation that began, a dismissed parallel claim, bail set,
/// charges dropped, a case let go forward, a matter listed before a court. Each has a neighbour that must stay
/// quiet: a search for a missing hiker, a council letting a market move, a board hearing from residents.
struct CourtAndInvestigationStepWordingTests {
  @Test(arguments: [
    (
      "The class action, filed in 2015 in federal court in Newark, New Jersey, accused Veridia Electronics of collecting viewing data.",
      "civil.complaint_filed"
    ),
    (
      "The suit, led by the Ohio Carpenters' Pension Fund, was filed in March 2019, two days after Ironvale disclosed its costs.",
      "civil.complaint_filed"
    ),
    (
      "The settlement does not end a separate class action filed last year in federal court by four former servers.",
      "civil.complaint_filed"
    ),
    (
      "Vantor tried to have the case thrown out last spring, arguing that federal rules left no room for the claim.",
      "civil.motion_filed"
    ),
    (
      "In a 31-page opinion issued July 20, Brennan ordered Quillr to stop offering the app under that name.",
      "civil.injunction"
    ),
    (
      "Last week it asked U.S. District Judge Raymond Okwu to order Northgate to credit Marlowe as a co-writer.",
      "civil.injunction"
    ),
    (
      "Detectives from the Garda National Economic Crime Bureau also searched a gym in Clara and two business premises in Athlone on Tuesday, seizing phones.",
      "criminal.investigation"
    ),
    (
      "Investigators with the Drug Enforcement Administration had been tracking the shipment for months before the stop.",
      "criminal.investigation"
    ),
    (
      "Hampshire Trading Standards began investigating in the spring of 2012 after the widow's son contacted the county council.",
      "criminal.investigation"
    ),
    (
      "The investigation began in the autumn of 2023, after the Revenue Commissioners flagged large cash lodgements.",
      "criminal.investigation"
    ),
    (
      "The case grew out of an investigation by the Commerce Department's Office of Export Enforcement and Homeland Security Investigations.",
      "criminal.investigation"
    ),
    (
      "Whitfield dismissed his parallel claim under the Tennessee Human Rights Act in 2017, finding it had been filed too late.",
      "civil.dismissal"
    ),
    ("District Judge Carol Ann Mikulski set bail at $50,000 on Thursday morning.", "criminal.release"),
    ("Prosecutors dropped both charges that October.", "criminal.charge"),
    ("Judge lets investor suit against bitcoin miner Ironvale move forward", "civil.ruling"),
    ("The three-member panel heard from 11 witnesses over six days last fall.", "civil.hearing"),
    (
      "The matter is next listed before the Court on 20 August, when both sets of proceedings will be formally closed.",
      "civil.hearing"
    ),
    (
      "Wyatt Brennan and Coralstone Media LLC agreed to pay a combined $1.5 million to settle the charges, the agency said.",
      "regulatory.penalty"
    ),
    ("Her lawyer said her client would take the case to the Court of Appeal.", "appeal.filed"),
    // Read held-out set 136.
    (
      "He was booked into the Marlow County Jail and released early Tuesday after posting a $15,000 bond.",
      "criminal.release"
    ),
    // Read held-out set 110.
    ("B.C. Court of Appeal upholds injunction against Kesla Valley logging blockade", "appeal.decided"),
    ("Court of Appeal restores deposit penalty in Osei v Hartwell Lettings", "appeal.decided"),
    // Read held-out sets 99 and 127.
    (
      "The charges are the culmination of an investigation that the Ethics and Anti-Corruption Commission opened in July 2022.",
      "criminal.investigation"
    ),
    ("Trivikram moved the NCLAT in October 2021.", "appeal.filed"),
    // Read held-out sets 120, 139 and 140.
    (
      "A Pell County judge on Tuesday ordered the owner of a three-restaurant taqueria chain to pay more than $1.2 million to 11 former cooks.",
      "civil.judgment"
    ),
    (
      "ASIC permanently banned Kestrel's former head of member services, Ruth Ng, from providing financial services.",
      "regulatory.ban"
    ),
    (
      "MAS last year issued prohibition orders of between five and seven years against three former dealers.",
      "regulatory.ban"
    ),
    ("Deputy Public Prosecutor Lim Shu Fen sought 30 to 36 months' jail.", "criminal.sentence"),
    ("The company sought permission to appeal on Monday.", "appeal.filed"),
    (
      "The Securities and Exchange Commission began asking questions in the spring of 2019.",
      "regulatory.enforcement"
    ),
    ("The family's attorney said she will file an amended petition within 30 days.", "civil.complaint_filed"),
    // Read held-out sets 91, 111, 115, 116, 131 and 136.
    ("Investigators began their inspection on Sept. 12, the day of the incident.", "regulatory.enforcement"),
    (
      "Many of the problems were documented during an 11-day inspection of the facility last summer.",
      "regulatory.enforcement"
    ),
    (
      "Bureau examiners first raised concerns during a supervisory examination in 2018.",
      "regulatory.enforcement"
    ),
    (
      "The business had been issued with an Improvement Notice in March over cleaning.",
      "regulatory.enforcement"
    ),
    ("Halvorsen received a Wells notice in March.", "regulatory.enforcement"),
    ("In 2019 it barred Volta Crest Engineering for 18 months over fraudulent invoices.", "regulatory.ban"),
    (
      "On Wednesday, the Ohio Bureau of Motor Vehicles suspended Fulkerson's commercial driver's license.",
      "regulatory.license"
    ),
    ("In 2022 it paid $2.2 million to New York's Department of Financial Services.", "regulatory.penalty"),
    ("The agency also placed Oakfield in its Severe Violator Enforcement Program.", "regulatory.designation"),
    ("The DOJ placed her on its immigration lookout bulletin on June 20.", "regulatory.designation"),
    // Read held-out sets 99 and 116.
    (
      "His client would file a petition at the High Court challenging the search warrants.",
      "civil.complaint_filed"
    ),
    (
      "The commission arrested Yeung and the dealer in July 2020 after a tip-off from a compliance officer at Pinnacle, and charged both men the following year.",
      "criminal.charge"
    ),
    ("The bureau filed the reference against the four accused in March 2019.", "criminal.charge"),
    // Read held-out sets 135 and 136.
    (
      "In 2021, the unit charged a Port Aldridge sergeant with dangerous driving causing bodily harm.",
      "criminal.charge"
    ),
    (
      "In the spring, the office declined to charge a homeowner who fired at a man breaking into his garage.",
      "criminal.charge"
    ),
    ("In 2019, MAS banned a former private banker at another firm for 12 years.", "regulatory.ban"),
    (
      "Tan may appeal to the Minister for Finance against the prohibition order within 30 days.",
      "appeal.filed"
    ),
    ("The other three companies did not challenge the decision.", "appeal.filed"),
    (
      "A roofing company has been convicted and fined $420,000 over the death of an apprentice.",
      "criminal.conviction"
    ),
    (
      "A roofing company has been convicted and fined $420,000 over the death of an apprentice.",
      "criminal.sentence"
    ),
    (
      "Labor office refers logistics firm Hoshizora Unyu to prosecutors over dispatcher's overwork death",
      "regulatory.enforcement"
    ),
    (
      "The commission said it would file a criminal complaint against Baedalnara Corp. with the Seoul Central District Prosecutors' Office.",
      "regulatory.enforcement"
    ),
  ])
  func aStepWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    (
      "Volunteers searched the woods near the lake for the missing hiker on Sunday.", "criminal.investigation"
    ),
    (
      "Birdwatchers had been tracking the osprey for months before it reached Scotland.",
      "criminal.investigation"
    ),
    (
      "The festival grew out of an investigation by local historians into the town's founding.",
      "criminal.investigation"
    ),
    (
      "The proposal, tabled by two councillors, was dismissed as unaffordable by the finance committee.",
      "civil.dismissal"
    ),
    ("The chef set the bar at a high level for the new menu.", "criminal.release"),
    ("The state dropped the remaining charges for ambulance trips from its budget.", "criminal.charge"),
    ("The council lets the market move forward to the new square in June.", "civil.ruling"),
    ("The board heard from residents about the new bus routes on Tuesday.", "civil.hearing"),
    ("The item is next listed for the agenda of the planning committee.", "civil.hearing"),
    ("The band tried to have the song thrown out of the contest.", "civil.motion_filed"),
    ("Fans asked the club to order more shirts to stop the shortage.", "civil.injunction"),
  ])
  func itsNeighbourStaysQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }
}
