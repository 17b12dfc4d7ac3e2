/// Matches one compiled trigger pattern at one anchor position of a sentence.
///
/// The pass keeps, for each element, the set of token positions it can end at (at most one capture set per
/// position), so its cost is bounded by elements × tokens × gap width and never backtracks.
struct PatternMatcher {
  /// A pattern's match: the tokens it covers and the token spans its inner slots captured.
  struct Match {
    var range: Range<Int>
    var captures: [String: Range<Int>]
    /// The slot before the anchor, to be filled by a name ending just before the match.
    var leadingSlot: (role: String, optional: Bool)?
    /// The slot at the end, to be filled by a name starting just after the match.
    var trailingSlot: (role: String, optional: Bool)?
  }

  /// The widest span an inner slot may capture.
  static let maxSlotWidth = 6

  static func match(_ pattern: TriggerPattern, in lower: [String], anchorAt start: Int) -> Match? {
    let elements = pattern.elements
    guard case .word(let forms, _) = elements[pattern.anchor], forms.contains(lower[start]) else {
      return nil
    }
    var states: [Int: [String: Range<Int>]] = [start + 1: [:]]
    var trailingSlot: (role: String, optional: Bool)?
    for k in (pattern.anchor + 1)..<elements.count {
      var next: [Int: [String: Range<Int>]] = [:]
      let isLast = k == elements.count - 1
      for position in states.keys.sorted() {
        guard let captures = states[position] else { continue }
        switch elements[k] {
        case .word(let forms, let optional):
          if position < lower.count, forms.contains(lower[position]), next[position + 1] == nil {
            next[position + 1] = captures
          }
          if optional, next[position] == nil { next[position] = captures }
        case .gap(let lo, let hi):
          for width in lo...hi where position + width <= lower.count && next[position + width] == nil {
            next[position + width] = captures
          }
        case .slot(let role, let optional):
          if isLast {
            trailingSlot = (role, optional)
            if next[position] == nil { next[position] = captures }
          } else {
            // An optional inner slot may stand empty ("barred {target?} from": "was barred from").
            if optional, next[position] == nil { next[position] = captures }
            for width in 1...maxSlotWidth where position + width <= lower.count {
              guard next[position + width] == nil else { continue }
              var withSlot = captures
              withSlot[role] = position..<(position + width)
              next[position + width] = withSlot
            }
          }
        }
      }
      states = next
      if states.isEmpty { return nil }
    }
    guard let end = states.keys.min(), let captures = states[end] else { return nil }
    var leadingSlot: (role: String, optional: Bool)?
    if pattern.anchor == 1, case .slot(let role, let optional) = elements[0] {
      leadingSlot = (role, optional)
    }
    return Match(range: start..<end, captures: captures, leadingSlot: leadingSlot, trailingSlot: trailingSlot)
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
