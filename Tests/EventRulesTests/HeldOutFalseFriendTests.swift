import EventRules
import Testing

/// Wordings from read held-out sets 135 and 136: a hospital discharge, settled law, a fishing village and
/// jail records are no legal step; a release on bond and a plea hearing are.
struct HeldOutFalseFriendTests {
  @Test(arguments: [
    (
      "He had a stent placed the next morning and was released from the hospital five days later.",
      "criminal.release"
    ),
    ("The court applied settled case law to the facts.", "civil.settlement"),
    ("That is settled law, the judge said.", "civil.settlement"),
    (
      "Lunch is grilled fish on a beach below a fishing settlement where kids play on a concrete basketball court.",
      "civil.settlement"
    ),
    ("The court records were released on Tuesday after a judge unsealed the file.", "criminal.release"),
    ("She was placed on the sex offender register in 2015.", "regulatory.designation"),
    ("The club's three-day inspection of the new stadium pitch ended on Friday.", "regulatory.enforcement"),
    ("But management charged ahead with cost cuts in August.", "criminal.charge"),
    ("Reporters began asking questions about the mayor's trip.", "regulatory.enforcement"),
    ("The European Commission opened an investigation into Tulpa in 2019.", "criminal.investigation"),
    ("B.C. Court of Appeal upholds injunction against Kesla Valley logging blockade", "civil.injunction"),
    (
      "The panel found the chambers judge had correctly applied the test for an interlocutory injunction.",
      "civil.injunction"
    ),
    ("The deal does not resolve a separate lawsuit filed by 23 residents last fall.", "civil.settlement"),
    (
      "Boards' challenges of sales data are likely to be subjects of supervisory review next year.",
      "regulatory.enforcement"
    ),
    (
      "Magistrates banned him from driving for 20 months and suspended his driving licence.",
      "regulatory.license"
    ),
    // Read held-out sets 92, 103, 115 and 116: a kabaddi raid, a prosecutors' squad, a regulator's inquiry.
    (
      "Late super raid helps Patna Thunder arrest their slide as Pune's review appeal falls flat",
      "criminal.investigation"
    ),
    (
      "The Tokyo District Public Prosecutors Office's special investigation squad also indicted Kirameki itself.",
      "criminal.investigation"
    ),
    (
      "Following an investigation, the Environment Agency charged Fenland Skip Hire with 4 offences.",
      "criminal.investigation"
    ),
    (
      "Cost cap auditors opened a formal inquiry into Vanterra's 2023 accounts in June.",
      "criminal.investigation"
    ),
  ])
  func itsFalseFriendYieldsNoEvent(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aReleaseTheJailRecordsTellIsARelease() {
    let sentence =
      "Mendez was released late Wednesday after posting a $25,000 bond, according to online jail records."
    #expect(eventTypes(sentence) == ["criminal.release"])
  }

  @Test func aPleaAndTrialPreparationHearingIsAPleaNotATrial() {
    let types = eventTypes(
      "Keane is due to appear at Chester Crown Court for a plea and trial preparation hearing on August 8.")
    #expect(types == ["criminal.plea"])
  }
}
