/// "held 14 months without a bond hearing", "Without an injunction, the judge wrote, the plaintiffs would
/// suffer": a step named only as missing tells no happening, not even one that did not happen. (A refusal
/// its rule names, "ordered him held without bail", keeps its own status and stays.) Nor does a conviction
/// named only as a condition ("If charged and found guilty, they face life", "before his conviction is
/// reviewed, if it ever is"): writers keep the penalty it would bring, never the conviction.
enum AbsentSteps {
  /// Removes the mentions negated by "without", and says why in `vetoes`.
  static func apply(_ mentions: inout [Mention], vetoes: inout [Veto]) {
    mentions.removeAll { m in
      guard m.status == .negated, m.statusCue == "without" else { return false }
      vetoes.append(
        Veto(
          rule: m.rule.id, trigger: m.triggerText, veto: "named as missing (\"without\"), not a happening",
          sentence: m.sentence))
      return true
    }
  }

  /// Removes the hypothetical convictions, and says why in `vetoes`. Called once the case's context has
  /// read them ("if convicted, faces up to 10 years and a fine" is a criminal sentence, not a regulator's).
  static func dropConditionalConvictions(_ mentions: inout [Mention], vetoes: inout [Veto]) {
    mentions.removeAll { m in
      guard m.rule.type == "criminal.conviction", m.status == .hypothetical else { return false }
      vetoes.append(
        Veto(
          rule: m.rule.id, trigger: m.triggerText,
          veto: "a conviction named only as a condition, not a happening",
          sentence: m.sentence))
      return true
    }
  }
}
