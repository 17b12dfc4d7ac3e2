import EventRules
import Testing

/// Headlines tell the news in the present ("Jury convicts ex-trader of wire fraud", "Judge jails roofer for
/// two years", "Privacy watchdog fines pharmacy €2.75m"): each type's headline form yields its event. Their
/// neighbours (a phone charged, months got for free) stay quiet.
struct HeadlinePresentWordingTests {
  @Test(arguments: [
    ("Tenants sue landlord over mold in Elm Court apartments", "civil.complaint_filed"),
    ("State sues opioid distributor over pill flood", "civil.complaint_filed"),
    ("SEC charges solar developer with overstating pipeline", "regulatory.enforcement"),
    ("Prosecutors charge former mayor with bribery", "criminal.charge"),
    ("Regulator bans adviser from financial services for life", "regulatory.ban"),
    ("Judge blocks Texas social media law", "civil.injunction"),
    ("Judge tosses defamation suit against podcaster", "civil.dismissal"),
    ("Appeals court upholds $2 million verdict against hospital", "appeal.decided"),
    ("Appeals court overturns murder conviction of Gary man", "appeal.decided"),
    ("Jury convicts ex-trader of wire fraud", "criminal.conviction"),
    ("Jury acquits nurse of manslaughter", "criminal.acquittal"),
    ("Judge jails roofer for two years over fraud", "criminal.sentence"),
    ("Former CFO gets five years for accounting fraud", "criminal.sentence"),
    ("Police arrest man after Sahali stabbing", "criminal.arrest"),
    ("UK extradites hacker to United States", "criminal.extradition"),
    ("Regulator revokes licence of crypto exchange", "regulatory.license"),
    ("FCC pulls licenses of two radio stations", "regulatory.license"),
    ("U.S. blacklists Chinese drone maker", "regulatory.designation"),
    ("EU fines chip designer €300 million", "regulatory.penalty"),
    ("Hospital settles malpractice suit for $4 million", "civil.settlement"),
    ("Ex-CFO pleads guilty in accounting fraud", "criminal.plea"),
    ("Governor pardons man convicted as a teen", "criminal.pardon"),
    ("City appeals ruling on homeless camps", "appeal.filed"),
    ("Jury awards family $12 million in crash case", "civil.judgment"),
    ("Judge rules against city in records fight", "civil.ruling"),
    ("Police probe death of man in custody", "criminal.investigation"),
    ("Judge frees activist on bail", "criminal.release"),
    ("EU imposes new sanctions on Russian oil", "regulatory.sanctions"),
    ("Company asks judge to toss shareholder suit", "civil.motion_filed"),
    ("Privacy watchdog fines online pharmacy ZorgDirect €2.75m over ransomware breach", "regulatory.penalty"),
  ])
  func aHeadlineInThePresentYieldsItsEvent(headline: String, type: String) {
    #expect(eventTypes(headline).contains(type), "\(headline)")
  }

  @Test(arguments: [
    ("The intern got two years of experience in the newsroom.", "criminal.sentence"),
    ("She got three months for free after the promotion.", "criminal.sentence"),
    ("Police charge their phones with solar panels.", "criminal.charge"),
  ])
  func itsNeighbourStaysQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }
}
