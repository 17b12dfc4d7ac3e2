/// A story about a mock trial or a moot court ("students took over the courthouse for the county's mock
/// trial final") tells arrests, verdicts and appeals that never happened: the court steps of such an article
/// are play, not events. A regulator's steps told in it are kept.
enum MockProceedings {
  /// Whether the article tells a mock trial or moot court: in its headline, or in two sentences or more.
  static func isTold(in sentences: [SentenceTokens]) -> Bool {
    var count = 0
    for t in sentences where names(t) {
      if t.sentence.line == 0 { return true }
      count += 1
      if count >= 2 { return true }
    }
    return false
  }

  /// Removes the court steps of a mock-trial article, with the reason for each.
  static func apply(_ mentions: inout [Mention], vetoes: inout [Veto], sentences: [SentenceTokens]) {
    guard mentions.contains(where: isCourtStep), isTold(in: sentences) else { return }
    for m in mentions where isCourtStep(m) {
      vetoes.append(
        Veto(
          rule: m.rule.id, trigger: m.triggerText, veto: "the article tells a mock trial, not a case",
          sentence: m.sentence))
    }
    mentions.removeAll(where: isCourtStep)
  }

  private static func isCourtStep(_ m: Mention) -> Bool {
    !m.rule.type.hasPrefix("regulatory.")
  }

  /// "mock trial", "mock-trial", "moot court".
  private static func names(_ t: SentenceTokens) -> Bool {
    let words = t.lower
    for k in words.indices where words[k] == "mock" || words[k] == "moot" {
      var next = k + 1
      if next < words.count, words[next] == "-" { next += 1 }
      guard next < words.count else { continue }
      if words[k] == "mock" && (words[next] == "trial" || words[next] == "trials") { return true }
      if words[k] == "moot" && (words[next] == "court" || words[next] == "courts") { return true }
    }
    return false
  }
}
