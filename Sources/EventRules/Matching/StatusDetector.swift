/// Decides an event's status from the words before its trigger in the sentence: negation ("did not sue",
/// "no appeal"), conditionals ("if convicted, faces"), requests ("asked the court to"), schedules ("is
/// scheduled for"), intentions ("will appeal", "plans to"), reporting verbs ("alleges") and announcements.
enum StatusDetector {
  /// A cue: its words (lowercase, plain apostrophes) and the status it gives.
  struct Cue: Sendable {
    let words: [String]
    let status: EventStatus
  }

  /// Words opening a clause of its own between a negation and the trigger.
  static let negationBarriers: Set<String> = [
    "when", "after", "before", "because", "while", "since", "once", "until", "where", "whereas", "whether",
  ]

  /// Checked in this order: the first family with a cue before the trigger wins.
  static let cues: [Cue] = {
    let table: [(EventStatus, [String])] = [
      (
        .negated,
        [
          "not", "n't", "never", "no", "without", "declined to", "refused to", "declines to", "refuses to",
          "no sign of", "nor", "neither",
          "didn't", "doesn't", "don't", "won't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "isn't",
          "aren't", "cannot", "can't", "failed to", "denied any", "has yet to", "have yet to", "rather than",
          "instead of",
        ]
      ),
      (
        .hypothetical,
        [
          "if", "unless", "could face", "faces up to", "face up to", "would face", "could", "might", "may",
          "considering", "weighing", "should have", "could have", "would have", "can", "whether", "likely to",
          "on condition that", "provided that", "so long as", "expect", "expects",
        ]
      ),
      (
        .requested,
        [
          "asked the court to", "asked a judge to", "asked the judge to", "asks the court to",
          "asking the court to",
          "seeks", "seeking", "sought", "to seek", "urged", "urging", "petitioned", "requested", "requesting",
          "calls for",
          "called for", "moved to", "asked", "asks", "asking",
        ]
      ),
      (
        .scheduled,
        [
          "scheduled", "is set to", "are set to", "set to", "slated", "due to", "expected to begin",
          "is expected to", "are expected to", "expected to", "sets", "set",
          "will begin", "will be argued", "will be heard", "will be held",
        ]
      ),
      (
        .intended,
        [
          "will", "plans to", "plan to", "planned to", "intends to", "intend to", "intended to", "vowed to",
          "vows to", "vows", "vowed", "vowing",
          "going to", "aims to", "threatened to", "threatens to", "threatening to", "expects to", "would",
          "prepares to", "preparing to", "ready to", "wants to", "'ll",
        ]
      ),
      (
        .alleged,
        [
          "alleges", "alleged", "allegedly", "alleging", "accused of", "accuses", "accusing", "claims",
          "claimed", "claiming", "reportedly", "purportedly", "reported that",
        ]
      ),
      (.announced, ["announced", "announces", "announcing", "unveiled", "unveils"]),
    ]
    return table.flatMap { status, phrases in
      phrases.map { Cue(words: $0.split(separator: " ").map(String.init), status: status) }
    }
  }()

  /// Verbs of saying that "can" and "could" may stand before without making what is said a possibility.
  static let sayingVerbs: Set<String> = [
    "confirm", "reveal", "report", "announce", "disclose", "say", "tell",
  ]

  /// Verbs of choosing before "not to": "decided not to ban", "voted not to renew".
  static let choiceVerbs: Set<String> = [
    "decide", "decided", "decides", "vote", "voted", "votes", "chose", "choose", "chooses", "opted", "opt",
    "elected", "agreed", "moved",
  ]

  /// How many words before the trigger a cue may stand (within its clause).
  static let reach = 8

