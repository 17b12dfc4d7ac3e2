/// Sentences that add to a decision told just before them without naming it again: "In a 2-1 decision, the
/// panel said the jury had 'substantial evidence'", "Judge Raymond Ito wrote that ... 'intercepted'". The
/// quoted standards and the judge they give belong to that decision.
enum FollowUpSentences {
  /// Event types a judge or a court decides.
  static let decisionTypes = EventMerger.decisionTypes
  /// Words that say a bench speaks: a judge, a court, a panel.
  static let benchWords: Set<String> = ["judge", "justice", "court", "panel", "majority", "magistrate"]
  /// Words that say an appeals court speaks.
  static let appellateWords: Set<String> = ["circuit", "appeals", "appellate", "panel", "majority"]
  static let findingVerbs: Set<String> = [
    "said", "says", "wrote", "writes", "writing", "found", "finds", "ruled", "held", "concluded", "added",
  ]
  /// How many sentences back a follow-up may reach for a trial court's decision, and for an appeal's.
  static let trialReach = 3
  static let appealReach = 10

  /// Nouns a follow-up sentence calls a complaint by ("The suit, filed in ... by ...").
  static let suitNouns: Set<String> = ["suit", "lawsuit", "complaint", "petition", "action", "claim"]

  /// "The suit, filed in Marion County Superior Court by the Riverside Heights Neighborhood Alliance,
  /// claims ...": the court and the plaintiff of the complaint told just before.
  static func attachComplaintDetails(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    let withMentions = Set(mentions.map(\.sentence))
    for t in sentences where !withMentions.contains(t.index) && t.count > 5 {
      guard t.lower[0] == "the", suitNouns.contains(t.lower[1]), t.lower[2] == ",",
        ["filed", "brought", "lodged"].contains(t.lower[3]),
        let target = mentions.indices.last(where: {
          mentions[$0].rule.type == "civil.complaint_filed" && mentions[$0].sentence < t.index
            && t.index - mentions[$0].sentence <= trialReach
        })
      else { continue }
      let clauseEnd = t.lower[4...].firstIndex(of: ",") ?? t.count
      let clause = SentenceTokens.standalone(t.text(0..<clauseEnd))
      var found: [Participant] = []
      if let court = RoleFinder.court(in: clause) { found.append(Participant(role: "court", name: court)) }
      if let by = clause.lower.firstIndex(of: "by"),
        let name = ClauseRoles.name(after: by + 1, limit: clause.count, in: clause)
      {
        found.append(Participant(role: "plaintiff", name: ArticleNames.clean(clause.text(name))))
      }
      for p in found
      where mentions[target].rule.roles.contains(p.role)
        && !mentions[target].participants.contains(where: { $0.role == p.role && $0.name == p.name })
      {
        mentions[target].participants.append(p)
      }
    }
  }

  /// "Appeals court lets state's ban be enforced" over "The state Court of Appeals on Oct. 14 lifted ...":
  /// a court a headline words short takes the full name the next sentence gives it.
  static func fillCourtNames(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    for i in mentions.indices {
      guard let k = mentions[i].participants.firstIndex(where: { $0.role == "court" }) else { continue }
      let short = Set(mentions[i].participants[k].name.lowercased().split(separator: " ").map(String.init))
      guard short.count <= 2, mentions[i].sentence + 1 < sentences.count else { continue }
      let next = sentences[mentions[i].sentence + 1]
      guard let full = RoleFinder.court(in: next) else { continue }
      let words = Set(full.lowercased().split(separator: " ").map(String.init))
      if words.count > short.count, short.isSubset(of: words) {
        mentions[i].participants[k] = Participant(role: "court", name: full)
      }
    }
  }

  /// Adds the quotes and the judge of follow-up sentences to the decision mentions they follow.
  static func attach(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    attachComplaintDetails(&mentions, sentences: sentences)
    fillCourtNames(&mentions, sentences: sentences)
    guard mentions.contains(where: { decisionTypes.contains($0.rule.type) }) else { return }
    let withMentions = Set(mentions.map(\.sentence))
    for t in sentences where !withMentions.contains(t.index) && !t.isTitleCase {
      let opening = t.lower.prefix(14)
      // "the Justice Department said": an agency, not a bench.
      guard
        opening.indices.contains(where: {
          benchWords.contains(t.lower[$0])
            && !($0 + 1 < t.count && ArticleNames.authorityWords.contains(t.lower[$0 + 1]))
        }),
        opening.contains(where: { findingVerbs.contains($0) }),
        !t.lower.contains(where: { $0.hasPrefix("dissent") })
      else { continue }
      let quotes = RoleFinder.quotes(in: t.sentence.text)
      let judge = RoleFinder.judge(in: t)
      guard !quotes.isEmpty || judge != nil else { continue }
      let appellate = opening.contains { appellateWords.contains($0) }
      let earlier = mentions.indices.filter {
        mentions[$0].sentence < t.index && decisionTypes.contains(mentions[$0].rule.type)
      }
      let appeal = earlier.last {
        mentions[$0].rule.type == "appeal.decided" && t.index - mentions[$0].sentence <= appealReach
      }
      guard
        let target = appellate && appeal != nil
          ? appeal : earlier.last(where: { t.index - mentions[$0].sentence <= trialReach })
      else { continue }
      for q in quotes where !mentions[target].quotes.contains(q) { mentions[target].quotes.append(q) }
      if let judge, mentions[target].rule.roles.contains("judge"),
        !mentions[target].participants.contains(where: { $0.role == "judge" })
      {
        mentions[target].participants.append(Participant(role: "judge", name: judge))
      }
    }
  }
}
