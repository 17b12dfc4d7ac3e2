import EventRules
import Testing

/// Criminal steps in the registers of the fourth phrase bank: police logs and court listings, English
/// translated from other languages, live blogs and long retrospectives. Each has a neighbour that must stay
/// quiet.
struct PoliceLogAndTranslatedWordingTests {
  @Test(arguments: [
    (
      "Mthatha police have opened a case of robbery after a taxi driver was held up on Monday.",
      "criminal.investigation"
    ),
    (
      "The Investigative Committee has initiated a criminal case over the roof collapse on Wednesday.",
      "criminal.investigation"
    ),
    (
      "The prosecutor ordered on Friday the opening of a judicial information into the port's accounts.",
      "criminal.investigation"
    ),
    (
      "In the summer of 2013 the attorney general's office empanelled a grand jury to look at the contracts.",
      "criminal.investigation"
    ),
    ("Officers executed search warrants at two warehouses in Bolton on Thursday.", "criminal.investigation"),
    (
      "The major crime section is investigating a suspicious death on Granville Street.",
      "criminal.investigation"
    ),
    (
      "Police in Shenzhen have taken criminal compulsory measures against 12 suspects on 20 May.",
      "criminal.arrest"
    ),
    (
      "Police on Sunday executed the order of temporary detention against the timber company's director.",
      "criminal.arrest"
    ),
    ("NYPD says a suspect is in custody in connection with this morning's stabbing.", "criminal.arrest"),
    (
      "His freedom lasted until the spring of 2011, when Kenyan police seized him at a roadblock.",
      "criminal.arrest"
    ),
    (
      "Fraud squad detectives swooped on a tow-truck operator at Bankstown last Wednesday.", "criminal.arrest"
    ),
    (
      "The special prosecutor took the bank's former chief executive into custody in May 2010.",
      "criminal.arrest"
    ),
    (
      "Kevin Marr, 22, was cited for shoplifting at the store on Route 9 by police on Feb. 17.",
      "criminal.charge"
    ),
    ("A charge of assault against Darren Kett was withdrawn by the CPS on Friday.", "criminal.charge"),
    (
      "On Friday the procuratorate instituted public prosecution against the former vice-mayor.",
      "criminal.charge"
    ),
    (
      "The Manhattan district attorney filed 12 felony counts against the fund manager on Tuesday.",
      "criminal.charge"
    ),
    ("By late 2005 the grand jury had returned a true bill against the officer.", "criminal.charge"),
    ("In July 1998 the police formally accused the owner of the cinema of manslaughter.", "criminal.charge"),
    (
      "Owen Fitch, 61, entered no contest to disorderly conduct in municipal court on Aug. 14.",
      "criminal.plea"
    ),
    (
      "The former minister has recognized his guilt before the Anti-Corruption Court on Monday.",
      "criminal.plea"
    ),
    ("The accused confessed to all the acts in the indictment at the court on Monday.", "criminal.plea"),
    ("The director tendered a plea of guilt on 12 October to 30 charges.", "criminal.plea"),
    ("The owner admitted the violations at a change-of-plea hearing on Nov. 14.", "criminal.plea"),
    ("She pleaded nolo contendere in 1997 and served her 18 months quietly.", "criminal.plea"),
    ("Callum Reid admitted a breach of the peace at Dunfermline Sheriff Court on Monday.", "criminal.plea"),
    (
      "When the case finally came to trial in the autumn of 1987, the courtroom was crowded.",
      "criminal.trial"
    ),
    ("The prosecution has rested its case in the manslaughter trial.", "criminal.trial"),
    (
      "Since Thursday the 42-year-old must answer before the regional court for the attack.", "criminal.trial"
    ),
  ])
  func aCriminalStepInTheseRegisters(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    ("The manager said HR never opened a file on the complaint.", "criminal.investigation"),
    ("The firm had repaid members before the case came to trial.", "criminal.trial"),
    ("The firefighter was cited for bravery by the mayor on Monday.", "criminal.charge"),
    ("The utility charges customers for meter reading on their bills.", "criminal.charge"),
    ("He accepted his award and thanked the court staff.", "criminal.plea"),
    ("The jury is still out on the new charger's range.", "criminal.trial"),
  ])
  func theirNeighboursStayQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }
}
