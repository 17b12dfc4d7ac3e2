import TimeTagger

/// Which trigger of a sentence a time belongs to: "convicted in 2008 and pardoned two years later",
/// "a patient's 2010 overdose death", "convicted in 2011 and sentenced", "said on Thursday it would add".
extension EventDater {
  /// "said on Thursday it would add …": the time is when it was said, not when the addition comes.
  func isTimeOfSaying(_ time: TimeExpression, before trigger: Range<Int>, in t: SentenceTokens)
    -> Bool
  {
    guard let span = tokenSpan(of: time, in: t), span.upperBound <= trigger.lowerBound else { return false }
    if followsSpeechVerb(span, skipping: Self.attachingPrepositions, in: t) { return true }
    // "denied a report in the Sunday Ledger last month that the Hawks had opened an investigation", "The
    // bank on Tuesday denied a report that …": the report's (or the denial's) time, told before the "that"
    // of what was reported.
    let between = t.lower[span.upperBound..<trigger.lowerBound]
    guard let that = between.lastIndex(of: "that") else { return false }
    return between[..<that].contains(where: Self.reportWords.contains)
      || t.lower[max(0, span.lowerBound - 6)..<span.lowerBound].contains(where: Self.reportWords.contains)
  }

  /// Whether a time's span stands right after "said", "announced" and the like, one of `skipped` allowed
  /// between them ("said on Tuesday").
  func followsSpeechVerb(_ span: Range<Int>, skipping skipped: Set<String>, in t: SentenceTokens) -> Bool {
    var k = span.lowerBound - 1
    if k >= 0, skipped.contains(t.lower[k]) { k -= 1 }
    return k >= 0 && Self.speechVerbs.contains(t.lower[k])
  }

  /// Nouns of reports whose time is when they were published, not when what they tell happened.
  static let reportNouns: Set<String> = [
    "report", "reports", "article", "story", "claim", "claims", "reporting",
  ]

  static let speechVerbs: Set<String> = [
    "said", "says", "announced", "told", "stated", "confirmed", "reported", "reports",
  ]

  /// The words of a report or its saying, built once rather than per time looked at.
  static let reportWords = speechVerbs.union(reportNouns)

  /// "The additions take effect on Monday", "The rule goes into effect Jan. 1".
  func takesEffect(_ t: SentenceTokens) -> Bool {
    guard let e = t.lower.prefix(10).firstIndex(of: "effect"), e >= 1 else { return false }
    let verb = t.lower[e - 1] == "into" && e >= 2 ? t.lower[e - 2] : t.lower[e - 1]
    return ["take", "takes", "took", "go", "goes", "went", "come", "comes", "came"].contains(verb)
  }

  /// "The suspension took effect on Wednesday": a step named again by its noun, and the day it began.
  func tookEffect(_ t: SentenceTokens) -> Bool {
    t.count >= 4 && ["the", "that", "this", "its", "his", "her", "their"].contains(t.lower[0])
      && t.lower[2] == "took" && t.lower[3] == "effect"
  }

