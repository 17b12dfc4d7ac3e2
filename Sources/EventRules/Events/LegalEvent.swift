import TimeTagger

/// A legal happening an article reports, found by a rule of the pack.
public struct LegalEvent: Sendable, Hashable {
  /// The taxonomy id (`civil.complaint_filed`, `regulatory.designation`, ...).
  public var type: String
  /// Whether it happened, was announced, is only alleged, hypothetical, negated, ...
  public var status: EventStatus
  /// True when the article recounts an older matter rather than reporting news.
  public var background: Bool
  /// When it happened, or nil when the article gives no date for it.
  public var date: EventDate?
  /// Events (indices into the same result) this one happened after, from cues such as "After X, ...".
  public var after: [Int]
  /// Events (indices into the same result) this one happened before.
  public var before: [Int]
  /// Who and what took part, with their roles (plaintiff, defendant, court, judge, target, ...).
  public var participants: [Participant]
  /// Legal standards and words quoted about it ("arbitrary and capricious").
  public var quotes: [String]
  /// The sentences that report it, first mention first.
  public var evidence: [Evidence]
  /// The id of the rule that found it.
  public var rule: String
  /// A key shared by the events of one case, built from its parties; nil when the parties are unknown.
  public var caseKey: String?

  public init(
    type: String, status: EventStatus, background: Bool = false, date: EventDate?, after: [Int] = [],
    before: [Int] = [], participants: [Participant], quotes: [String] = [], evidence: [Evidence],
    rule: String,
    caseKey: String? = nil
  ) {
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
}

/// Whether and how an event happened, as the article tells it.
public enum EventStatus: String, Sendable, Hashable, Codable, CaseIterable {
  case actual
  case announced
  case scheduled
  case intended
  case requested
  case alleged
  case hypothetical
  case negated
}

/// A party or thing in an event, and the part it plays.
public struct Participant: Sendable, Hashable, Codable {
  /// plaintiff, defendant, court, judge, authority, target, prosecutor, person, amount, term, standard, ...
  public var role: String
  public var name: String

  public init(role: String, name: String) {
    self.role = role
    self.name = name
  }
}

/// A sentence that reports an event, and where it stands in the article text.
public struct Evidence: Sendable, Hashable, Codable {
  public var text: String
  /// Unicode-scalar offsets into the article text.
  public var start: Int
  public var end: Int

  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }
}

/// When an event happened, from a time expression of the article.
public struct EventDate: Sendable, Hashable, Codable {
  /// ISO 8601 at its precision: `2021`, `2021-03`, `2021-03-12`.
  public var value: String
  /// The words that gave it ("back in March"), or nil when the publication date was used.
  public var text: String?
  /// How it was found: `absolute`, `relative-to-publication`, `relative-to-previous`,
  /// `carried-from-story` (from a nearby sentence), `publication-date` (the page's own date, used for
  /// news told in the present).
  public var resolution: String
  public var earliest: CalendarDay?
  public var latest: CalendarDay?

  public init(
    value: String, text: String?, resolution: String, earliest: CalendarDay?, latest: CalendarDay?
  ) {
    self.value = value
    self.text = text
    self.resolution = resolution
    self.earliest = earliest
    self.latest = latest
  }
}