  /// The status for a trigger covering `trigger`, and the cue that gave it (nil: the rule's default).
  static func status(
    of trigger: Range<Int>, in t: SentenceTokens, default value: EventStatus
  ) -> (EventStatus, String?) {
    let found = statusOfStatement(of: trigger, in: t, default: value)
    // "Have they sued you yet?": a question asserts nothing.
    if t.lower.last == "?", [.actual, .announced].contains(found.0) { return (.hypothetical, "?") }
    // "That trial will not go forward": a happening named as the subject of a negated going-ahead.
    if trigger.count == 1, trigger.lowerBound >= 1,
      ["the", "that", "this", "a", "his", "her", "their", "its"].contains(t.lower[trigger.lowerBound - 1])
    {
      let after = Array(t.lower[trigger.upperBound..<min(t.count, trigger.upperBound + 4)])
      let negatedAt = after.firstIndex { ["not", "won't", "wouldn't", "didn't", "never"].contains($0) }
      if let k = negatedAt, k + 1 < after.count, goingAhead.contains(after[k + 1]),
        k == 0
          || ["will", "would", "did", "does", "is", "was", "has", "had", "won't", "didn't"].contains(
            after[k - 1])
          || after[k] != "not"
      {
        return (.negated, after[max(0, k - 1)...(k + 1)].joined(separator: " "))
      }
    }
    // "a ruling for Villalobos would invite a wave of suits": a happening named as the subject of a
    // conditional is only imagined.
    if found.0 == .actual, trigger.count == 1, trigger.lowerBound >= 1,
      ["a", "an", "any"].contains(t.lower[trigger.lowerBound - 1]),
      let modal = t.lower[trigger.upperBound..<min(t.count, trigger.upperBound + 5)].first(where: {
        conditionalModals.contains($0) || SentenceTokens.clauseBreaks.contains($0)
      }), conditionalModals.contains(modal)
    {
      return (.hypothetical, modal)
    }
    return found
  }

  /// The words that tell a step as one weighed just before the trigger: "options, including" or "not ruled
  /// out".
  private static func weighedStep(before trigger: Range<Int>, in t: SentenceTokens) -> String? {
    let k = trigger.lowerBound
    guard k >= 3, k <= t.count else { return nil }
    // "including a petition to the Supreme Court": an article may stand before the trigger.
    let j = ["a", "an", "the"].contains(t.lower[k - 1]) && k >= 4 ? k - 1 : k
    // “evaluating its options,” including …: a closing quote may stand beside the comma.
    if t.lower[j - 1] == "including" {
      var m = j - 2
      var comma = false
      while m >= 0, t.lower[m] == "," || SentenceMatcher.closingQuotes.contains(t.lower[m]) {
        comma = comma || t.lower[m] == ","
        m -= 1
      }
      if comma, m >= 0, t.lower[m] == "options" { return "options, including" }
    }
    guard let out = (max(1, k - 3)..<k).last(where: { t.lower[$0] == "out" }),
      ["ruled", "rule"].contains(t.lower[out - 1]), out >= 2,
      ["not", "n't"].contains(t.lower[out - 2]) || (out >= 3 && ["not", "n't"].contains(t.lower[out - 3]))
    else { return nil }
    return "not ruled out"
  }

