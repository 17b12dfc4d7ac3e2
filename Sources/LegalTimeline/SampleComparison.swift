/// How an extracted timeline differs from a sample's expected one, at the level that matters: event
/// types, statuses, dates, key participants, quotes and rule ids. Evidence offsets, ids and the order
/// of events with equal dates may drift without counting as a change.
public struct SampleComparison: Sendable {
  public let differences: [SampleDifference]
  /// Expected events that an extracted event matches with the same type and date value.
  public let typeAndDateMatches: [(expected: TimelineEvent, actual: TimelineEvent)]

  /// Compares `actual` against `expected`.
  public init(expected: Timeline, actual: Timeline) {
    var differences: [SampleDifference] = []
    let expectedDay = expected.source.publicationDate?.value
    let actualDay = actual.source.publicationDate?.value
    if expectedDay != actualDay {
      differences.append(.publicationDate(expected: expectedDay, actual: actualDay))
    }
    let pairs = Self.pair(expected.events, actual.events)
    var matchedActual = Set<Int>()
    var matches: [(expected: TimelineEvent, actual: TimelineEvent)] = []
    for (e, expectedEvent) in expected.events.enumerated() {
      guard let a = pairs[e] else {
        differences.append(.missing(expectedEvent))
        continue
      }
      matchedActual.insert(a)
      let actualEvent = actual.events[a]
      if expectedEvent.date?.value == actualEvent.date?.value { matches.append((expectedEvent, actualEvent)) }
      let changes = Self.changes(expectedEvent, actualEvent)
      if !changes.isEmpty {
        differences.append(.changed(expected: expectedEvent, actual: actualEvent, changes))
      }
    }
    for (a, actualEvent) in actual.events.enumerated() where !matchedActual.contains(a) {
      differences.append(.unexpected(actualEvent))
    }
    self.differences = differences
    self.typeAndDateMatches = matches
  }

  public var passed: Bool { differences.isEmpty }

  /// Pairs each expected event with at most one extracted event of the same type, best matches first.
  private static func pair(_ expected: [TimelineEvent], _ actual: [TimelineEvent]) -> [Int: Int] {
    var candidates: [(score: Int, e: Int, a: Int)] = []
    for (e, x) in expected.enumerated() {
      for (a, y) in actual.enumerated() where x.type == y.type {
        var score = 0
        if x.date?.value == y.date?.value { score += 8 }
        if x.status == y.status { score += 4 }
        if x.rule == y.rule { score += 1 }
        let texts = Set(y.evidence.map(\.text))
        if x.evidence.contains(where: { texts.contains($0.text) }) { score += 4 }
        score += x.participants.filter { p in y.participants.contains { Self.sameParticipant(p, $0) } }.count
        candidates.append((score, e, a))
      }
    }
    candidates.sort { ($0.score, -$0.e, -$0.a) > ($1.score, -$1.e, -$1.a) }
    var pairs: [Int: Int] = [:]
    var usedActual = Set<Int>()
    for c in candidates where pairs[c.e] == nil && !usedActual.contains(c.a) {
      pairs[c.e] = c.a
      usedActual.insert(c.a)
    }
    return pairs
  }

  private static func changes(_ x: TimelineEvent, _ y: TimelineEvent) -> [FieldChange] {
    var changes: [FieldChange] = []
    if x.status != y.status {
      changes.append(FieldChange(field: "status", expected: x.status, actual: y.status))
    }
    if x.background != y.background {
      changes.append(FieldChange(field: "background", expected: "\(x.background)", actual: "\(y.background)"))
    }
    if x.date?.value != y.date?.value {
      changes.append(
        FieldChange(field: "date", expected: x.date?.value ?? "none", actual: y.date?.value ?? "none"))
    }
    for p in x.participants where !y.participants.contains(where: { sameParticipant(p, $0) }) {
      let found = y.participants.filter { $0.role == p.role }.map(\.name).joined(separator: ", ")
      changes.append(FieldChange(field: p.role, expected: p.name, actual: found.isEmpty ? "none" : found))
    }
    for q in x.quotes where !y.quotes.contains(where: { normalized($0) == normalized(q) }) {
      changes.append(FieldChange(field: "quote", expected: q, actual: "none"))
    }
    if x.rule != y.rule { changes.append(FieldChange(field: "rule", expected: x.rule, actual: y.rule)) }
    return changes
  }

  /// Same role, and names equal once case, punctuation and a leading "the" are set aside, or one name
  /// containing the other as whole words ("Xiaomi" and "Xiaomi Corp").
  static func sameParticipant(_ a: TimelineParticipant, _ b: TimelineParticipant) -> Bool {
    guard a.role == b.role else { return false }
    let x = normalized(a.name)
    let y = normalized(b.name)
    if x == y { return true }
    let (short, long) = x.count < y.count ? (x, y) : (y, x)
    guard !short.isEmpty else { return false }
    return " \(long) ".contains(" \(short) ")
  }

  static func normalized(_ name: String) -> String {
    let lowered = name.lowercased().unicodeScalars.map { scalar -> Character in
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? Character(scalar) : " "
    }
    var words = String(lowered).split(separator: " ").map(String.init)
    if words.first == "the" { words.removeFirst() }
    return words.joined(separator: " ")
  }
}

/// One way an extracted timeline differs from the expected one.
public enum SampleDifference: Sendable {
  /// The page's publication date differs (it shifts every relative date).
  case publicationDate(expected: String?, actual: String?)
  /// An expected event was not extracted.
  case missing(TimelineEvent)
  /// An extracted event was not expected.
  case unexpected(TimelineEvent)
  /// An event was found, but some fields that matter differ.
  case changed(expected: TimelineEvent, actual: TimelineEvent, [FieldChange])
}

/// A field of an event whose expected and extracted values differ.
public struct FieldChange: Sendable, Hashable {
  public let field: String
  public let expected: String
  public let actual: String
}