  /// The trigger a time belongs to. A time written as a modifier ("a patient's 2010 overdose death")
  /// belongs only to a trigger it modifies; a time after a preposition ("in 2008", "on Tuesday") belongs
  /// to the trigger before it in its clause; else to the nearest trigger.
  func owner(of time: TimeExpression, among triggers: [Range<Int>], in t: SentenceTokens)
    -> Range<Int>?
  {
    guard let span = tokenSpan(of: time, in: t) else {
      return nearestTrigger(to: time, among: triggers, in: t)
    }
    // "until Dec. 4, when Kessel has scheduled a further hearing": the time of the "when" clause's trigger.
    if span.lowerBound > 0, Self.limitWords.contains(t.lower[span.lowerBound - 1]),
      span.upperBound + 1 < t.count, t.lower[span.upperBound] == ",", t.lower[span.upperBound + 1] == "when"
    {
      let end = t.clauseEnd(after: span.upperBound + 2)
      return triggers.first { $0.lowerBound > span.upperBound + 1 && $0.lowerBound < end }
    }
    // "A jury on Friday found that": a time inside a trigger's words is that trigger's.
    if let around = triggers.first(where: {
      $0.lowerBound < span.lowerBound && span.upperBound < $0.upperBound
    }) {
      return around
    }
    // "The court on Wednesday cut the fine": a day after "on" dates a verb; it modifies no noun.
    let afterOn = span.lowerBound > 0 && t.lower[span.lowerBound - 1] == "on"
    if span.upperBound < t.count, !afterOn, isModifier(before: span.upperBound, in: t) {
      if let modified = triggers.first(where: {
        (span.upperBound...span.upperBound + 2).contains($0.lowerBound)
      }) {
        return modified
      }
      // "a 2019 decision from the same courthouse, when another judge ordered", "its 2019 action against
      // Handelsbank, which paid $65 million", "the 2018 trial win in Ohio, in which a jury convicted": the
      // clause after "when" or "which" tells the happening the time modifies.
      return triggers.first { tellsNoun(modifiedBy: span, trigger: $0, in: t) }
    }
    // "The users appealed, and in November a panel reversed": a time opening a clause after ", and" dates
    // that clause's trigger.
    let opener =
      span.lowerBound > 0 && Self.attachingPrepositions.contains(t.lower[span.lowerBound - 1])
      ? span.lowerBound - 1 : span.lowerBound
    if opener >= 2, t.lower[opener - 1] == "and", t.lower[opener - 2] == "," {
      let end = t.clauseEnd(after: span.upperBound)
      if let later = triggers.first(where: { $0.lowerBound >= span.upperBound && $0.lowerBound < end }) {
        return later
      }
    }
    // "convicted in 2008", "convicted in the district court last December on two charges": an adverb of
    // time follows the verb it dates.
    if span.lowerBound > 0,
      Self.attachingPrepositions.contains(t.lower[span.lowerBound - 1])
        || Self.relativeTimeOpeners.contains(t.lower[span.lowerBound])
    {
      let start = t.clauseStart(before: span.lowerBound)
      // "scheduled to hear arguments on whether to certify the class in January": a step only asked about
      // after "whether" is no act the time could date while another trigger stands before it.
      let asked = { (r: Range<Int>) in
        (r.lowerBound >= 1 && t.lower[r.lowerBound - 1] == "whether")
          || (r.lowerBound >= 2 && t.lower[r.lowerBound - 2] == "whether"
            && t.lower[r.lowerBound - 1] == "to")
      }
      let before = triggers.filter { $0.lowerBound >= start && $0.upperBound <= span.lowerBound }
      let left = before.contains(where: { !asked($0) }) ? before.filter { !asked($0) } : before
      if let last = left.max(by: { $0.upperBound < $1.upperBound }) {
        // "to resolve a lawsuit Caldwell's office filed late last year": the time is the filing's, told in
        // a clause of its own after the trigger's noun.
        if isOwnedByLaterVerb(after: last, time: span, in: t) { return nil }
        return actingVerb(on: last, among: left, before: span.lowerBound, in: t) ?? last
      }
      // "overturned the suspension Eli got in January and ordered the district to wipe it": the time is
      // the verb's before it, which no trigger is, and not the coordinated trigger's after it.
      let verb =
        Self.attachingPrepositions.contains(t.lower[span.lowerBound - 1])
        ? span.lowerBound - 2 : span.lowerBound - 1
      // ("Judge Estes agreed in 2021 and ordered Ridgeback to stop": a court's agreeing is its order's time.)
      if verb >= 0, Self.isPastOfAct(t.lower[verb]), !Self.rulingVerbs.contains(t.lower[verb]),
        let next = triggers.filter({ $0.lowerBound >= span.upperBound }).min(by: {
          $0.lowerBound < $1.lowerBound
        }),
        t.lower[span.upperBound..<next.lowerBound].contains("and")
      {
        return nil
      }
    }
    if let scheduled = scheduledStep(for: span, among: triggers, in: t) { return scheduled }
    if let previous = stepBeforeSubordinateClause(after: span, among: triggers, in: t) { return previous }
    return nearestTrigger(to: time, among: triggers, in: t)
  }