  private static func statusOfStatement(
    of trigger: Range<Int>, in t: SentenceTokens, default value: EventStatus
  ) -> (EventStatus, String?) {
    let clauseStart = t.clauseStart(before: trigger.lowerBound)
    let from = max(clauseStart, trigger.lowerBound - reach)
    // Cues inside the trigger count too ("did not file"), but not its first word.
    // "arrested in May and charged in June": the month is no modal.
    // "Alleged Calloway Pay hacker extradited": "alleged" before a name or a person describes the person.
    let scope = (from..<min(t.count, trigger.upperBound)).map { k in
      if k > 0 && t.lower[k] == "may" && t.tokens[k].isCapitalized { return "May" }
      // "He pleaded not guilty at his arraignment": a plea or a verdict, not a negation of what follows.
      if t.lower[k] == "not", k + 1 < t.count, t.lower[k + 1] == "guilty" || t.lower[k + 1] == "proven" {
        return "not (of a plea)"
      }
      // "asking the judge to set a bond", "Bail was set at $50,000": bail fixed, not a day set.
      if t.lower[k] == "set", k + 1 < t.count,
        ["bond", "bail"].contains(t.lower[k + 1])
          || (k + 2 < t.count && ["a", "an"].contains(t.lower[k + 1])
            && ["bond", "bail"].contains(t.lower[k + 2]))
          || (t.lower[k + 1] == "at" && t.lower[max(0, k - 2)..<k].contains { $0 == "bail" || $0 == "bond" })
      {
        return "set (of bail)"
      }
      // "The small claims court ruled for the tenant": a court's name, not a claim made.
      if t.lower[k] == "claims", k > 0, t.lower[k - 1] == "small" { return "claims (of a court)" }
      // "The agency can confirm that officers arrested ...": a way of saying, not a possibility.
      if t.lower[k] == "can" || t.lower[k] == "could", k + 1 < t.count,
        Self.sayingVerbs.contains(t.lower[k + 1])
      {
        return "can (of saying)"
      }
      // "Man accused of setting fires along Oregon highway ordered held", "an engineer accused of taking
      // files will stay behind bars": a participle after its noun describes the person; the allegation is
      // the words after it, not the step told past them (or past the clause's own verb).
      if t.lower[k] == "accused", isDescribingParticiple(at: k, before: trigger, in: t) {
        return "accused (of a person)"
      }
      if t.lower[k] == "alleged", k + 1 < t.count, k + 1 < trigger.lowerBound,
        t.tokens[k + 1].isCapitalized || Self.personNouns.contains(t.lower[k + 1])
      {
        return "alleged (of a person)"
      }
      return t.lower[k]
    }
    // "If convicted, he faces ...": a conditional clause just before the trigger's clause; "If the
    // mechanics defy it, the union could be held in contempt and fined": the whole sentence.
    // ("If you follow Chinese tech, you will have seen it: CCTV announced …" speaks to the reader.)
    // "Should the motion be denied, …", "Were he convicted, …": a condition told by inversion.
    let inverted =
      t.count > 3 && ["should", "were", "had"].contains(t.lower[0]) && t.tokens[1].kind == .word
      && (["the", "he", "she", "they", "it"].contains(t.lower[1]) || t.tokens[1].isCapitalized)
      && t.lower.contains(",")
    var conditional =
      t.count > 1 && (t.lower[0] == "if" || t.lower[0] == "unless") && t.lower[1] != "you" || inverted
    if !conditional, clauseStart > 0 {
      let previousStart = t.clauseStart(before: clauseStart - 1)
      conditional = t.lower[previousStart..<clauseStart].contains { $0 == "if" || $0 == "unless" }
    }
    // "acted without notice when it revoked the licence": a negation before a clause of its own ("when",
    // "after", "because" ...) does not reach the trigger.
    let limit = max(0, min(scope.count, trigger.lowerBound - from))
    let negationStart = scope[..<limit].lastIndex { negationBarriers.contains($0) }.map { $0 + 1 } ?? 0
    var best: (EventStatus, String)?
    for cue in cues {
      if let best, order(best.0) <= order(cue.status) { break }
      let (searched, offset) =
        cue.status == .negated ? (Array(scope[negationStart...]), negationStart) : (scope, 0)
      // A cue must start before the trigger: "plead not guilty" is not a negated plea. A schedule may be the
      // trigger's own words: "set sentencing for", "a hearing ... is set for".
      let end = cue.status == .scheduled ? trigger.upperBound : trigger.lowerBound
      // "the Court of Appeal set aside": what follows a trigger ending in "set" says what was set.
      let following = t.lower[min(t.count, trigger.upperBound)..<min(t.count, trigger.upperBound + 2)]
      if contains(searched, cue.words, before: end - from - offset, following: Array(following)) {
        best = (cue.status, cue.words.joined(separator: " "))
      }
    }
    // "decided not to ban", "voted not to renew": a refusal inside the trigger's own words ("pleaded not
    // guilty" is no refusal).
    if best.map({ order($0.0) > order(.negated) }) ?? true {
      let inner = t.lower[min(t.count, trigger.lowerBound + 1)..<min(t.count, trigger.upperBound)]
      // "ordered Brightline not to move forward" is an order, not a refusal.
      if let k = inner.firstIndex(of: "not"), k + 1 < trigger.upperBound, t.lower[k + 1] == "to",
        Self.choiceVerbs.contains(t.lower[k - 1])
      {
        best = (.negated, "not to")
      }
    }
    // "Government lawyers have 10 days to ask the court to reconsider": a window left open, not a step.
    if best.map({ order($0.0) > order(.hypothetical) }) ?? true,
      let k = (max(1, from)..<max(1, min(t.count - 1, trigger.lowerBound))).first(where: { k in
        ["days", "weeks", "months"].contains(t.lower[k]) && t.lower[k + 1] == "to" && k >= 2
          && ["has", "have", "had"].contains(t.lower[k - 2])
      })
    {
      best = (.hypothetical, t.lower[(k - 2)...(k + 1)].joined(separator: " "))
    }
    // "reviewing its options, including asking the full court to rehear the case", "had not ruled out
    // asking a judge to review it": a step weighed, not taken or refused.
    if let weighed = weighedStep(before: trigger, in: t),
      best.map({ order($0.0) > order(.hypothetical) || $0.0 == .negated }) ?? true
    {
      best = (.hypothetical, weighed)
    }
    // "the board's request to throw out the lawsuit": a step only asked for; "refused the board's request
    // to throw out the lawsuit": asked for and refused.
    // "the state's request for a preliminary injunction": the same, told with "for"; "granted the SEC's
    // request for a temporary restraining order": asked for and granted, so the step happened.
    let askedFor = (trigger.lowerBound - 3..<trigger.lowerBound).first { k in
      k >= max(1, clauseStart + 1) && t.lower[k] == "for" && requestNouns.contains(t.lower[k - 1])
        && t.lower[k + 1..<trigger.lowerBound].allSatisfy(Self.wordsBeforeAskedStep.contains)
    }
    let askedTo =
      trigger.lowerBound >= 2 && t.lower[trigger.lowerBound - 1] == "to"
      && requestNouns.contains(t.lower[trigger.lowerBound - 2])
    // "rejecting a prosecution request that he be taken into custody": the same, told with "that … be".
    let thatStart = max(clauseStart + 1, trigger.lowerBound - 6)
    let askedThat =
      thatStart < trigger.lowerBound
      ? (thatStart..<trigger.lowerBound).first { k in
        t.lower[k] == "that" && requestNouns.contains(t.lower[k - 1])
          && t.lower[k + 1..<min(t.count, trigger.lowerBound + 1)].contains("be")
      } : nil
    if let noun = askedFor.map({ $0 - 1 }) ?? (askedTo ? trigger.lowerBound - 2 : nil)
      ?? askedThat.map({ $0 - 1 })
    {
      let before = t.lower[max(clauseStart, noun - 6)..<noun]
      let granted =
        (askedFor != nil || askedThat != nil) && before.contains(where: { grantVerbs.contains($0) })
      if before.contains(where: { refusalVerbs.contains($0) }) {
        best = (.negated, "refused the request")
      } else if !granted, best.map({ order($0.0) > order(.requested) }) ?? true {
        best = (.requested, t.lower[noun] + (askedThat != nil ? " that" : askedFor == nil ? " to" : " for"))
      }
    }
    if conditional, best.map({ order($0.0) > order(.hypothetical) }) ?? true {
      return (.hypothetical, "if")
    }
    // "A hearing is scheduled for June 3", "the trial will begin": a schedule told after the trigger.
    let tailEnd = min(t.clauseEnd(after: trigger.upperBound), trigger.upperBound + 7)
    let tail = Array(
      t.lower[min(t.count, trigger.upperBound)..<max(min(t.count, trigger.upperBound), tailEnd)])
    let rest = Array(t.lower[min(t.count, trigger.upperBound)...])
    // "said it would add them to the list, which will take effect on Monday": a plan with its start date.
    if let found = best, found.0 == .intended || found.0 == .announced,
      contains(rest, ["take", "effect"], before: rest.count)
        || contains(rest, ["takes", "effect"], before: rest.count)
    {
      return (.scheduled, "take effect")
    }
    // Headline verbs without "to": "company plans appeal", "Ministry mulls appeal".
    if best == nil, trigger.lowerBound >= 1 {
      let verb = t.lower[trigger.lowerBound - 1]
      if headlinePlanVerbs.contains(verb) { return (.intended, verb) }
      if headlineWeighingVerbs.contains(verb) { return (.hypothetical, verb) }
    }
    // "did not hear argument until this January", "was not charged until 2019": it happened, then.
    if let found = best, found.0 == .negated, found.1.hasSuffix("not") || found.1.hasSuffix("n't"),
      tail.contains("until") || tail.contains("till")
    {
      return (value, "not … until")
    }
    if let best, best.0 != .announced { return best }
    // "The complaint seeks an officer-and-director bar and a civil penalty": a request whose objects are
    // joined by "and" reaches past the clause break.
    if clauseStart > 0, t.lower[clauseStart - 1] == "and" {
      var k = clauseStart - 1
      while k > 0, k > trigger.lowerBound - 16, ![",", ";", ":"].contains(t.lower[k - 1]) {
        k -= 1
        if ["seeks", "seeking", "sought", "requests", "requested"].contains(t.lower[k]) {
          return (.requested, t.lower[k])
        }
      }
    }
    // "Local media reported that the vice chairman, Park, had been detained": what others report, told
    // across the commas of an apposition.
    // A denied report stays alleged: "denied a newspaper report that more arrests had been made" tells a
    // contested claim, not that nothing happened (samples/README.md, conventions).
    if let frame = reportingFrame(before: trigger.lowerBound, in: t) { return (.alleged, frame) }
    // "announced that no one would be charged": a rule's own negation, announced or planned, is still one.
    if value == .negated, let found = best, [.announced, .intended, .scheduled].contains(found.0) {
      return (value, nil)
    }
    if let best { return announcesDoneEvent(trigger, in: t) ? (value, nil) : best }
    // "announced that a ban would be lifted": the trigger holds the announcement of what is still to come.
    let inside = Array(t.lower[trigger.clamped(to: 0..<t.count)])
    if inside.contains(where: { ["announced", "announces", "said", "says"].contains($0) }),
      inside.contains("that"),
      rest.prefix(8).contains(where: { $0 == "would" || $0 == "will" })
    {
      return (.announced, "announced that ... would")
    }
    // "the trial has not begun", "Charges are yet to be framed": a step's noun denied by the verb after it.
    // ("The investigation was never closed" denies its end, not the investigation.)
    if trigger.count == 1, trigger.lowerBound < t.count, negatedNouns.contains(t.lower[trigger.lowerBound]),
      tail.count >= 3, nounAuxiliaries.contains(tail[0]),
      tail[1] == "not" || tail[1] == "never" || (tail[1] == "yet" && tail[2] == "to"),
      let verb = tail.dropFirst(tail[1] == "yet" ? 3 : 2).first(where: {
        !["been", "be", "yet"].contains($0)
      }),
      happeningVerbs.contains(verb)
    {
      return (.negated, tail[0] + " " + tail[1])
    }
    for cue in afterCues where contains(tail, cue, before: 5) {
      return (.scheduled, cue.joined(separator: " "))
    }
    return (value, nil)
  }

