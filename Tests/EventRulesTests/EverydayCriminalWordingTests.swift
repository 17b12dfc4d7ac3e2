import EventRules
import Testing

/// Everyday newsroom wordings of criminal steps that a blind phrase bank (30 wordings per type, written
/// without the rules) showed unread: prison terms told as "locked up" or "caged", sentences other than
/// prison, arrests told as "nabbed" or "held on suspicion", and a trial told by what happens in it.
struct EverydayCriminalWordingTests {
  @Test(arguments: [
    "A Hull drug dealer was locked up for seven years at Hull Crown Court on Friday.",
    "A burglar who preyed on pensioners was caged for five years yesterday.",
    "A judge in Lusaka put the former mayor behind bars for eight years on Monday.",
    "The former accountant was sent to prison for four years on Tuesday for stealing from a charity.",
    "A special court awarded five years' rigorous imprisonment to a former clerk on Thursday.",
    "The teenager was ordered to be detained for three years at the High Court in Aberdeen.",
    "The 20-year-old was given 14 months in a young offender institution on Friday.",
    "The nurse was spared jail on Monday, receiving a sentence suspended for two years.",
    "Justice Hale set a non-parole period of 15 years when she jailed the man for life.",
    "Justice Mara Quinn imposed a 9-year term on the Regina man on Tuesday.",
  ])
  func aPrisonTermInEverydayWordsIsASentence(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.sentence"), "\(sentence)")
  }

  @Test(arguments: [
    "The Tacoma landlord was placed on two years' probation on Wednesday for tax fraud.",
    "The 44-year-old was given a 12-month community order at Derby Crown Court for assault.",
    "A magistrate ordered the driver to perform 200 hours of community service on Monday.",
    "A Cardiff cafe owner was fined £8,000 by magistrates on Tuesday after rats were found in his kitchen.",
  ])
  func aSentenceOtherThanPrisonIsASentence(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.sentence"), "\(sentence)")
    #expect(!eventTypes(sentence).contains("regulatory.penalty"), "\(sentence)")
  }

  @Test(arguments: [
    "Delhi Police nabbed three suspects from a hideout in Dwarka on Monday.",
    "Officers picked up the 22-year-old at a flat in Salford on Tuesday, police said.",
    "Police rounded up 11 suspects in dawn raids across Leeds on Thursday.",
    "A 31-year-old woman was being held on suspicion of murder last night, police said.",
    "A 16-year-old boy is in custody after a stabbing in Derby on Saturday, police said.",
    "The activist was seized by security agents outside his office on Monday.",
    "The robber was caught by police at a roadblock near Ballarat on Sunday.",
  ])
  func anArrestInEverydayWordsIsAnArrest(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.arrest"), "\(sentence)")
  }

  @Test(arguments: [
    "In closing arguments on Tuesday, prosecutors told jurors the nurse had poisoned two patients.",
    "Jury selection began on Monday in the murder trial of a Dallas police officer.",
    "A judge declared a mistrial on Friday after jurors said they could not agree.",
    "Taking the stand at his fraud trial on Wednesday, the banker denied seeing the data.",
    "The jury was told the accused had hidden the knife in a drain, at the murder trial in Leeds.",
  ])
  func aTrialToldByWhatHappensInItIsATrial(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.trial"), "\(sentence)")
  }

