/// Matches one compiled trigger pattern at one anchor position of a sentence.
///
/// The pass keeps, for each element, the set of token positions it can end at (at most one capture set per
/// position), so its cost is bounded by elements × tokens × gap width (a gap of n words spans at most 3n
/// tokens, hyphens included) and never backtracks.
struct PatternMatcher {
  /// A pattern's match: the tokens it covers and the token spans its inner slots captured.
  struct Match {
    var range: Range<Int>
    var captures: [String: Range<Int>]
    /// The spans the pattern's gaps passed over: words of the sentence the pattern does not name, where
    /// another rule's trigger may stand ("hearing on the motion to dismiss is set for").
    var gaps: [Range<Int>] = []
    /// The slot before the anchor, to be filled by a name ending just before the match.
    var leadingSlot: (role: String, optional: Bool)?
    /// The slot at the end, to be filled by a name starting just after the match.
    var trailingSlot: (role: String, optional: Bool)?
  }

  /// A position the pattern can have reached, with the captures of the first way that got there.
  private struct State {
    let position: Int
    let captures: [String: Range<Int>]
    var gaps: [Range<Int>] = []
  }

  /// The widest span an inner slot may capture.
  static let maxSlotWidth = 6
  /// Tokens an inner slot's name never holds.
  static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "\"", "“", "”", "—", "–"]

  /// Whether `word` is the ending the tokenizer splits off an ordinal ("8th" is "8" and "th").
  static func isOrdinalSuffix(_ word: String, after previous: String) -> Bool {
    guard word.utf8.count == 2, let last = previous.utf8.last, last >= 0x30 && last <= 0x39 else {
      return false
    }
    return word == "st" || word == "nd" || word == "rd" || word == "th"
  }

  /// - Parameter anchorKnown: the caller found the pattern by its anchor's forms (the rule index), so the
  ///   word at `start` is one of them and is not looked up again.
  static func match(
    _ pattern: TriggerPattern, in lower: [String], anchorAt start: Int, anchorKnown: Bool = false
  ) -> Match? {
    let elements = pattern.elements
    guard case .word(let forms, _) = elements[pattern.anchor], anchorKnown || forms.contains(lower[start])
    else {
      return nil
    }
    // Most anchors start no match: a required word right after the anchor is checked before any state
    // is kept.
    if pattern.anchor + 1 < elements.count, case .word(let nextForms, false) = elements[pattern.anchor + 1],
      start + 1 >= lower.count || !nextForms.contains(lower[start + 1])
    {
      return nil
    }
    // Both lists stay in ascending order of position, each position once: a few states, kept in arrays
    // rather than dictionaries.
    var states = [State(position: start + 1, captures: [:])]
    var next: [State] = []
    next.reserveCapacity(4)
    var trailingSlot: (role: String, optional: Bool)?
    for k in (pattern.anchor + 1)..<elements.count {
      next.removeAll(keepingCapacity: true)
      let isLast = k == elements.count - 1
      for state in states {
        let position = state.position
        switch elements[k] {
        case .word(let forms, let optional):
          if position < lower.count, forms.contains(lower[position]) {
            reach(position + 1, state.captures, state.gaps, in: &next)
          }
          if optional { reach(position, state.captures, state.gaps, in: &next) }
        case .otherThan(let forms):
          if position < lower.count, !forms.contains(lower[position]) {
            reach(position + 1, state.captures, state.gaps, in: &next)
          }
        case .gap(let lo, let hi):
          // A gap counts words: a hyphenated compound ("a 17-year-old", "a 12-year term") is one word
          // however many tokens its hyphens split it into, and so is an ordinal ("the 8th U.S. Circuit").
          var words = 0
          var end = position
          while words <= hi, end <= lower.count, end - position <= 3 * hi {
            if words >= lo {
              reach(
                end, state.captures, state.gaps, passing: end == position ? nil : position..<end, in: &next)
            }
            guard end < lower.count else { break }
            let joined =
              lower[end] == "-" || (end > position && lower[end - 1] == "-")
              || (end > position && Self.isOrdinalSuffix(lower[end], after: lower[end - 1]))
            if !joined { words += 1 }
            end += 1
          }
        case .slot(let role, let optional):
          if isLast {
            trailingSlot = (role, optional)
            reach(position, state.captures, state.gaps, in: &next)
          } else {
            // An optional inner slot may stand empty ("barred {target?} from": "was barred from").
            if optional { reach(position, state.captures, state.gaps, in: &next) }
            for width in 1...maxSlotWidth where position + width <= lower.count {
              // A name does not run across a clause break ("the order, the FAA could move to").
              if Self.clauseBreaks.contains(lower[position + width - 1]) { break }
              guard !next.contains(where: { $0.position == position + width }) else { continue }
              var withSlot = state.captures
              withSlot[role] = position..<(position + width)
              reach(position + width, withSlot, state.gaps, in: &next)
            }
          }
        }
      }
      swap(&states, &next)
      if states.isEmpty { return nil }
    }
    guard let first = states.first else { return nil }
    var leadingSlot: (role: String, optional: Bool)?
    if pattern.anchor == 1, case .slot(let role, let optional) = elements[0] {
      leadingSlot = (role, optional)
    }
    return Match(
      range: start..<first.position, captures: first.captures, gaps: first.gaps, leadingSlot: leadingSlot,
      trailingSlot: trailingSlot)
  }

  /// Records that `position` can be reached with `captures`, unless an earlier way reached it first. A gap
  /// `passing` over words on the way is added to `gaps` only then: most ways are not the first.
  @inline(__always)
  private static func reach(
    _ position: Int, _ captures: [String: Range<Int>], _ gaps: [Range<Int>], passing gap: Range<Int>? = nil,
    in states: inout [State]
  ) {
    var i = states.count
    while i > 0, states[i - 1].position > position { i -= 1 }
    if i > 0, states[i - 1].position == position { return }
    states.insert(State(position: position, captures: captures, gaps: gap.map { gaps + [$0] } ?? gaps), at: i)
  }

  /// Whether `pattern` matches anywhere with its anchor inside `window`, and where.
  static func find(_ pattern: TriggerPattern, in lower: [String], window: Range<Int>) -> Range<Int>? {
    for i in window where i < lower.count {
      if let found = match(pattern, in: lower, anchorAt: i) {
        // A veto or near phrase is matched from its first word: an optional lead-in is not needed.
        return found.range
      }
    }
    return nil
  }
}