  /// Nouns of steps whose own verb may deny them ("the trial has not begun").
  static let negatedNouns: Set<String> = [
    "trial", "charges", "charge", "hearing", "appeal", "lawsuit", "suit", "investigation", "inquiry", "probe",
  ]

  /// Verbs that tell a step's noun taking place ("has not begun", "are yet to be framed").
  static let happeningVerbs: Set<String> = [
    "begun", "began", "begin", "started", "start", "opened", "open", "commenced", "commence", "taken", "held",
    "filed", "brought", "laid", "framed", "lodged", "heard", "launched", "scheduled", "set",
  ]

  /// Auxiliaries between a step's noun and its denial.
  static let nounAuxiliaries: Set<String> = ["has", "have", "had", "is", "are", "was", "were"]

  /// Words that report what others say happened, heading the sentence the trigger stands in.
  static let reportingFrames: [[String]] = [
    ["reported", "that"], ["report", "that"], ["reports", "that"], ["reports", "said"], ["reports", "say"],
    ["reports", "suggest"],
    ["according", "to", "reports"], ["according", "to", "media", "reports"],
    ["according", "to", "local", "media"],
    ["media", "reported"], ["was", "reported", "to"], ["were", "reported", "to"],
  ]

  /// The reporting frame ("reported that", "reports said") before the trigger in its sentence, past commas
  /// but not past a semicolon or a full clause of the writer's own ("; police said").
  static func reportingFrame(before trigger: Int, in t: SentenceTokens) -> String? {
    var start = trigger
    while start > 0, t.lower[start - 1] != ";", t.lower[start - 1] != ":" { start -= 1 }
    let scope = Array(t.lower[start..<min(t.count, trigger)])
    // A denial of the report just before it ("denied a newspaper report that").
    func framed(_ frame: String, at: Int) -> String {
      scope[max(0, at - 4)..<at].contains(where: { denials.contains($0) }) ? "denied " + frame : frame
    }
    for frame in reportingFrames {
      guard let at = firstIndex(of: frame, in: scope) else { continue }
      return framed(frame.joined(separator: " "), at: at)
    }
    // "a report in the Sunday Courier that": the report's source between the noun and its "that".
    if let at = scope.firstIndex(where: { $0 == "report" || $0 == "reports" || $0 == "reported" }),
      scope[(at + 1)..<min(scope.count, at + 11)].contains("that")
    {
      return framed("report that", at: at)
    }
    return nil
  }

