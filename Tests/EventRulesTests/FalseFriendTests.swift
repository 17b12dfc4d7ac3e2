import EventRules
import Testing

/// Words that look legal and are not: the default pack's vetoes keep them out.
struct FalseFriendTests {
  @Test(arguments: [
    "Israel approved new settlements in the West Bank.",
    "The Israeli settlement expansion drew criticism.",
    "He played on the basketball court every evening.",
    "The tennis court was resurfaced in May.",
    "The clinical trial enrolled 400 patients.",
    "Download the free trial version of the app.",
    "He died of cardiac arrest at home.",
    "The ruling party won the election.",
    "The phone's battery charge lasts two days.",
    "Delivery is free of charge for members.",
    "She is in charge of the marketing team.",
    "It was a fine day for a picnic.",
    "The model was fine-tuned on legal text.",
    "The candidate made an appeal to voters in Ohio.",
    "Her husband said a neighbor’s online appeal had raised more than $18,000 to cover rent.",
    "The actor's sex appeal is undeniable.",
    "Add the domain to your email blacklist to stop spam.",
    "The software blacklist blocks known malware.",
    "The licence plate was stolen.",
    "Police found the car by its license plate.",
    "This sentence is hard to parse for grammar checkers.",
    "The league sanctioned the race for next year.",
    "The company released a statement on Tuesday.",
    "Acme is still on the entity list.",
    "The firm remains on the U.S. blacklist.",
    "The bureau placed the bank robber on its most-wanted list, a State Department official said.",
    "The striker charged down the wing before the police horses cleared the pitch.",
    "An investigation was launched into why the department's servers failed.",
    "Diplomats have been pushing hard to resolve the kidnapping case before the anniversary.",
    "Quarterly profit fell after pretax charges of $12 million for closing two plants.",
    "The retailer took charges of $8 million to cover store closures.",
    "Orbis agreed to pay $31 a share for the rival chipmaker.",
    "The two banks reached an agreement in principle for a merger.",
    "The carmaker temporarily stopped shipping the model while it fixed a software bug.",
    "Lower borrowing means more money is freed for private investment.",
    "The dynasty ruled for centuries over the river valley.",
    "The merger waited for a favorable tax ruling from the revenue service.",
    "Police offered a reward for information leading to the arrest and conviction of the vandals.",
    "Remove the stale nodes from the list before you rebuild the index.",
    "He was filled with a profound conviction that honesty pays.",
    "She recalled the divine injunction to love one another.",
    "The main appeal of this approach is that it needs no new tools.",
    "Judges deliver their verdict as hospice bake-off appeal tops £250,000",
    "The bake-off was the centrepiece of an appeal that has now raised more than £250,000.",
    "The appeal was launched in January to pay for a new six-bed day unit at the hospice.",
    "Tickets were charged at £5, with every penny going to the appeal.",
    "\"There is no right of appeal against our decision,\" the head judge joked.",
    "A trial run of the format was held in the café's back room in the spring.",
    "The browser makes a cross-origin request to the storage server.",
    "The firewall blacklisted some client IPs after the attack.",
    "A raiding party of space pirates overwhelmed the colony in the game.",
    "She changed a single sentence in the final chapter.",
    "The ruling Labour party lost its majority in the state election.",
    "In 1985 the national Film Commission started funding short documentaries.",
    "The studio strikes a deal for an action movie starring the champion boxer.",
    "Agents of the Federal Bureau of Investigation trained local police officers in Denver.",
    "On the afternoon of the anniversary, about two hundred people came to Settlement Road.",
    "The Verdict Farm colt was sold at the Karaka sales in February.",
    "For a $10 donation, festivalgoers could have a friend “arrested” by a firefighter.",
    "The air raid on the rebel camps was ordered after the embassy bombing, the FBI director said.",
  ])
  func falseFriendsYieldNoEvent(sentence: String) {
    let events = ArticleFixture(sentence).events()
    #expect(events.isEmpty, "\(sentence) → \(events.map(\.type))")
  }

  @Test func explainSaysWhichVetoCancelledARule() {
    let explanation = ArticleFixture("The ruling party won the election.").explain()
    #expect(explanation.first?.vetoed.first?.rule == "civil.ruling")
    #expect(explanation.first?.vetoed.first?.reason == "ruling party")
    #expect(explanation.first?.description.contains("civil.ruling on “ruling”: ruling party") == true)
  }
}
