/// "held 14 months without a bond hearing", "Without an injunction, the judge wrote, the plaintiffs would
/// suffer": a step named only as missing tells no happening, not even one that did not happen. (A refusal
/// its rule names, "ordered him held without bail", keeps its own status and stays.)
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
}