  static let denials: Set<String> = ["denied", "denies", "denying", "rejected", "dismissed", "refuted"]

  private static func firstIndex(of words: [String], in scope: [String]) -> Int? {
    guard !words.isEmpty, scope.count >= words.count else { return nil }
    return (0...(scope.count - words.count)).first { Array(scope[$0..<($0 + words.count)]) == words }
  }

  /// Whether an announcement tells the trigger's event as done: announced as its object ("today announced
  /// criminal charges against"), or with the trigger's own perfect or passive auxiliary ("announced that a
  /// judge has entered a consent judgment"; "to settle" after "has reached an agreement" is still to come, and
  /// an agreement "in principle" is still only announced).
  private static func announcesDoneEvent(_ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    let near = t.lower[max(0, trigger.lowerBound - 3)..<trigger.lowerBound]
    if let at = near.lastIndex(where: { ["announced", "announces", "unveiled"].contains($0) }),
      !t.lower[(at + 1)..<trigger.lowerBound].contains(where: {
        ["that", "it", "plans", "will"].contains($0)
      })
    {
      return true
    }
    let lead = t.lower[max(0, trigger.lowerBound - 2)..<trigger.lowerBound]
    let tentative = t.lower[trigger.upperBound..<min(t.count, trigger.upperBound + 3)].contains("principle")
    return lead.contains(where: { completedAuxiliaries.contains($0) }) && !lead.contains("to") && !tentative
  }