  /// "suspended the registration of Halvorsen's Columbus, Ohio, warehouse in 2021, after inspectors found
  /// …": a time that closes its clause right before ", after …" dates the step told before it, not the one
  /// the subordinate clause tells.
  func stepBeforeSubordinateClause(after span: Range<Int>, among triggers: [Range<Int>], in t: SentenceTokens)
    -> Range<Int>?
  {
    guard span.upperBound + 1 < t.count, t.lower[span.upperBound] == ",",
      Self.subordinators.contains(t.lower[span.upperBound + 1])
    else { return nil }
    return triggers.filter { $0.upperBound <= span.lowerBound }.max { $0.upperBound < $1.upperBound }
  }

  /// Verbs of a court deciding, whose time is that of the order told with them.
  static let rulingVerbs: Set<String> = ["agreed", "ruled", "sided", "decided", "held", "concluded"]

  /// "The judge scheduled a hearing on the motion to dismiss for Oct. 5", "A hearing on the motion is set
  /// for Oct. 5": a time after the "for" of a schedule dates the step scheduled (the verb's object, else its
  /// subject), not the nearest trigger.
  func scheduledStep(for span: Range<Int>, among triggers: [Range<Int>], in t: SentenceTokens) -> Range<Int>?
  {
    guard span.lowerBound > 0, t.lower[span.lowerBound - 1] == "for" else { return nil }
    let start = t.clauseStart(before: span.lowerBound)
    guard
      let verb = (start..<span.lowerBound - 1).last(where: { Self.scheduleVerbs.contains(t.lower[$0]) })
    else { return nil }
    let first = { (found: [Range<Int>]) in found.min { $0.lowerBound < $1.lowerBound } }
    if let holding = triggers.first(where: { $0.contains(verb) }) { return holding }
    return first(triggers.filter { $0.lowerBound > verb && $0.upperBound < span.lowerBound })
      ?? first(triggers.filter { $0.lowerBound >= start && $0.upperBound <= verb })
  }

  /// Verbs that put a step on a day: "scheduled", "set", "listed", "adjourned".
  static let scheduleVerbs: Set<String> = [
    "scheduled", "schedules", "schedule", "set", "sets", "slated", "listed", "fixed", "adjourned",
    "postponed", "rescheduled", "moved", "pushed", "delayed", "booked",
  ]

  static let attachingPrepositions: Set<String> = ["in", "on", "at", "during", "around"]
  /// Nouns for a case or a court's step that "that" may point at ("dismiss that case last month").
  static let caseNouns: Set<String> = [
    "case", "suit", "lawsuit", "claim", "claims", "complaint", "action", "order", "ruling", "decision",
    "appeal",
    "motion", "petition", "charge", "charges", "conviction", "sentence", "verdict",
  ]
  /// First words of a time that is an adverb by itself: "last December", "earlier this year", "yesterday".
  static let relativeTimeOpeners: Set<String> = ["last", "yesterday", "earlier", "this", "late", "early"]

  /// Whether the word before `time` (or before its preposition) is a past verb with its own subject after
  /// a trigger that acts on a noun ("resolve a lawsuit the state filed in March"); a participle right after
  /// the trigger ("the fine imposed in March") describes the trigger's own noun.
  private func isOwnedByLaterVerb(after trigger: Range<Int>, time: Range<Int>, in t: SentenceTokens) -> Bool {
    // A trigger of one word is the happening's own noun: "a settlement that a judge approved last month" is
    // dated by the approval.
    guard trigger.count > 1 else { return false }
    var k = time.lowerBound - 1
    if k > trigger.upperBound, Self.attachingPrepositions.contains(t.lower[k]) { k -= 1 }
    guard k > trigger.upperBound else { return false }
    let w = t.lower[k]
    // "an investigation that began in 2021": a verb of starting or ending tells the trigger's own time.
    guard Self.isPastOfAct(w) else { return false }
    // "a lawsuit that the state filed in March" too; "arrested as he arrived on Tuesday" is the arrest's time.
    let between = t.lower[trigger.upperBound..<k]
    return !between.contains {
      SentenceTokens.clauseBreaks.contains($0)
        || (Self.notNouns.contains($0) && !Self.relativeClauseWords.contains($0))
    }
  }

  /// A past verb that tells an act of its own, not a start or end ("got", "filed"; not "began").
  static func isPastOfAct(_ w: String) -> Bool {
    (w.hasSuffix("ed") || irregularPasts.contains(w)) && !aspectVerbs.contains(w)
  }

