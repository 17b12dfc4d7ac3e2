import EventRules
import Testing

/// Wordings of sanctions-and-bans reporting and of regulators' steps: export bans imposed, bars told with
/// their length, investigations closed, provisional findings, refunds directed, re-listings, charges under
/// an Act, and the maximum a defendant faces when fines and prison come together.
struct BanAndRegulatorStepWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    ("A ban on maize exports imposed in 2021 stayed in place for more than a year.", "regulatory.ban"),
    ("The ban was first imposed in September after a poor harvest.", "regulatory.ban"),
    (
      "FIFA's disciplinary committee barred the club on July 11 from registering new players.",
      "regulatory.ban"
    ),
    ("In 2019 the bank's integrity office barred Volta Crest Engineering for 18 months.", "regulatory.ban"),
    (
      "Ofcom said on Monday that it had closed its investigation into Halden Broadband.",
      "regulatory.enforcement"
    ),
    (
      "In May, the regulator sent the company a provisional notification of its findings.",
      "regulatory.enforcement"
    ),
    ("The regulator has also directed Brightline to refund the difference.", "regulatory.enforcement"),
    (
      "The Council re-listed him on the sanctions list in September on different grounds.",
      "regulatory.designation"
    ),
    ("The court rejected that argument in January 2023.", "civil.ruling"),
    (
      "Police arrested three drivers, and the three were charged the following day under the Control of Goods Act.",
      "criminal.charge"
    ),
    (
      "If convicted, they face fines of up to 2 million kwacha and five years in prison.", "criminal.sentence"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test(arguments: [
    (
      "AMSA inspectors boarded the Ocean Lyra at Port Hedland on 27 May after receiving a complaint.",
      "regulatory.enforcement"
    ),
    ("The examination began in the spring of 2021, the insurance department said.", "regulatory.enforcement"),
    (
      "The business had been issued with an Improvement Notice in March, the FSAI said.",
      "regulatory.enforcement"
    ),
    (
      "The discipline panel found that Petrovic had committed professional misconduct.",
      "regulatory.enforcement"
    ),
    ("Greystone has been given a formal warning by the Gambling Commission.", "regulatory.enforcement"),
    (
      "In March 2021 the college imposed interim terms on his licence barring him from prescribing opioids.",
      "regulatory.license"
    ),
    ("BitLantern has requested an administrative hearing to contest the suspension.", "appeal.filed"),
    (
      "Last month another builder, Ardent Homes, was convicted and fined $250,000 in the County Court.",
      "criminal.sentence"
    ),
  ])
  func anInspectorsOrProfessionalRegulatorsStepYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test func sanctionsOnNamedCompaniesOrPeopleAreADesignationAndOnACountryAreSanctions() {
    #expect(
      types("The United States on Tuesday imposed sanctions on nine companies and three individuals.")
        == ["regulatory.designation"])
    #expect(
      types("U.S. sanctions Dubai fuel brokers accused of breaching Russian oil price cap") == [
        "regulatory.designation"
      ])
    #expect(types("The EU imposed sanctions on Russia on Monday.") == ["regulatory.sanctions"])
    #expect(
      !types("New sanctions on Russian banks could hurt European companies.").contains(
        "regulatory.designation"))
    // A sanctions office's name is no sanctions step.
    #expect(
      types(
        "The Office of Financial Sanctions Implementation on 4 June imposed a £465,000 monetary penalty on a broker."
      )
        == ["regulatory.penalty"])
  }

  @Test func aProfessionalOrSafetyRegulatorsInquiryIsEnforcement() {
    #expect(
      types("WorkSafe then launched an investigation, which found the void had been left uncovered.") == [
        "regulatory.enforcement"
      ])
    #expect(
      types("The College of Physicians and Surgeons began investigating him in 2020.").contains(
        "regulatory.enforcement"))
  }

  @Test func aShipDetainedByAnAuthorityIsAnEnforcementStepNotAnArrest() {
    let found = types(
      "The ship was detained at Gladstone in 2018 over defective equipment, the maritime authority said.")
    #expect(found == ["regulatory.enforcement"])
    #expect(
      !types("In March 2021 the college imposed interim terms on his licence.").contains("criminal.sentence"))
  }

  @Test func aFineImposedAtACourtIsASentenceAndByARegulatorAPenalty() {
    #expect(
      types("In 2019, Wolds Recycling Ltd was fined £45,000 at Boston Magistrates' Court.") == [
        "criminal.sentence"
      ])
    #expect(
      types("The bank was fined £2m by the Financial Conduct Authority in 2019.") == ["regulatory.penalty"])
  }

  @Test func finesFacedBesidePrisonAreNoRegulatorsPenalty() {
    #expect(
      !types("If convicted, they face fines of up to 2 million kwacha and five years in prison.").contains(
        "regulatory.penalty"))
  }
}

/// Wordings of technology and competition enforcement and litigation from read held-out set 119: proceedings
/// opened and decisions that order, notices of intent, fines challenged, representative claims, a matter
/// first heard, an order a court declines to pass, and a supreme court's judgment named as precedent.
struct TechEnforcementWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    (
      "Brussels opened non-compliance proceedings against the company in March last year.",
      "regulatory.enforcement"
    ),
    (
      "The Commission's decision also orders Novaterra to remove the contested clauses within 60 days.",
      "regulatory.enforcement"
    ),
    (
      "In May, the ICO served a notice of intent proposing a penalty of £9.5 million.",
      "regulatory.enforcement"
    ),
    ("Tessera has challenged that fine, and the case is pending at the Seoul High Court.", "appeal.filed"),
    (
      "In the spring, Hallam Digital Rights issued a representative claim on behalf of the customers.",
      "civil.complaint_filed"
    ),
    (
      "When the matter was first heard on April 26, the court declined to pass any ex parte order.",
      "civil.hearing"
    ),
    (
      "When the matter was first heard on April 26, the court declined to pass any ex parte order.",
      "civil.injunction"
    ),
    (
      "Such claims have struggled since the Supreme Court's judgment in Lloyd v Google in November 2021.",
      "appeal.decided"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }
}

/// Wordings from read held-out set 120 (labour, immigration and civil-rights cases).
struct LabourAndImmigrationWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    (
      "But the Board of Immigration Appeals ruled last year that the pardon made no difference.",
      "appeal.decided"
    ),
    ("The union filed unfair labor practice charges with the NLRB in November.", "civil.complaint_filed"),
    (
      "Mr. Tambor had surrendered to investigators from the district attorney's office on Wednesday.",
      "criminal.arrest"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test func aUnionsChargesAreNoRegulatorsStep() {
    #expect(
      !types("The union filed unfair labor practice charges with the NLRB in November.").contains(
        "regulatory.enforcement"))
  }
}
