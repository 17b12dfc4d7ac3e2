import EventRules
import Testing

/// Steps as the fifth phrase bank's registers tell them: legal-proceedings notes of annual reports, the
/// parties' own quotes, headline decks, encyclopedic timelines and local broadcast copy. Each has a neighbour
/// that must stay quiet.
struct FilingsQuotesAndBroadcastWordingTests {
  @Test(arguments: [
    (
      "On 17 December 2013, proceedings were issued in the High Court against the Group.",
      "civil.complaint_filed"
    ),
    ("The freight firm took the port to Pierce County Superior Court on Monday.", "civil.complaint_filed"),
    (
      "In October 2020, the Group made an application to the High Court for a stay of the claim.",
      "civil.motion_filed"
    ),
    ("Its lawyers filed for summary judgment Monday in the chairlift accident case.", "civil.motion_filed"),
    ("Oral argument on the cross-motions for summary judgment took place on May 9, 2019.", "civil.hearing"),
    ("The retrial took place at Kingston Crown Court in October 2012.", "criminal.trial"),
    (
      "On September 14, 2022, the Court of Chancery issued a memorandum opinion in the merger dispute.",
      "civil.ruling"
    ),
    ("In 2017, Mr Justice Pellow found the patent invalid for obviousness.", "civil.ruling"),
    (
      "In May 2012 the High Court made an order restraining the defendants from trading under the name.",
      "civil.injunction"
    ),
    ("A judge granted an order of protection for the councilwoman on Monday.", "civil.injunction"),
    ("2 June 2016 – Judgment entered for the plaintiffs in the sum of A$17.5 million.", "civil.judgment"),
    ("In 2008 the Superior Court assessed damages at $1.3 million in the libel case.", "civil.judgment"),
    (
      "A spokesman said the firm was pleased after a federal judge threw out the class action.",
      "civil.dismissal"
    ),
    (
      "Both actions were discontinued by the claimants in February 2011, before reaching trial.",
      "civil.dismissal"
    ),
    (
      "The company today executed a deed of settlement with the Commonwealth over the Federal Court proceedings.",
      "civil.settlement"
    ),
    (
      "The council approved a $2.4 million payment on Monday to end the lawsuit over the sewer backup.",
      "civil.settlement"
    ),
    (
      "On January 6, 2020, the plaintiffs filed a petition for a writ of certiorari with the Supreme Court.",
      "appeal.filed"
    ),
    (
      "The company has filed a Special Leave Petition before the Supreme Court on 14 November 2023.",
      "appeal.filed"
    ),
    ("On October 3, 2022, the Supreme Court denied the company's petition for certiorari.", "appeal.decided"),
    ("Her brother's conviction was quashed by the Court of Appeal in London on Thursday.", "appeal.decided"),
    ("Leave to appeal was refused by the Supreme Court of Appeal in 2012.", "appeal.decided"),
    (
      "On October 3, 2014, the RCMP laid charges against the company and two former employees.",
      "criminal.charge"
    ),
    ("The Director of Public Prosecutions entered a nolle prosequi in September 2014.", "criminal.charge"),
    (
      "Prosecutors on Thursday charged the company and its former master with manslaughter.",
      "criminal.charge"
    ),
    ("The court handed down a verdict of guilty on the fraud charges on 12 May 2020.", "criminal.conviction"),
    ("On January 14, 2022, the court rendered a verdict of not guilty on all charges.", "criminal.acquittal"),
    ("June 2013 – All four officers are cleared by a military tribunal in Ankara.", "criminal.acquittal"),
    ("In 2004 a Nairobi court condemned Oduya to death for robbery with violence.", "criminal.sentence"),
    (
      "Sentencing of the company's former chief financial officer has been set for July 26, 2023.",
      "criminal.sentence"
    ),
    ("Metro Police now have a suspect in custody in the home invasion.", "criminal.arrest"),
  ])
  func aStepInTheseRegisters(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    ("I charged my e-bike there Thursday with no problems.", "criminal.charge"),
    ("A hearing on the restraining order is scheduled for June 28.", "civil.injunction"),
    ("He was arrested for violating a restraining order last week.", "civil.injunction"),
    (
      "A year later, the firm agreed to pay a $35 million civil penalty to resolve the agency's case.",
      "civil.settlement"
    ),
    ("The firm tried to have the case thrown out last spring.", "civil.dismissal"),
  ])
  func theirNeighboursStayQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }
}
