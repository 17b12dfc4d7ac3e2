/// Writes one sample's result as readable lines: a pass mark, or each event missing, unexpected or
/// changed field by field.
struct SampleDiffRenderer {
  let style: DiffStyle
  /// When set, only differences that involve this rule are shown.
  let onlyRule: String?

  func lines(for result: SampleResult) -> [String] {
    switch result.outcome {
    case .updated: return [style.green("updated") + " \(result.name)"]
    case .error(let message): return [style.red("error") + "   \(result.name): \(message)"]
    case .compared(_, _, let comparison):
      let differences = comparison.differences.filter(involvesRule)
      if comparison.passed { return [style.green("ok") + "      \(result.name)"] }
      var lines = [style.red("FAIL") + "    \(result.name)"]
      if differences.isEmpty { lines.append("        (no difference involves rule \(onlyRule ?? ""))") }
      for difference in differences { lines.append(contentsOf: describe(difference)) }
      return lines
    }
  }

  private func involvesRule(_ difference: SampleDifference) -> Bool {
    guard let onlyRule else { return true }
    switch difference {
    case .publicationDate: return false
    case .missing(let e), .unexpected(let e): return e.rule == onlyRule
    case .changed(let x, let y, _): return x.rule == onlyRule || y.rule == onlyRule
    }
  }

  private func describe(_ difference: SampleDifference) -> [String] {
    switch difference {
    case .publicationDate(let expected, let actual):
      return ["  ~ publication date: \(style.red(expected ?? "none")) → \(style.green(actual ?? "none"))"]
    case .missing(let e):
      return [style.red("  - missing    ") + summary(e), "      \(quote(e))"]
    case .unexpected(let e):
      return [style.green("  + unexpected ") + summary(e) + "  [rule \(e.rule)]", "      \(quote(e))"]
    case .changed(let x, _, let changes):
      var lines = [style.yellow("  ~ changed    ") + summary(x)]
      for c in changes {
        lines.append("      \(c.field): \(style.red(c.expected)) → \(style.green(c.actual))")
      }
      return lines
    }
  }

  private func summary(_ e: TimelineEvent) -> String {
    var s = "\(e.type) \(e.date?.value ?? "(no date)") \(e.status)"
    let parties = e.participants.prefix(3).map { "\($0.role)=\($0.name)" }
    if !parties.isEmpty { s += " (" + parties.joined(separator: ", ") + ")" }
    return s
  }

  private func quote(_ e: TimelineEvent) -> String {
    guard let text = e.evidence.first?.text else { return "" }
    let short = text.count > 110 ? String(text.prefix(107)) + "..." : text
    return "“\(short)”"
  }
}

/// ANSI colours for diffs on a terminal; plain text otherwise.
struct DiffStyle {
  let colored: Bool

  func red(_ s: String) -> String { paint(s, "31") }
  func green(_ s: String) -> String { paint(s, "32") }
  func yellow(_ s: String) -> String { paint(s, "33") }

  private func paint(_ s: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
  }
}
