import EventRules
import Testing

/// Steps as the sixth phrase bank's registers tell them: press releases, law-firm alerts, newsletter bullets,
/// long feature sentences that tell the step in a relative clause or an appositive, and celebrity and sports
/// news. Each has a neighbour that must stay quiet.
struct PressReleaseAndBulletinWordingTests {
  @Test(arguments: [
    (
      "A shareholder suit was commenced on 2 May in federal court in Manhattan against the drugmaker.",
      "civil.complaint_filed"
    ),
    (
      "The complaint, lodged in the Commercial Court in early March, accuses the broker of hiding fees.",
      "civil.complaint_filed"
    ),
    (
      "The residents' association instituted a suit at the Lagos High Court on Tuesday over the demolitions.",
      "civil.complaint_filed"
    ),
    (
      "The rugby club has issued a High Court claim against its former kit supplier for £3m.",
      "civil.complaint_filed"
    ),
    (
      "Drivers brought a putative class action in state court in Oakland on Monday over unpaid tips.",
      "civil.complaint_filed"
    ),
    (
      "The insurer sought to disqualify the plaintiffs' expert on Friday, court papers show.",
      "civil.motion_filed"
    ),
    (
      "The developer applied for summary judgment in the Durban High Court on Thursday.", "civil.motion_filed"
    ),
    (
      "Lawyers for the singer urged a judge on Monday to toss the breach-of-contract suit.",
      "civil.motion_filed"
    ),
    (
      "The bank's lawyers asked the judge in May to let it amend its defence in the fraud case.",
      "civil.motion_filed"
    ),
    (
      "The county's lawyers argued before the Court of Appeals on Tuesday that the ordinance is valid.",
      "civil.hearing"
    ),
    (
      "Oral argument in the zoning case has been calendared for June 3 before the state Supreme Court.",
      "civil.hearing"
    ),
    ("The dispute over the lighthouse came before the Land Court in Boston on Wednesday.", "civil.hearing"),
    ("Judge Marlow heard arguments on Thursday in the lawsuit over the toll increases.", "civil.hearing"),
    (
      "A federal judge granted class certification on Monday in the lawsuit over overdraft fees.",
      "civil.ruling"
    ),
    ("A Vancouver judge on Friday certified the drivers' suit as a class proceeding.", "civil.ruling"),
    (
      "Justice Ndlovu on 4 June set aside the default judgment against the transport company.", "civil.ruling"
    ),
    (
      "The council obtained a High Court order on Tuesday requiring the landlord to restore the lifts within a week.",
      "civil.injunction"
    ),
    (
      "The startup was told by a Munich court on Thursday to stop selling the scooters in Germany.",
      "civil.injunction"
    ),
    (
      "A Chennai court order passed last month has restrained the producers from releasing the film.",
      "civil.injunction"
    ),
    (
      "The nurse was awarded $4.1 million by a Fulton County jury on Friday in her retaliation case.",
      "civil.judgment"
    ),
    ("The fisherman was granted $380,000 in damages by a jury in Juneau in March.", "civil.judgment"),
    (
      "The Ontario Superior Court on Monday hit the contractor with $1.6 million in damages over the flooded basements.",
      "civil.judgment"
    ),
    (
      "The $8 million award, which a jury in Omaha handed the farmers in June, has not been paid.",
      "civil.judgment"
    ),
    (
      "The judge's ruling on Tuesday disposed of all the remaining claims in the pension lawsuit.",
      "civil.dismissal"
    ),
    ("The suit, which a judge in Fresno dismissed in April, was the growers' last hope.", "civil.dismissal"),
    ("The Delhi High Court on Monday found the defamation suit not maintainable.", "civil.dismissal"),
    (
      "The two chipmakers said on Monday they had resolved all pending patent litigation between them.",
      "civil.settlement"
    ),
    (
      "The proceedings were stayed under a Tomlin order on 9 March after the parties agreed terms.",
      "civil.settlement"
    ),
    (
      "The county will pay $310,000 to end a deputy's discrimination lawsuit, supervisors agreed on Tuesday.",
      "civil.settlement"
    ),
    (
      "The settlement, which the school board reached with the families in January to end their lawsuit, included an apology.",
      "civil.settlement"
    ),
    (
      "The state will seek review in the Supreme Court of the ruling that struck down the map, the attorney general said on Monday.",
      "appeal.filed"
    ),
    (
      "The retailer filed papers with the Court of Appeal on Thursday challenging the damages award.",
      "appeal.filed"
    ),
    ("The tenant cross-appealed on 3 May, challenging the reduction of her award.", "appeal.filed"),
    (
      "The Michigan Supreme Court declined to review the decision on Friday, ending the utility's challenge.",
      "appeal.decided"
    ),
    (
      "The Supreme Court of Appeal sent the case back to the High Court on Tuesday for a fresh hearing.",
      "appeal.decided"
    ),
    (
      "The Supreme Court on Wednesday dismissed the builder's plea against the High Court's order in the dispute.",
      "appeal.decided"
    ),
    (
      "Prosecutors in Denver convened a grand jury on Monday to hear evidence about the shooting.",
      "criminal.investigation"
    ),
    (
      "The former treasurer was picked up by state police on Thursday on embezzlement allegations.",
      "criminal.arrest"
    ),
    ("A 41-year-old man was held on suspicion of burglary on Sunday, police said.", "criminal.arrest"),
    (
      "A grand jury returned an indictment on Tuesday charging the former clerk with theft.",
      "criminal.charge"
    ),
    (
      "The prosecution service commenced criminal proceedings against the ferry operator on 3 May.",
      "criminal.charge"
    ),
    (
      "The district attorney filed a felony complaint on Friday accusing the contractor of elder abuse.",
      "criminal.charge"
    ),
    (
      "Prosecutors levelled three counts of fraud against the former bank manager on Monday.",
      "criminal.charge"
    ),
    (
      "Mr Dale, who admitted manslaughter at the Old Bailey in June, wrote to the family from prison.",
      "criminal.plea"
    ),
    (
      "The prosecution rested on Wednesday after calling 19 witnesses, and the defence will open its case on Monday.",
      "criminal.trial"
    ),
    (
      "Jurors retired to consider their verdict on Friday in the murder trial of the nightclub owner.",
      "criminal.trial"
    ),
    ("A jury was sworn in on Tuesday for the fraud trial of the former mayor.", "criminal.trial"),
    ("A Madrid court on 3 March found the former winger guilty of tax fraud.", "criminal.conviction"),
    ("Magistrates in Kowloon ruled the activist not guilty of rioting on Monday.", "criminal.acquittal"),
    (
      "Since her acquittal at Leeds Crown Court on 9 May, she has rarely spoken to reporters.",
      "criminal.acquittal"
    ),
    ("A judge in Abuja on Friday jailed a fake pastor for nine years for fraud.", "criminal.sentence"),
    (
      "A federal judge gave the rapper eight years behind bars on Wednesday for the robberies.",
      "criminal.sentence"
    ),
    (
      "The former senator was moved to home confinement on 3 April, the Bureau of Prisons said.",
      "criminal.release"
    ),
    (
      "The councillor bonded out of the county jail on Saturday after a judge set bail at $20,000.",
      "criminal.release"
    ),
    (
      "A Spanish court agreed on Monday to send the producer to the United States to face drug charges.",
      "criminal.extradition"
    ),
    (
      "The State Department named the militia leader a Specially Designated Global Terrorist on Tuesday.",
      "regulatory.designation"
    ),
    (
      "Canada listed the gang as a terrorist entity under the Criminal Code on Thursday.",
      "regulatory.designation"
    ),
    (
      "The Council decided on Monday to delist three businessmen from its sanctions list.",
      "regulatory.delisting"
    ),
    (
      "The entry has been removed from the Consolidated List with effect from 4 June, OFSI said.",
      "regulatory.delisting"
    ),
    ("The regulator on 2 May cancelled the Part 4A permission of the brokerage.", "regulatory.license"),
    ("The EPA on Monday finalised a rule banning all uses of the solvent.", "regulatory.ban"),
    ("The state film censorship board banned the release of the horror film on Tuesday.", "regulatory.ban"),
    ("The Home Office on Friday barred the preacher from entering Britain.", "regulatory.ban"),
    (
      "The Commission's order finds that the adviser failed to disclose its conflicts, the SEC said on Monday.",
      "regulatory.enforcement"
    ),
    (
      "The penalty of €40 million, which the Italian competition authority imposed in May, was upheld.",
      "regulatory.penalty"
    ),
  ])
  func aStepInTheseRegisters(sentence: String, type: String) {
    #expect(eventTypes(sentence).contains(type), "\(sentence)")
  }

