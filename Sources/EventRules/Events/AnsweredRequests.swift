/// "Their attorney asked a judge last week to put the suspension on hold. ¶ Judge Mendez refused on
/// Wednesday": a court's bare refusal told just after a request for an order or for release is that request
/// refused, a negated step of the request's type on the refusal's day, not a ruling of its own.
enum AnsweredRequests {
  /// Requested steps a court can refuse outright.
  static let refusableTypes: Set<String> = ["civil.injunction", "criminal.release"]

  /// Verbs of a court turning something down.
  static let refusalVerbs: Set<String> = [
    "refused", "refuses", "declined", "declines", "denied", "denies", "rejected", "rejects",
  ]

  /// How many sentences back the request may be told.
  static let reach = 2

  /// Retypes bare refusals that answer a request told just before.
  static func apply(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    for i in mentions.indices where mentions[i].rule.type == "civil.ruling" && mentions[i].status == .actual {
      let m = mentions[i]
      let t = sentences[m.sentence]
      guard m.trigger.upperBound <= t.count, refusalVerbs.contains(t.lower[m.trigger.upperBound - 1]),
        isBare(after: m.trigger.upperBound, in: t),
        let request = mentions.last(where: {
          $0.status == .requested && refusableTypes.contains($0.rule.type)
            && ($0.sentence < m.sentence
              || ($0.sentence == m.sentence && $0.trigger.upperBound <= m.trigger.lowerBound))
            && m.sentence - $0.sentence <= reach
        })
      else { continue }
      mentions[i].rule = mentions[i].rule.yielding(request.rule.type)
      mentions[i].status = .negated
      mentions[i].statusCue = t.lower[m.trigger.upperBound - 1]
    }
  }

  /// Whether a refusal verb ends its clause or goes on only with a time or the request itself ("refused on
  /// Wednesday", "declined, saying …", "denied the request"), not with what else it refused ("refused to
  /// hear the case", "denied the motion to dismiss").
  static func isBare(after k: Int, in t: SentenceTokens) -> Bool {
    guard k < t.count else { return true }
    let next = t.lower[k]
    if [".", ",", ";", "on", "in", "last", "this", "that", "yesterday", "today", "earlier", "later"].contains(
      next)
    {
      return true
    }
    if next == "it" { return true }
    guard ["the", "that", "this", "his", "her", "its", "their"].contains(next), k + 1 < t.count else {
      return false
    }
    let noun = t.lower[k + 1]
    let after = k + 2 < t.count ? t.lower[k + 2] : "."
    return StatusDetector.requestNouns.contains(noun) && after != "to"
  }
}
