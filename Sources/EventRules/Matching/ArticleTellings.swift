/// Where an article tells the phrases that rules retell ("issued the order" after "a withhold release
/// order"): for each such rule, the sentences that hold one of its phrases, found on first need and then kept,
/// so that a page full of retold steps reads the article once per rule rather than once per match.
final class ArticleTellings {
  private let sentences: [SentenceTokens]
  private var telling: [String: [Int]] = [:]

  init(_ sentences: [SentenceTokens]) {
    self.sentences = sentences
  }

  /// The last sentence before `t` that holds one of the rule's retold phrases, or `t` itself when one stands
  /// before `match` ("opened its own inquiry in May but closed it last month").
  func lastTelling(of rule: EventRule, before match: Range<Int>, in t: SentenceTokens) -> Int? {
    if Self.tells(rule, in: t, upTo: match.lowerBound) { return t.index }
    let told = telling[rule.id] ?? sentences.filter { Self.tells(rule, in: $0, upTo: $0.count) }.map(\.index)
    telling[rule.id] = told
    return told.last { $0 < t.index }
  }

  /// Whether one of the rule's retold phrases ends within the first `end` tokens of `p`.
  private static func tells(_ rule: EventRule, in p: SentenceTokens, upTo end: Int) -> Bool {
    p.lower.prefix(end).contains { rule.retellAnchors.contains($0) }
      && rule.retellPatterns.contains {
        (PatternMatcher.find($0, in: p.lower, window: 0..<end)?.upperBound ?? .max) <= end
      }
  }
}
