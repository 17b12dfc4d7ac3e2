/// Steps the article refers back to with a definite noun: "The ban was imposed in September 2022" is the
/// ban the article told of before ("lifted the ban on Coral Sky Airways"), so it has the same target when
/// its own sentence names none.
enum DefiniteReferences {
  /// Nouns of regulatory steps that "the" or "this" refers back with.
  static let stepNouns: Set<String> = [
    "ban", "sanctions", "license", "licence", "designation", "listing", "penalty", "fine", "order", "embargo",
  ]

  /// Fills the target of definite references from the latest earlier mention of the same type.
  static func attach(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    for i in mentions.indices where mentions[i].rule.type.hasPrefix("regulatory.") {
      let m = mentions[i]
      guard m.sentence < sentences.count, isDefinite(m.trigger, in: sentences[m.sentence]),
        let earlier = mentions[..<i].last(where: {
          $0.rule.type == m.rule.type && $0.sentence < m.sentence && !$0.names(for: "target").isEmpty
        })
      else { continue }
      // The target only: the regulator of a step the article names once is found for the event as a whole.
      if m.rule.roles.contains("target"), m.names(for: "target").isEmpty {
        for name in earlier.names(for: "target") {
          mentions[i].participants.append(Participant(role: "target", name: name))
        }
      }
    }
  }

  /// Whether the sentence opens with the step's noun after "The" or "This" ("The ban was imposed", "The
  /// emergency ban was lifted"), the noun inside the trigger.
  static func isDefinite(_ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    guard t.count > 2, ["the", "this", "that"].contains(t.lower[0]) else { return false }
    for k in 1...min(3, t.count - 1) where stepNouns.contains(t.lower[k]) {
      return trigger.contains(k) && (1..<k).allSatisfy { !t.tokens[$0].isCapitalized }
    }
    return false
  }
}
