import EventRules
import Testing

/// Everyday news wordings of criminal cases: custody taken, surrender, charges filed, acquittal told as
/// "not guilty" or "cleared", time to serve, release ordered or on bond; and their everyday false friends.
struct CriminalNewsWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("Deputies took the driver into custody on Sunday.", "criminal.arrest"),
    ("The teenager was booked into the county jail on Friday.", "criminal.arrest"),
    ("Troopers apprehended the suspect near the border.", "criminal.arrest"),
    ("The suspect turned himself in to police on Monday.", "criminal.arrest"),
    ("The sheriff says detectives are investigating the fire as arson.", "criminal.investigation"),
    ("The firm received a grand jury subpoena last year.", "criminal.investigation"),
    ("The prosecutor filed charges against the contractor.", "criminal.charge"),
    ("The district attorney filed a criminal complaint against the landlord.", "criminal.charge"),
    ("A jury found the pharmacist not guilty.", "criminal.acquittal"),
    ("The jury cleared the guard of manslaughter.", "criminal.acquittal"),
    ("He was ordered to serve two years of probation.", "criminal.sentence"),
    ("The smuggler was jailed for nine years in 2018.", "criminal.sentence"),
    ("The former treasurer got eight years in prison.", "criminal.sentence"),
    ("The magistrate ordered the fisherman released from detention.", "criminal.release"),
    ("The activist was released on $20,000 bond.", "criminal.release"),
    ("He was granted parole in 2016.", "criminal.release"),
    ("Her sentence was commuted in 2019.", "criminal.pardon"),
  ])
  func aCommonCriminalWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    "The shelter took the stray dogs into custody of its volunteers.",
    "He booked into a hotel near the station.",
    "The lifeguard turned himself in to the beach office to report the leak.",
    "The phone company filed charges for the roaming calls.",
    "The teacher ordered the pupils released early for the holiday.",
    "She got ten years in the business before retiring.",
    "He has been imprisoned for months now by his own doubts.",
    "The plow cleared the road of debris.",
  ])
  func theEverydaySenseOfTheseWordsYieldsNothing(sentence: String) {
    #expect(types(sentence).isEmpty, "\(sentence)")
  }

  @Test func theNotGuiltyFindingIsAnAcquittalNotAConviction() {
    let found = types("A jury found the pharmacist not guilty.")
    #expect(!found.contains("criminal.conviction"))
  }
}
