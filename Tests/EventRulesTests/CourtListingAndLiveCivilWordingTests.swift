import EventRules
import Testing

/// Civil steps as court listings, live blogs, translated copy and trade press tell them (the fourth phrase
/// bank): claims issued and claim forms, courts approached, applications issued to set aside, Markman and
/// directions hearings, judges who grant or reject in the present tense, TROs and freezing orders obtained,
/// judgments for a claimant. Each has a neighbour that must stay quiet.
struct CourtListingAndLiveCivilWordingTests {
  @Test(arguments: [
    ("The former groundsman issued a claim against the club in January 2003.", "civil.complaint_filed"),
    (
      "Owners of the bulk carrier have issued a claim form in the Admiralty Court against the charterers.",
      "civil.complaint_filed"
    ),
    (
      "The farmers' association has gone to the court on Monday against the county government.",
      "civil.complaint_filed"
    ),
    (
      "Residents have approached the civil court in Pune with a suit against the builder on Tuesday.",
      "civil.complaint_filed"
    ),
    (
      "Hanseong Electronics has raised a lawsuit against its former supplier on 28 May.",
      "civil.complaint_filed"
    ),
    (
      "The contractor has started TCC proceedings against the hospital trust over the stalled scheme.",
      "civil.complaint_filed"
    ),
    (
      "A coverage action commenced in the Southern District of New York on 2 February seeks a declaration.",
      "civil.complaint_filed"
    ),
    (
      "The insurer has issued a Part 24 application against the policyholder in the Commercial Court.",
      "civil.motion_filed"
    ),
    (
      "The owners applied to the Commercial Court on 3 May to set aside the order permitting service.",
      "civil.motion_filed"
    ),
    ("The employer has made an application to the tribunal for a deposit order.", "civil.motion_filed"),
    (
      "The school board's attorneys have asked Judge Ortiz to sanction the parents' lawyer.",
      "civil.motion_filed"
    ),
    (
      "The Markman hearing in the patent case took place in the Western District of Texas on 12 May.",
      "civil.hearing"
    ),
    ("Tomorrow's directions hearing in the estate dispute has been moved to 2pm.", "civil.hearing"),
    (
      "The limitation hearing for the ship's owners is fixed for 15 October in the Admiralty Court.",
      "civil.hearing"
    ),
    ("The court sat yesterday to hear the witnesses in the inheritance dispute.", "civil.hearing"),
    ("BREAKING: Judge rejects the publisher's bid to have the defamation suit thrown out.", "civil.ruling"),
    ("2:47pm: Justice Moran grants the adjournment in the contract case.", "civil.ruling"),
    ("Harrow v. Pine Valley Resort: class certified Monday by Judge R. Delgado.", "civil.ruling"),
    ("The court issued its claim construction order on Tuesday.", "civil.ruling"),
    (
      "At a preliminary hearing on 3 October, the employment tribunal found that the courier was a worker.",
      "civil.ruling"
    ),
    (
      "TRO issued Feb. 3 barring the homeowners' association from towing residents' vehicles.",
      "civil.injunction"
    ),
    ("The reinsurer was injuncted on Friday from drawing down the letter of credit.", "civil.injunction"),
    (
      "A court in Düsseldorf issued interim measures on Tuesday compelling the platform to keep the app listed.",
      "civil.injunction"
    ),
    ("Judgment for plaintiff, $18,450, in Crowley v. Bayside Auto Repair, entered Aug. 7.", "civil.judgment"),
    ("The tribunal condemned the newspaper to pay 30,000 euros of damages to the actress.", "civil.judgment"),
    (
      "The First-tier Tribunal has made a rent repayment order of £23,000 against the landlord.",
      "civil.judgment"
    ),
    ("The jury handed the farmers a $9 million verdict in the winter of 2012.", "civil.judgment"),
  ])
  func aCivilStepInListingAndLiveWords(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    (
      "Six opposition parties began impeachment proceedings against the president this week.",
      "civil.complaint_filed"
    ),
    ("He was indicted in December, according to court papers unsealed after his arrest.", "civil.ruling"),
    ("According to a notice filed in Superior Court, the two sides have reached a deal.", "civil.ruling"),
    ("The show's fictional magistrate hands down her verdict every week.", "civil.judgment"),
    ("Lawyers say freezing orders have become a standard first step in crypto disputes.", "civil.injunction"),
  ])
  func theirNeighboursStayQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aHearingListedAheadStaysScheduled() {
    let events = ArticleFixture(
      "The appeal is listed for mention before Judge Kinsella on 24 April.", published: "2023-04-10"
    )
    .tagged().events()
    #expect(events.first { $0.type == "civil.hearing" }?.status == .scheduled)
  }
}