  static let aspectVerbs: Set<String> = [
    "began", "begun", "started", "opened", "launched", "ended", "concluded", "closed", "occurred",
    "happened", "came", "finished", "culminated", "resumed",
  ]

  static let relativeClauseWords: Set<String> = determiners.union(["that", "which"])

  /// "Nuvo appealed the injunction to the Ninth Circuit in April": the trigger before a time may be the
  /// object of a verb trigger just before it; the time is when the verb's act happened, not the object's
  /// ("upheld the conviction in 2019", "upheld that ruling in February", "denied Arcbright's motion in
  /// August 2023"). Not when a participle or relative clause tells the object's own time ("challenged the
  /// fine imposed in March").
  private func actingVerb(
    on object: Range<Int>, among left: [Range<Int>], before time: Int, in t: SentenceTokens
  ) -> Range<Int>? {
    let articles = Self.determiners.union(["that", "this"])
    guard object.lowerBound >= 1,
      articles.contains(t.lower[object.lowerBound - 1]) || t.lower[object.lowerBound - 1].isPossessive,
      let verb = left.filter({ $0.upperBound < object.lowerBound }).max(by: { $0.upperBound < $1.upperBound }
      ),
      object.lowerBound - verb.upperBound <= 3,
      articles.contains(t.lower[verb.upperBound]) || t.lower[object.lowerBound - 1].isPossessive
    else { return nil }
    let between = t.lower[object.upperBound..<time]
    // "denied Corvia's motion to dismiss that case last month": "that" before a case's noun points at the
    // case; it opens no clause of its own.
    let opensClause = between.indices.contains { k in
      let w = between[k]
      if w == "that", k + 1 < between.endIndex, Self.caseNouns.contains(between[k + 1]) { return false }
      return w.hasSuffix("ed") || ["that", "which", "who", ","].contains(w)
    }
    guard !opensClause else { return nil }
    return verb
  }

  /// Whether `time` is a possessive that names a decision's day ("Tuesday's ruling", "last week's order").
  func isPossessiveOfDecision(_ time: TimeExpression, in t: SentenceTokens) -> Bool {
    guard time.text.isPossessive, let span = tokenSpan(of: time, in: t), span.upperBound < t.count
    else { return false }
    return Self.decisionNouns.contains(t.lower[span.upperBound])
  }

  /// Nouns of decisions a time may modify while a later "when" clause tells them ("a 2019 decision ..., when").
  static let decisionNouns: Set<String> = [
    "decision", "ruling", "case", "order", "verdict", "judgment", "settlement",
  ]

  /// Whether `trigger` sits in the "when" or "which" clause after the noun that the time at `span`
  /// modifies ("a 2019 decision …, when another judge ordered", "its 2019 action against the bank, which
  /// paid"): the clause tells that happening, so the time is its.
  func tellsNoun(modifiedBy span: Range<Int>, trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    guard span.upperBound < t.count, isModifier(before: span.upperBound, in: t),
      let noun = (span.upperBound..<min(t.count, span.upperBound + 2)).first(where: {
        Self.decisionNouns.contains(t.lower[$0]) || Self.proceedingNouns.contains(t.lower[$0])
      })
    else { return false }
    let end = min(t.count, noun + 12)
    guard
      let opener = ((noun + 1)..<end).first(where: { Self.happeningClauseOpeners.contains(t.lower[$0]) }),
      !t.lower[(noun + 1)..<opener].contains(where: { $0 == ";" || $0 == "and" || $0 == "but" })
    else { return false }
    return trigger.lowerBound > opener && trigger.lowerBound <= opener + 6
  }

  /// Nouns of a proceeding's step a year may modify while a later "which" clause tells it ("its 2019 action
  /// against the bank, which paid").
  static let proceedingNouns: Set<String> = [
    "action", "trial", "win", "prosecution", "penalty", "fine", "lawsuit", "suit", "probe", "investigation",
    "inquiry", "enquiry", "crackdown", "raid", "indictment", "complaint", "hearing", "appeal",
  ]

