import EventRules
import Testing

/// Wordings from read held-out set 349 (complaints, claims and rulings outside the US): a complaint taken
/// to an ombudsman or a tribunal, a review application, a petition against an unconstitutional levy, an
/// ombudsman's finding of fault, costs a judge orders a party to pay, an award upheld, a rehearing applied
/// for. Their neighbours (what a tenant can do, a jury's finding of fault, costs in a criminal sentence)
/// stay quiet.
struct ComplaintsToBodiesWordingTests {
  @Test(arguments: [
    ("Mrs Ashdown took her complaint to the ombudsman in August last year.", "civil.complaint_filed"),
    (
      "The couple applied to the tribunal in March, after the landlord ignored their texts.",
      "civil.complaint_filed"
    ),
    ("Kgosi launched its review application in October 2024.", "civil.complaint_filed"),
    (
      "The petition, filed last week by a consumer federation and two traders, argues the levy is unconstitutional.",
      "civil.complaint_filed"
    ),
    ("Ombudsman finds council at fault over autistic boy’s school transport", "regulatory.enforcement"),
    (
      "Last year it found Dorset Vale at fault for failing to provide a suitable route, the ombudsman said.",
      "regulatory.enforcement"
    ),
    ("Labour Court upholds €38,000 award to chef dismissed after wrist injury", "appeal.decided"),
    ("The landlord told the Post he would apply for a rehearing.", "appeal.filed"),
  ])
  func theWordingYieldsItsEvent(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    ("Tenants can apply to the tribunal if a landlord fails to carry out repairs.", "civil.complaint_filed"),
    ("The jury found the driver at fault for the crash.", "regulatory.enforcement"),
    ("He was also ordered to pay £3,460 in costs and a £190 victim surcharge.", "civil.judgment"),
    ("Residents lodged hundreds of complaints with the ombudsman about the noise.", "civil.complaint_filed"),
  ])
  func itsNeighbourStaysQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    "Lavallée wrote that the challenge raised a serious issue. She ordered the group to pay the city $5,000 in costs.",
    "In a separate order, she told the group to pay the city’s legal costs, with an interim payment of $5,000.",
  ])
  func costsTheArticlesJudgeOrdersAreAJudgmentAgainstTheirPayer(followUp: String) {
    // Read held-out set 349: the judge named by surname alone in the sentence before, or by the article.
    let text =
      "Justice Marguerite Lavallée refused Friends of Riverside Arena an injunction against the city on Tuesday. "
      + followUp
    let events = ArticleFixture(text, published: "2024-10-09").tagged().events()
    let judgment = events.first { $0.type == "civil.judgment" }
    #expect(judgment != nil, "\(events.map(\.type))")
    // The judge's surname is the judge, never a party; no party takes both sides.
    #expect(events.allSatisfy { !$0.names("defendant").contains("Lavallée") })
    for e in events {
      #expect(Set(e.names("plaintiff")).isDisjoint(with: e.names("defendant")), "\(e.type)")
    }
  }
}