  /// Auxiliaries that tell an announced event as done ("has entered", "had reached", "was sentenced").
  static let completedAuxiliaries: Set<String> = ["has", "have", "had", "was", "were"]

  /// Schedule cues that follow the trigger.
  static let afterCues: [[String]] = [
    ["is", "scheduled"], ["are", "scheduled"], ["was", "scheduled"], ["has", "been", "scheduled"],
    ["is", "set"],
    ["are", "set"], ["is", "slated"], ["will", "begin"], ["will", "start"], ["will", "take", "place"],
    ["is", "expected", "to", "begin"], ["is", "due"], ["is", "listed"], ["are", "listed"],
    ["been", "listed"],
    ["will", "resume"], ["will", "be", "held"],
  ]

  private static let precedence: [EventStatus] = [
    .negated, .hypothetical, .requested, .scheduled, .intended, .alleged, .announced,
  ]

  private static func order(_ status: EventStatus) -> Int {
    precedence.firstIndex(of: status) ?? precedence.count
  }

  /// Whether `words` occur in `scope` starting before position `limit`.
  private static let relativePronouns: Set<String> = ["that", "which", "who"]
  private static let modals: Set<String> = ["would", "could", "might", "may", "will"]

  /// - Parameter following: the sentence's words just after `scope`, read only for what a final "set"
  ///   takes.
  static func contains(_ scope: [String], _ words: [String], before limit: Int, following: [String] = [])
    -> Bool
  {
    guard !words.isEmpty, scope.count >= words.count else { return false }
    for i in 0...(scope.count - words.count) where i < limit {
      guard Array(scope[i..<(i + words.count)]) == words else { continue }
      // "an agreement that would resolve the case": a relative clause tells the purpose of something else.
      if i > 0, relativePronouns.contains(scope[i - 1]), modals.contains(words[0]) { continue }
      // "engineers who moved to Xinhe with him", "moved to the United States in 2015": a move, not a motion.
      if words == ["moved", "to"] {
        let next = i + 2 < scope.count ? scope[i + 2] : following.first
        if i > 0 && relativePronouns.contains(scope[i - 1])
          || next.map({ EventDater.determiners.contains($0) }) == true
        {
          continue
        }
      }
      // "ask the judge to set aside the verdict", "set free", "set a non-parole period of 18 years":
      // setting these schedules nothing.
      if words.last == "set" || words.last == "sets" {
        let rest = scope[(i + words.count)...] + following
        if let next = rest.first {
          let object = EventDater.determiners.contains(next) ? rest.dropFirst().first ?? next : next
          if Self.setWithoutSchedule.contains(next) || Self.setWithoutSchedule.contains(object) { continue }
          // "to set the order aside", "set the 2019 verdict aside": the particle after a short object.
          if rest.prefix(4).contains("aside") { continue }
          // "set it aside", "set them free": a pronoun between the verb and its particle.
          if Self.setPronouns.contains(next), let particle = rest.dropFirst().first,
            Self.setWithoutSchedule.contains(particle)
          {
            continue
          }
        }
      }
      return true
    }
    return false
  }