  /// Words that open a clause telling the happening a time's noun names.
  static let happeningClauseOpeners: Set<String> = ["when", "where", "which"]

  /// Past forms not ending in "-ed" ("found", "won", "held"): verbs after a time, not nouns it modifies.
  static let irregularPasts: Set<String> = Set(Inflections.irregular.values.joined())

  /// Whether token `k`, right after a time, makes the time a modifier of a noun ("2010 overdose death").
  func isModifier(before k: Int, in t: SentenceTokens) -> Bool {
    let token = t.tokens[k]
    guard token.kind == .word, let first = token.text.unicodeScalars.first, first.properties.isLowercase
    else { return false }
    let w = t.lower[k]
    if w.hasSuffix("ed") || w.hasSuffix("ing") || w.hasSuffix("ly") || Self.irregularPasts.contains(w) {
      return false
    }
    return !Self.notNouns.contains(w)
  }

  /// Words after a time that show it is not a modifier of a noun.
  static let notNouns: Set<String> = [
    "and", "or", "but", "nor", "after", "before", "when", "while", "as", "of", "for", "to", "in", "on", "at",
    "by", "with", "from", "that", "which", "who", "whom", "because", "until", "since", "through", "during",
    "over", "against", "into", "under", "amid", "despite", "than", "then", "so", "if", "unless", "where",
    "it", "he", "she", "they", "we", "i", "you", "the", "a", "an", "his", "her", "its", "their", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might",
    "can", "did", "does", "do", "said", "says", "told", "about", "ago", "later", "earlier", "last", "next",
    "this", "per", "via", "following", "ahead", "alone", "too", "again", "instead", "also", "not", "all",
    "along", "alongside", "together", "among", "around", "near", "outside", "inside", "without", "within",
    "across", "behind", "beyond", "toward", "towards", "upon", "once", "just", "even", "only", "both",
    "either", "each", "here", "there", "now", "soon", "another", "other", "some", "several", "many", "most",
    "few", "more", "no", "every", "any", "our", "my", "your", "these", "those", "two", "three", "four",
    "five",
  ]

  /// The time of a trigger joined to this one by "and" ("convicted in 2011 and sentenced to 12 years").
  func coordinatedTime(
    of m: Mention, among triggers: [Range<Int>], times: [TimeExpression], in t: SentenceTokens
  ) -> TimeExpression? {
    // Only the triggers next to this one, a short way off.
    let previous = triggers.filter { $0.upperBound <= m.trigger.lowerBound }.max {
      $0.upperBound < $1.upperBound
    }
    let next = triggers.filter { $0.lowerBound >= m.trigger.upperBound }.min { $0.lowerBound < $1.lowerBound }
    for other in [previous, next].compactMap({ $0 }) {
      let gap =
        other.upperBound <= m.trigger.lowerBound
        ? other.upperBound..<m.trigger.lowerBound
        : m.trigger.upperBound..<max(m.trigger.upperBound, other.lowerBound)
      guard gap.upperBound <= t.count, gap.count <= 25 else { continue }
      // "was arrested and charged in October": the other trigger may hold the "and" itself.
      let joined = other.lowerBound < t.count && t.lower[other.lowerBound] == "and"
      let words = t.lower[gap]
      guard words.contains("and") || joined, !words.contains(where: { Self.coordinationBreaks.contains($0) })
      else {
        continue
      }
      // "has appealed the citation, and a hearing officer is scheduled …": a clause with its own subject
      // shares no time.
      if let and = gap.first(where: { t.lower[$0] == "and" }), and > 0, t.lower[and - 1] == ",",
        and + 1 < t.count, Self.subjectStarts.contains(t.lower[and + 1]) || t.tokens[and + 1].isCapitalized
      {
        continue
      }
      let theirs = times.filter { owner(of: $0, among: triggers, in: t) == other }
      if let time = theirs.first(where: { $0.type != .duration }) { return time }
    }
    return nil
  }

  /// Words that open a new subject (or a time fronting it) after ", and".
  static let subjectStarts: Set<String> = subjectPronouns.union(["in", "on", "last"])

  static let coordinationBreaks: Set<String> = [
    ";", ":", "but", "after", "before", "while", "although", "because", "when", "then", "later", "earlier",
  ]
}
