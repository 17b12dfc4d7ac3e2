/// One rule's match in one sentence, before mentions of the same happening are merged into an event.
struct Mention: Sendable {
  var rule: EventRule
  let sentence: Int
  /// The trigger's tokens in its sentence.
  let trigger: Range<Int>
  let triggerText: String
  var participants: [Participant]
  var status: EventStatus
  /// The words that set the status, or nil when the rule's default was kept.
  var statusCue: String?
  var quotes: [String]
  var date: EventDate?
  /// Whether the article only recounts it as an older matter.
  var background = false
  /// Mentions (indices into the article's mention list) this one happened before, from cues.
  var before: Set<Int> = []
  /// The clause the mention's time must come from, when a cue set it apart ("after X").
  var clause: Range<Int>?
  /// Told as another happening of its kind ("Separately, …", "a second inquiry", "a new suit"): it joins
  /// no event told in an earlier sentence.
  var isAnother = false
  /// Named as one the reader knows ("at the January hearing", "the injunction"): a back reference when an
  /// event of its kind and time was told.
  var isDefinite = false
  /// Named inside the words of another step's trigger ("A hearing on the motion to dismiss is set for
  /// Dec. 5"): the sentence's verb and time are the outer step's.
  var isEmbedded = false

  func names(for role: String) -> [String] {
    participants.filter { $0.role == role }.map(\.name)
  }
}

extension Mention {
  /// "review the ruling", "The ruling": a court decision named by its noun alone, which refers back to one
  /// told before (its sentence's time and parties are not its own).
  var isBareDecisionNoun: Bool {
    rule.type == "civil.ruling" && ["ruling", "decision", "the ruling"].contains(triggerText.lowercased())
  }
}
