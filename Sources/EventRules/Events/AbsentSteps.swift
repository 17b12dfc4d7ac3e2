/// "held 14 months without a bond hearing", "Without an injunction, the judge wrote, the plaintiffs would
/// suffer": a step named only as missing tells no happening, not even one that did not happen. (A refusal
/// its rule names, "ordered him held without bail", keeps its own status and stays.) Nor does a conviction
/// named only as a condition ("If charged and found guilty, they face life", "before his conviction is
/// reviewed, if it ever is"): writers keep the penalty it would bring, never the conviction.
enum AbsentSteps {
  /// Removes the mentions negated by "without", and the steps whose date is not set yet ("No date for the
  /// new sentencing hearing has been set", "His arraignment has not yet been scheduled"), and says why in
  /// `vetoes`.
  static func apply(_ mentions: inout [Mention], vetoes: inout [Veto], sentences: [SentenceTokens]) {
    mentions.removeAll { m in
      if m.status == .negated, m.statusCue == "without" {
        vetoes.append(
          Veto(
            rule: m.rule.id, trigger: m.triggerText, veto: "named as missing (\"without\"), not a happening",
            sentence: m.sentence))
        return true
      }
      // "No date has been set for sentencing" negates the step; "His arraignment has not yet been scheduled"
      // says so after it.
      guard m.status == .negated || Self.scheduledSteps.contains(m.rule.type),
        let unset = unscheduledWord(in: sentences[m.sentence]),
        m.status == .negated || unset > m.trigger.lowerBound
      else { return false }
      vetoes.append(
        Veto(
          rule: m.rule.id, trigger: m.triggerText, veto: "a step whose date is not set yet, not a happening",
          sentence: m.sentence))
      return true
    }
  }

  /// Steps a court sets a date for.
  static let scheduledSteps: Set<String> = [
    "civil.hearing", "criminal.trial", "criminal.sentence", "criminal.plea",
  ]

  /// Where a sentence says a step has no date yet ("no date", "not (yet) been scheduled", "yet to be set"), or
  /// nil.
  static func unscheduledWord(in t: SentenceTokens) -> Int? {
    t.lower.indices.first { k in
      let w = t.lower[k]
      if w == "no" {
        return t.lower[(k + 1)..<min(t.count, k + 3)].contains { $0 == "date" || $0 == "dates" }
      }
      guard w == "scheduled" || w == "set" else { return false }
      return t.lower[max(0, k - 3)..<k].contains { $0 == "not" || $0 == "yet" }
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
