/// One rule: the phrases that trigger it, the words that must or must not be near, the event type it yields,
/// the roles it fills and the status its events get when the sentence says nothing more.
public struct EventRule: Sendable {
  public let id: String
  /// The taxonomy id of the events it yields.
  public let type: String
  /// A short sentence for analysts: what the rule finds.
  public let description: String
  /// The trigger phrases as written in the pack (see `TriggerPattern` for the syntax).
  public let triggers: [String]
  /// Phrases of which at least one must stand within `window` words of the trigger (empty: no requirement).
  public let near: [String]
  /// Phrases that cancel a match when they stand within `window` words of the trigger: the false friends.
  public let vetoes: [String]
  /// Phrases of which at least one must stand in a sentence before the match (empty: no requirement): the
  /// trigger refers back to a step the article told ("issued the order" after "a withhold release order").
  public let retells: [String]
  /// How many words either side of the trigger `near` and `vetoes` look at.
  public let window: Int
  /// The roles the rule fills from the sentence around the trigger (court, judge, amount, ...), besides slots.
  public let roles: [String]
  /// The status its events get unless the sentence marks another (negation, modality, reporting verb).
  public let status: EventStatus
  /// Where two rules match overlapping words of one sentence, only the higher priority keeps its match.
  public let priority: Int

  let patterns: [TriggerPattern]
  let nearPatterns: [TriggerPattern]
  let vetoPatterns: [TriggerPattern]
  let retellPatterns: [TriggerPattern]
  /// Every form of the first required word of a veto (or near) phrase: a window holding none of them is
  /// cleared (or failed) without running the phrases.
  let vetoAnchors: Set<String>
  let nearAnchors: Set<String>
  let retellAnchors: Set<String>

  init(
    id: String, type: String, description: String, triggers: [TriggerPattern], near: [TriggerPattern],
    vetoes: [TriggerPattern], retells: [TriggerPattern] = [], window: Int, roles: [String],
    status: EventStatus, priority: Int
  ) {
    self.id = id
    self.type = type
    self.description = description
    self.patterns = triggers
    self.triggers = triggers.map(\.source)
    self.nearPatterns = near
    self.near = near.map(\.source)
    self.vetoPatterns = vetoes
    self.vetoes = vetoes.map(\.source)
    self.vetoAnchors = Self.anchors(of: vetoes)
    self.nearAnchors = Self.anchors(of: near)
    self.retellPatterns = retells
    self.retells = retells.map(\.source)
    self.retellAnchors = Self.anchors(of: retells)
    self.window = window
    self.roles = roles
    self.status = status
    self.priority = priority
  }

  private static func anchors(of patterns: [TriggerPattern]) -> Set<String> {
    var result: Set<String> = []
    for pattern in patterns {
      if case .word(let forms, _) = pattern.elements[pattern.anchor] { result.formUnion(forms.all) }
    }
    return result
  }
}

extension EventRule {
  /// The same rule yielding events of another type: what a trigger means can depend on the whole article
  /// ("the trial opened" in a civil case is a hearing, as the taxonomy has no civil trial).
  func yielding(_ type: String) -> EventRule {
    EventRule(
      id: id, type: type, description: description, triggers: patterns, near: nearPatterns,
      vetoes: vetoPatterns, retells: retellPatterns, window: window, roles: roles, status: status,
      priority: priority)
  }
}
