/// Vague references: "now", "currently", "recently", "the past", "the future", "these days".
extension ExpressionMatcher {
  /// "now", "currently", "recently", "the past", "the future", "the near future", "right now", "soon".
  func reference(at i: Int) -> Found? {
    guard let k = key(i) else { return nil }
    if k == "right", key(i + 1) == "now" { return (i + 2, .reference("PRESENT_REF")) }
    if k == "these", key(i + 1) == "days" { return (i + 2, .reference("PRESENT_REF")) }
    if k == "the", isKey(i + 1, ["near", "short"]), key(i + 2) == "term" {
      return (i + 3, .reference("FUTURE_REF"))
    }
    if k == "the" {
      var j = i + 1
      if isKey(j, ["near", "distant", "foreseeable", "immediate", "not-too-distant", "recent", "distant"]) {
        j += 1
      }
      if key(j) == "future" { return (j + 1, .reference("FUTURE_REF")) }
      if key(j) == "past",
        !(j + 1 < words.count && (words[j + 1].kind == .number || TimeLexicon.units[words[j + 1].key] != nil))
      {
        return (j + 1, .reference("PAST_REF"))
      }
      if key(j) == "present", isKey(i - 1, ["at", "until", "to"]) || endsClause(j + 1) {
        return (j + 1, .reference("PRESENT_REF"))
      }
      return nil
    }
    if k == "present", key(i - 1) == "at" { return (i + 1, .reference("PRESENT_REF")) }
    if k == "recent", key(i + 1) == "years" { return (i + 2, .reference("PAST_REF")) }
    if k == "recent", let unit = TimeLexicon.units[key(i + 1) ?? ""], key(i + 1)?.hasSuffix("s") == true {
      return (i + 2, .duration(unit.duration(nil)))
    }
    if k == "more", key(i + 1) == "recently" { return (i + 2, .reference("PAST_REF")) }
    guard let value = TimeLexicon.references[k], k != "once" else { return nil }
    if k == "current", isKey(i + 1, ["account", "accounts", "events"]) || words[i].capitalized { return nil }
    if k == "recent" || k == "current" {
      guard i + 1 < words.count, words[i + 1].kind == .word else { return nil }
    }
    if k == "now", key(i - 1) == "from" { return nil }
    return (i + 1, .reference(value))
  }
}