  @Test(arguments: [
    (
      "The city council held a budget hearing on Thursday at which residents argued before the mayor for more buses.",
      "civil.hearing"
    ),
    (
      "I wonder how many of these skills are no longer listed because they are table stakes.",
      "regulatory.delisting"
    ),
    ("The city opened three new charging stations for electric buses on Monday.", "criminal.charge"),
    (
      "Drivers complained on Tuesday that the app was charging customers twice for the same ride.",
      "criminal.charge"
    ),
    (
      "The coach restrained the striker from celebrating too early, the players joked on Sunday.",
      "civil.injunction"
    ),
    ("The band's new album was released by an independent label on Friday.", "criminal.release"),
    (
      "The striker was handcuffed to the trophy as a joke by his teammates at the parade on Sunday.",
      "criminal.arrest"
    ),
    ("Smoking in pubs became illegal in 2007, long before the new owners arrived.", "regulatory.ban"),
    (
      "The two neighbours resolved the dispute over the fence with a handshake on Sunday.", "civil.settlement"
    ),
    ("She won 2 million dollars in the state lottery on Saturday.", "civil.judgment"),
    ("The editor sent the manuscript back to the author on Monday for a fresh look.", "appeal.decided"),
    ("The quarterback testified to his love of the game at a fan event on Tuesday.", "criminal.trial"),
    (
      "To obtain an injunction, an applicant generally has to show that money would not make up for the harm.",
      "civil.injunction"
    ),
  ])
  func theirNeighboursStayQuiet(sentence: String, type: String) {
    #expect(yieldsNone(of: [type], sentence), "\(sentence): \(eventTypes(sentence))")
  }

  @Test func aDismissalAPartyAsksForIsItsMotion() {
    let events = ArticleFixture(
      "Lawyers for the singer urged a judge on Monday to toss the breach-of-contract suit."
    ).tagged().events()
    #expect(events.map(\.type) == ["civil.motion_filed"])
    #expect(events.first?.status == .actual)
  }

  @Test func aHabitAfterATimeClauseLeavesTheHappeningInIt() {
    #expect(
      eventTypes("Since her acquittal at Leeds Crown Court on 9 May, she has rarely spoken to reporters.")
        == ["criminal.acquittal"])
  }
}
