import EventRules
import Testing

/// Civil steps told in the words of court reporters, client alerts and English editions of foreign outlets (the
/// third phrase-bank round): claims opened or lodged at a named court, applications and summonses, a court that
/// "heard on Tuesday", interdicts and gagging orders, trebled awards, suits struck out or rebuffed, amicable
/// settlements. Each has a neighbour that must stay quiet.
struct CourtFilingWordingTests {
  @Test(arguments: [
    (
      "A Sharjah builder has opened a civil case at Dubai Courts against a hotel owner over unpaid invoices.",
      "civil.complaint_filed"
    ),
    (
      "Slater Gordon commenced a class action in the Federal Court on Monday on behalf of gig workers.",
      "civil.complaint_filed"
    ),
    (
      "A Leeds landlord launched a claim at the county court on Friday for unpaid rent.",
      "civil.complaint_filed"
    ),
    (
      "A derivative complaint captioned Ortiz v. Lane was filed in the Court of Chancery on May 2.",
      "civil.complaint_filed"
    ),
    (
      "The complaint, which the attorney general filed in Ramsey County last Tuesday, accuses the lender of fraud.",
      "civil.complaint_filed"
    ),
    (
      "The retailer said it had been named as a defendant in a lawsuit brought last month by former staff.",
      "civil.complaint_filed"
    ),
    (
      "Lawyers for the publisher lodged an application on Monday to have the libel claim struck out.",
      "civil.motion_filed"
    ),
    ("The owners moved for class certification on 3 March in the Northern District.", "civil.motion_filed"),
    (
      "Two conservation groups sought to intervene in the dam case in a motion filed on Friday.",
      "civil.motion_filed"
    ),
    (
      "The platform moved to transfer the lawsuit to Texas on Monday, citing its terms.", "civil.motion_filed"
    ),
    (
      "In a motion in limine filed on Sunday, the network asked the judge to exclude the survey.",
      "civil.motion_filed"
    ),
    (
      "The airline applied on Monday to have the case transferred to the Sydney registry.",
      "civil.motion_filed"
    ),
    (
      "The High Court in London heard on Tuesday that the fund had moved £40 million offshore.",
      "civil.hearing"
    ),
    (
      "District Judge Rowe heard the possession claim brought by the housing trust on Wednesday.",
      "civil.hearing"
    ),
    ("The case was heard on Thursday before the commercial court in Abidjan.", "civil.hearing"),
    ("Mr Justice Snowden found on Tuesday that the contract had been validly terminated.", "civil.ruling"),
    (
      "The decision, handed down on 7 June by the Superior Court, means the province cannot rely on the clause.",
      "civil.ruling"
    ),
    ("The Federal Court certified the proceeding as a class action last month.", "civil.ruling"),
    (
      "The Western Cape High Court on Monday granted an urgent interdict stopping the evictions.",
      "civil.injunction"
    ),
    (
      "The gagging order, obtained last month by the footballer, prevents the paper from naming him.",
      "civil.injunction"
    ),
    ("The Labour Court ordered the reinstatement on Thursday of 14 dock workers.", "civil.injunction"),
    (
      "Justice Moraes on Friday ordered the nationwide suspension of the messaging app for defying court orders.",
      "civil.injunction"
    ),
    ("The jury's $12 million award was trebled on Tuesday under state law.", "civil.judgment"),
    ("A county court judgment for £6,250 was registered against the builder last month.", "civil.judgment"),
    (
      "The $1.2 billion verdict, returned by a federal jury in Waco on Thursday, is among the largest on record.",
      "civil.judgment"
    ),
    (
      "The district court on Wednesday ordered four former directors of the utility to pay 13 trillion yen in damages.",
      "civil.judgment"
    ),
    ("A judge in Winnipeg rejected the band's suit against the utility on Wednesday.", "civil.dismissal"),
    (
      "The Bombay High Court on Tuesday dismissed the writ petition filed by the cement maker.",
      "civil.dismissal"
    ),
    ("The actress withdrew her libel claim against the tabloid on Tuesday.", "civil.dismissal"),
    ("Her claim of unfair dismissal failed at the Watford employment tribunal on Friday.", "civil.dismissal"),
    (
      "A High Court in Accra on Wednesday struck out the suit for want of diligent prosecution.",
      "civil.dismissal"
    ),
    (
      "Rebuffed by the Federal Court in Toronto on Tuesday, the advocates vowed to fight on.",
      "civil.dismissal"
    ),
    (
      "Credit bureau Veridian agreed on Tuesday to pay $18 million to settle the lawsuit brought by the city.",
      "civil.settlement"
    ),
    ("The family accepted an out-of-court settlement from the haulier on Thursday.", "civil.settlement"),
    (
      "The dispute over the film's rights was amicably settled on Wednesday, counsel told the court.",
      "civil.settlement"
    ),
    ("The growers' class action against the mill settled for A$19 million on Thursday.", "civil.settlement"),
  ])
  func aCivilStepInCourtReportersWords(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    (
      "Haddad spent six years at the Justice Department before she decided that the industry needed a startup.",
      "civil.ruling"
    ),
    (
      "Prosecutors asked for six years, arguing in a filing last month that the bribes were systematic.",
      "civil.motion_filed"
    ),
    ("The tenants will ask the judge to certify the case as a class action this fall.", "civil.ruling"),
    (
      "The company lodged an appeal against the competition authority's decision to block the merger.",
      "civil.injunction"
    ),
    ("Last month the judge dismissed an application to have the case struck out.", "civil.dismissal"),
    ("The firm tried to have the case thrown out last spring.", "civil.dismissal"),
    (
      "The court heard that the house had been empty for eight months before the squatters moved in.",
      "civil.hearing"
    ),
    ("The judge also ordered him to pay $6,400 in reparation to the farm's owners.", "civil.judgment"),
    (
      "The panel rejected the argument that the damages award relied on an improper royalty base.",
      "civil.judgment"
    ),
    (
      "The bank filed a patent application for the scanner in the European Patent Office last year.",
      "civil.motion_filed"
    ),
    ("The coast guard said it had interdicted two boats carrying migrants on Sunday.", "civil.injunction"),
  ])
  func theirNeighboursStayQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }
}