  @Test(arguments: [
    ("Ahmed Shah was slapped with four counts of wire fraud on Tuesday.", "criminal.charge"),
    ("Essex Police laid charges on Monday against a Basildon man after the crash.", "criminal.charge"),
    (
      "Hamburg prosecutors charged the former chief executive of the shipping line with fraud.",
      "criminal.charge"
    ),
    (
      "Simon Hale, 44, denied two counts of fraud when he appeared at Southwark Crown Court.", "criminal.plea"
    ),
    (
      "The driver admitted a charge of causing death by careless driving at Bristol Crown Court.",
      "criminal.plea"
    ),
    ("A special court in Patna held the former minister guilty on Thursday.", "criminal.conviction"),
    (
      "A court in Quito declared the journalist innocent of money laundering on Tuesday.",
      "criminal.acquittal"
    ),
    ("A federal court absolved the former minister on Wednesday of charges of fraud.", "criminal.acquittal"),
    (
      "Authorities in Tehran set free the French researcher on Monday after 18 months in detention.",
      "criminal.release"
    ),
    ("A Delhi court enlarged the journalist on bail on Thursday.", "criminal.release"),
    ("Thai police handed the businessman over to Chinese authorities on Tuesday.", "criminal.extradition"),
    (
      "The 34-year-old was flown from Lisbon to New York on Wednesday to face charges of fraud.",
      "criminal.extradition"
    ),
    ("The president amnestied 900 prisoners on Wednesday to mark Independence Day.", "criminal.pardon"),
    ("The governor granted a last-minute reprieve on Wednesday to a death row inmate.", "criminal.pardon"),
    (
      "FBI agents executed search warrants on Tuesday at the home of the county supervisor.",
      "criminal.investigation"
    ),
    (
      "Police said they were treating the death of a 52-year-old man as suspicious.", "criminal.investigation"
    ),
  ])
  func otherCriminalStepsInEverydayWords(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "Police detained the executive at his home in January on a European arrest warrant.",
    "The court found that the sheriff had not proved actual malice.",
    "The charity handed over the keys to the new shelter on Friday.",
    "Amnesty International criticised the verdict on Monday.",
  ])
  func neighboursOfThoseWordingsStayTheirOwnThing(sentence: String) {
    let types = eventTypes(sentence)
    #expect(!types.contains("criminal.extradition") && !types.contains("criminal.acquittal"), "\(sentence)")
    #expect(!types.contains("criminal.pardon"), "\(sentence)")
  }

  @Test(arguments: [
    "The rookie goalkeeper faced a trial by fire on his debut on Saturday.",
    "President Biden pardoned two turkeys at the White House on Monday.",
    "Rape conviction rates remain near record lows, Home Office figures show.",
    "The court heard that the company had cold-called dozens of pensioners.",
    "The closing statements of the two candidates came after a long debate on Tuesday.",
    "The charity rounded up 400 volunteers for the beach clean on Sunday.",
    "Custody of the children was shared after the divorce.",
  ])
  func theEverydaySensesStayQuiet(sentence: String) {
    #expect(
      yieldsNone(
        of: ["criminal.trial", "criminal.pardon", "criminal.conviction", "criminal.arrest"], sentence),
      "\(sentence)")
  }

  @Test func settingSomeoneFreeOrSettingAMinimumTermSchedulesNothing() {
    let freed = ArticleFixture(
      "Authorities in Tehran set free the French researcher on Monday after 18 months in detention.",
      published: "2016-01-22"
    ).tagged().events()
    #expect(freed.first { $0.type == "criminal.release" }?.status == .actual)
    #expect(freed.first { $0.type == "criminal.release" }?.date?.value == "2016-01-18")
    let jailed = ArticleFixture(
      "Justice Lesley Taylor set a non-parole period of 18 years on Thursday when she jailed the man for life.",
      published: "2016-03-11"
    ).tagged().events()
    #expect(jailed.first { $0.type == "criminal.sentence" }?.date?.value == "2016-03-10")
  }

  @Test(arguments: [
    (
      "Mexican marines captured a suspected leader of the Gulf cartel in Tamaulipas earlier this month.",
      "criminal.arrest"
    ),
    ("Deputies booked a 38-year-old Lakeland woman into the Polk County Jail on Nov. 19.", "criminal.arrest"),
    (
      "A federal judge in Newark handed a former township mayor 46 months in prison Thursday for bribery.",
      "criminal.sentence"
    ),
    (
      "Magistrates gave the protester a 12-month conditional discharge on Thursday for obstructing the highway.",
      "criminal.sentence"
    ),
    (
      "A jury was sworn in at the Old Bailey on Monday to try a 26-year-old man accused of plotting an attack.",
      "criminal.trial"
    ),
    (
      "Prosecutors rested their case Thursday against the former state senator accused of steering grants.",
      "criminal.trial"
    ),
    (
      "Reality TV star Jordan Pace was cleared of all charges by a jury at Southwark Crown Court yesterday.",
      "criminal.acquittal"
    ),
    (
      "The Parole Board voted 8-4 on Dec. 3 to parole a man who has been behind bars since 1981.",
      "criminal.release"
    ),
    (
      "Mumbai Police brought back an aide of a Dubai-based gang leader from the UAE on July 14.",
      "criminal.extradition"
    ),
    (
      "A 1,200-page chargesheet naming 14 accused was submitted before the court on July 20.",
      "criminal.charge"
    ),
    ("The Tamil Nadu Governor on Thursday granted remission to 1,000 life convicts.", "criminal.pardon"),
    (
      "The Bondi man, who was facing 23 charges, copped to five of them in Local Court on Wednesday.",
      "criminal.plea"
    ),
  ])
  func secondRoundWordings(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    (
      "Milan prosecutors on Thursday placed three former directors of the bank under investigation for false accounting.",
      "criminal.investigation"
    ),
    (
      "Police in Dakar on Thursday picked up the opposition activist at his home, his lawyer said.",
      "criminal.arrest"
    ),
    (
      "The Justice Department unsealed charges on Wednesday against three intelligence officers.",
      "criminal.charge"
    ),
    (
      "Appearing at Swindon Crown Court on Tuesday, the 24-year-old admitted causing death by careless driving.",
      "criminal.plea"
    ),
    (
      "The airline was tried in absentia before a criminal court in Istanbul on Monday over the crash.",
      "criminal.trial"
    ),
  ])
  func thirdRoundWordings(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test func anArraignmentStaysAPleaAndAnAgencysChargeStaysItsOwn() {
    let types = eventTypes(
      "Villaseñor is due to be arraigned before a U.S. magistrate judge in San Antonio on Monday.")
    #expect(types.contains("criminal.plea"))
    #expect(!types.contains("criminal.charge"))
  }
}
