/// One legal event of a timeline, with the evidence and the rule that found it.
public struct TimelineEvent: Sendable, Hashable, Codable {
  /// `e1`, `e2`, ... in timeline order.
  public var id: String
  public var type: String
  public var status: String
  public var background: Bool
  public var date: TimelineDate?
  /// Ids of events this one happened after.
  public var after: [String]
  /// Ids of events this one happened before.
  public var before: [String]
  public var participants: [TimelineParticipant]
  public var quotes: [String]
  public var evidence: [TimelineEvidence]
  public var rule: String
  public var caseKey: String?

  enum CodingKeys: String, CodingKey {
    case id, type, status, background, date, after, before, participants, quotes, evidence, rule
    case caseKey = "case"
  }

  public init(
    id: String, type: String, status: String, background: Bool, date: TimelineDate?, after: [String],
    before: [String], participants: [TimelineParticipant], quotes: [String], evidence: [TimelineEvidence],
    rule: String, caseKey: String?
  ) {
    self.id = id
    self.type = type
    self.status = status
    self.background = background
    self.date = date
    self.after = after
    self.before = before
    self.participants = participants
    self.quotes = quotes
    self.evidence = evidence
    self.rule = rule
    self.caseKey = caseKey
  }

  var json: JSONValue {
    .object([
      ("id", .string(id)), ("type", .string(type)), ("status", .string(status)),
      ("background", .bool(background)),
      ("date", date?.json ?? .null), ("after", .array(after.map(JSONValue.string))),
      ("before", .array(before.map(JSONValue.string))),
      (
        "participants",
        .array(participants.map { .object([("role", .string($0.role)), ("name", .string($0.name))]) })
      ),
      ("quotes", .array(quotes.map(JSONValue.string))),
      (
        "evidence",
        .array(
          evidence.map {
            .object([("text", .string($0.text)), ("start", .int($0.start)), ("end", .int($0.end))])
          })
      ),
      ("rule", .string(rule)), ("case", .optional(caseKey)),
    ])
  }
}

/// When a timeline event happened.
public struct TimelineDate: Sendable, Hashable, Codable {
  /// ISO 8601 at its precision: `2021`, `2021-03`, `2021-03-12`.
  public var value: String
  /// The words that gave it, or nil when the publication date was used.
  public var text: String?
  /// `absolute`, `relative-to-publication`, `relative-to-previous`, `carried-from-story` or `publication-date`.
  public var resolution: String
  /// The first and last days the date can mean, `YYYY-MM-DD`.
  public var earliest: String?
  public var latest: String?

  public init(value: String, text: String?, resolution: String, earliest: String?, latest: String?) {
    self.value = value
    self.text = text
    self.resolution = resolution
    self.earliest = earliest
    self.latest = latest
  }

  var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("value", .string(value)), ("text", .optional(text)), ("resolution", .string(resolution)),
    ]
    if let earliest { fields.append(("earliest", .string(earliest))) }
    if let latest { fields.append(("latest", .string(latest))) }
    return .object(fields)
  }
}

/// A party or thing in an event, and the part it plays.
public struct TimelineParticipant: Sendable, Hashable, Codable {
  public var role: String
  public var name: String

  public init(role: String, name: String) {
    self.role = role
    self.name = name
  }
}

/// A sentence that reports an event; offsets count Unicode scalars into the article text.
public struct TimelineEvidence: Sendable, Hashable, Codable {
  public var text: String
  public var start: Int
  public var end: Int

  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }
}
