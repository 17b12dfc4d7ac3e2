import TextSegmentation

/// The pack's trigger patterns indexed by every form of their anchor word, so a sentence is matched by
/// looking up each of its words once: the cost grows with the sentence, not with the number of rules.
struct RuleIndex: Sendable {
  struct Entry: Sendable {
    let rule: Int
    let pattern: Int
  }

  private var byForm: [String: [Entry]] = [:]
  /// The indexed words' first bytes and lengths: most words of a text are no trigger, and are ruled out
  /// without hashing them.
  private var filter = WordFilter([])

  init(_ rules: [EventRule]) {
    for (r, rule) in rules.enumerated() {
      for (p, pattern) in rule.patterns.enumerated() {
        guard case .word(let forms, _) = pattern.elements[pattern.anchor] else { continue }
        for form in forms.all { byForm[form, default: []].append(Entry(rule: r, pattern: p)) }
      }
    }
    filter = WordFilter(byForm.keys)
  }

  func entries(for word: String) -> [Entry] {
    guard filter.mayContain(word) else { return [] }
    return byForm[word] ?? []
  }
}