  /// What "set" takes when it schedules nothing ("set aside", "set free", "set bail", "set a precedent", "a
  /// third set of charges").
  static let setWithoutSchedule: Set<String> = [
    "aside", "out", "up", "off", "free", "fire", "bail", "precedent", "record", "non-parole", "minimum",
    "stage", "tone", "of",
  ]

  /// Pronouns that stand between "set" and its particle ("set it aside").
  static let setPronouns: Set<String> = ["it", "them", "him", "her", "this", "that"]

  /// Whether "accused" at `k` describes the noun before it, the trigger told past its complement: far past
  /// it, or past the clause's own verb ("accused of taking files will stay").
  static func isDescribingParticiple(at k: Int, before trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    guard k > 0, !accusedAuxiliaries.contains(t.lower[k - 1]) else { return false }
    if trigger.lowerBound > k + 5 { return true }
    let end = min(trigger.lowerBound + 1, t.count)
    guard k + 1 < end else { return false }
    return t.lower[(k + 1)..<end].contains { accusedAuxiliaries.contains($0) }
  }

  /// Words before "accused" that make it the clause's verb ("was accused of"), not a description.
  static let accusedAuxiliaries: Set<String> = [
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "stands", "stood", "stand",
    "will",
    "would",
  ]

  /// Nouns for a person "alleged" may describe ("the alleged ringleader").
  static let personNouns: Set<String> = [
    "hacker", "hackers", "killer", "gunman", "fraudster", "scammer", "ringleader", "mastermind", "smuggler",
    "trafficker", "thief", "attacker", "shooter", "abuser", "spy", "leader", "boss", "bomber", "accomplice",
    "member", "members", "victim", "victims", "perpetrator", "drug", "gang",
  ]

  /// Nouns of asking: "a request to", "its bid to", "a motion to".
  static let requestNouns: Set<String> = ["request", "bid", "motion", "application", "petition", "attempt"]
  /// Verbs that grant what was asked.
  static let grantVerbs: Set<String> = ["granted", "approved", "allowed", "accepted", "upheld"]
  /// Words that may stand between "request for" and the step asked for ("a preliminary injunction").
  static let wordsBeforeAskedStep: Set<String> = [
    "a", "an", "the", "its", "his", "her", "their", "preliminary", "temporary", "interim", "permanent",
    "emergency", "urgent", "new", "further",
  ]
  /// Headline verbs of a plan told without "to" ("company plans appeal").
  static let headlinePlanVerbs: Set<String> = ["plans", "planning"]
  /// Headline verbs of a step only weighed ("Ministry mulls appeal").
  static let headlineWeighingVerbs: Set<String> = ["mulls", "mulling", "weighs", "eyes", "considers"]

  /// Verbs that refuse what was asked.
  static let refusalVerbs: Set<String> = [
    "refused", "rejected", "denied", "dismissed", "declined", "spurned", "refusing", "rejecting", "denying",
  ]

  /// Verbs of a happening going ahead ("the trial will not go forward", "the hearing did not take place").
  static let goingAhead: Set<String> = [
    "go", "proceed", "happen", "take", "begin", "start", "resume", "occur", "be", "going", "proceeding",
  ]

  /// Modals that make their subject imagined.
  static let conditionalModals: Set<String> = ["would", "could", "might"]
}
