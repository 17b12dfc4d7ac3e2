import TextSegmentation
import TimeTagger

/// Runs a rule pack over an article's sentences and time expressions and returns its legal events.
public struct EventExtractor: Sendable {
  public let pack: RulePack
  private let index: RuleIndex

  public init(pack: RulePack) {
    self.pack = pack
    self.index = RuleIndex(pack.rules)
  }

  /// The events of one article, merged so that each happening appears once, in order of first mention
  /// in the body (a headline-only event comes first).
  /// - Parameters:
  ///   - text: the article text the offsets count into.
  ///   - sentences: its sentences.
  ///   - tokens: optionally, per sentence, its tokens as the time tagger was given them (see
  ///     `TimeTagger.expressions(in:sentences:tokens:)`), so that they are not made again.
  ///   - times: its time expressions, resolved.
  ///   - publicationDate: the page's date, for news told in the present tense.
  public func events(
    in text: String, sentences: [Sentence], tokens: [[Token]?]? = nil, times: [TimeExpression],
    publicationDate: CalendarDay?
  ) -> [LegalEvent] {
    analyze(sentences: sentences, tokens: tokens, times: times, publicationDate: publicationDate).events
  }

  /// For each sentence: the rules that matched, the roles they filled, the status and date they got, and
  /// the rules that were vetoed and why.
  public func explain(
    in text: String, sentences: [Sentence], tokens: [[Token]?]? = nil, times: [TimeExpression],
    publicationDate: CalendarDay?
  ) -> [SentenceExplanation] {
    let analysis = analyze(
      sentences: sentences, tokens: tokens, times: times, publicationDate: publicationDate)
    return sentences.enumerated().map { s, sentence in
      let matches = analysis.mentions.filter { $0.sentence == s }.map { m in
        SentenceExplanation.Match(
          rule: m.rule.id, type: m.rule.type, trigger: m.triggerText, participants: m.participants,
          status: m.status, statusCue: m.statusCue, date: m.date, background: m.background)
      }
      let vetoes = analysis.vetoes.filter { $0.sentence == s }.map {
        SentenceExplanation.Vetoed(rule: $0.rule, trigger: $0.trigger, reason: $0.veto)
      }
      return SentenceExplanation(sentence: sentence, matches: matches, vetoed: vetoes)
    }
  }

  /// The most tokens of a sentence that follows up on the one before it.
  static let followUpLength = 12

  /// Whether a sentence names a request told before it ("Castañeda denied that request on June 18"): it
  /// reads in the context of the sentence before, whatever its length or paragraph.
  static func refersToARequest(_ t: SentenceTokens) -> Bool {
    (1..<max(1, t.count)).contains {
      ["that", "this"].contains(t.lower[$0 - 1]) && StatusDetector.requestNouns.contains(t.lower[$0])
    }
  }

  /// Whether a sentence's subject is a pronoun ("it", "they", "he", "she"), at its start or after a short
  /// opening phrase ("In May, it sent the company a provisional notification"): the actor is named in the
  /// sentence before.
  static func opensWithPronoun(_ t: SentenceTokens) -> Bool {
    guard t.count > 1 else { return false }
    if subjectPronouns.contains(t.lower[0]) { return true }
    if let comma = (1..<min(t.count - 1, 7)).first(where: { t.lower[$0] == "," }) {
      return subjectPronouns.contains(t.lower[comma + 1])
    }
    // "In 2020 it ordered a new trial", "Last year they cut the fine": a time phrase without its comma.
    guard timePhraseOpeners.contains(t.lower[0]) else { return false }
    for i in 1..<min(t.count - 1, 5) {
      if subjectPronouns.contains(t.lower[i]) { return true }
      let isTimeWord =
        t.tokens[i].kind == .number || timePhraseWords.contains(t.lower[i])
        || NameFinder.months.contains(t.lower[i])
      if !isTimeWord { return false }
    }
    return false
  }

  /// Words that open a time phrase before a sentence's subject ("In 2020 it", "Last year they").
  static let timePhraseOpeners: Set<String> = ["in", "on", "by", "last", "earlier", "later", "that"]

  /// Words of a time phrase that are not a number, a month or a season.
  static let timePhraseWords: Set<String> = [
    "the", "same", "following", "next", "last", "early", "late", "year", "month", "week", "day", "spring",
    "summer", "autumn", "fall", "winter", "mid",
  ]

  /// Subjects whose actor the sentence before names.
  static let subjectPronouns: Set<String> = ["it", "they", "he", "she"]

  /// Whether a sentence opens with an inquiry the article has told of ("The investigation began in
  /// November 2022") or one more of its holder's ("A second inquiry, opened the same month"): who holds it
  /// is named before.
  static func opensWithKnownInquiry(_ t: SentenceTokens) -> Bool {
    guard t.count > 3 else { return false }
    if ["the", "that", "this"].contains(t.lower[0]) { return inquiryNouns.contains(t.lower[1]) }
    // "A second inquiry, opened the same month …", "Another investigation": one more of the holder's.
    return (t.lower[0] == "another" && inquiryNouns.contains(t.lower[1]))
      || (t.lower[0] == "a" && ["second", "third", "separate", "further", "parallel"].contains(t.lower[1])
        && inquiryNouns.contains(t.lower[2]))
  }

  static let inquiryNouns: Set<String> = [
    "investigation", "investigations", "inquiry", "inquiries", "probe", "audit", "examination",
  ]

  /// Whether a sentence has a word of prose, not only a name ("Office of Treaty Settlements.").
  static func isProse(_ t: SentenceTokens) -> Bool {
    t.tokens.indices.contains { t.tokens[$0].kind == .word && !t.capitalized[$0] && t.lower[$0].count >= 4 }
  }

  /// The most mentions one article yields: far beyond any real article, a bound on a hostile page.
  static let maxMentions = 4096

  struct Analysis {
    var mentions: [Mention]
    var vetoes: [Veto]
    var events: [LegalEvent]
  }

  func analyze(
    sentences: [Sentence], tokens: [[Token]?]? = nil, times: [TimeExpression], publicationDate: CalendarDay?
  ) -> Analysis {
    let shared = tokens.flatMap { $0.count == sentences.count ? $0 : nil }
    let tokenized = sentences.enumerated().map {
      SentenceTokens(index: $0.offset, sentence: $0.element, tokens: shared?[$0.offset])
    }
    let article = ArticleNamesOnDemand(tokenized)
    let multiline = (tokenized.last?.sentence.line ?? 0) > 0
    let matcher = SentenceMatcher(
      pack: pack, index: index, article: article,
      // A headline is short: a long first line is a page's text, and reading it again per match costs.
      headline: multiline
        ? tokenized.filter { $0.sentence.line == 0 && $0.count <= 40 }.prefix(2).map { $0 } : [])
    var mentions: [Mention] = []
    var vetoes: [Veto] = []
    for t in tokenized where mentions.count < Self.maxMentions {
      let previous = t.index > 0 ? tokenized[t.index - 1] : nil
      // A short sentence that follows up on the one before ("He was released the next day.") reads in its
      // context; one whose subject is a pronoun ("In 2020 it ordered a new trial") or that opens with the
      // inquiry already told ("The inquiry was opened in September 2021") does so in the next paragraph too.
      let found = matcher.mentions(
        in: t,
        previous: previous.flatMap {
          ($0.sentence.line == t.sentence.line && t.count <= Self.followUpLength && Self.isProse(t))
            || Self.opensWithPronoun(t) || Self.opensWithKnownInquiry(t) || Self.refersToARequest(t)
            ? $0 : nil
        })
      mentions += found.mentions
      vetoes += found.vetoes
    }
    MockProceedings.apply(&mentions, vetoes: &vetoes, sentences: tokenized)
    // Nothing matched: no event, and no need to find the article's names.
    guard !mentions.isEmpty else { return Analysis(mentions: [], vetoes: vetoes, events: []) }
    AbsentSteps.apply(&mentions, vetoes: &vetoes, sentences: tokenized)
    RequestedDismissals.apply(&mentions)
    AgreedPayments.apply(&mentions, sentences: tokenized)
    ProceedingContext.apply(&mentions, sentences: tokenized)
    AbsentSteps.dropConditionalConvictions(&mentions, vetoes: &vetoes)
    AnsweredRequests.apply(&mentions, sentences: tokenized)
    AppellateDecisions.apply(&mentions, sentences: tokenized)
    AppellateDecisions.dropUndoneInjunctions(&mentions, sentences: tokenized, vetoes: &vetoes)
    FollowUpSentences.attach(&mentions, sentences: tokenized)
    DefiniteReferences.attach(&mentions, sentences: tokenized)
    // "The case is Corvalis Technologies LLC v. NetHarbor Inc.", "the lawsuit, which Corda Mills filed against
    // Benton Freight": a case name or a suit's relative clause anywhere gives the sides.
    let named = tokenized.compactMap { t in
      (RoleFinder.caseName(in: t) ?? RoleFinder.suitParties(in: t)).map {
        (plaintiff: $0.0, defendant: $0.1, sentence: t.index, start: t.sentence.range.lowerBound)
      }
    }
    CaseRoles.relabel(
      &mentions,
      named: named.map {
        CaseRoles.Side(plaintiff: $0.plaintiff, defendant: $0.defendant, position: $0.sentence)
      })
    let dater = EventDater(sentences: tokenized, times: times, publicationDate: publicationDate)
    dater.apply(to: &mentions)
    MotionRequests.apply(&mentions, sentences: tokenized, vetoes: &vetoes)
    let background = BackgroundDetector(sentences: tokenized, publicationDate: publicationDate)
    for i in mentions.indices { mentions[i].background = background.hasCue(mentions[i]) }
    let builder = EventBuilder(
      sentences: tokenized, times: times, publicationDate: publicationDate, dater: dater)
    var events = builder.events(from: mentions)
    background.mark(&events, cued: events.map(\.background))
    // Inherited names tell neither which mentions are one happening nor which matter is older.
    CaseRoles.inherit(
      &events, judges: article.names.soleJudge.map { [$0] } ?? [], regulator: article.names.soleRegulator,
      named: named.map {
        CaseRoles.Side(plaintiff: $0.plaintiff, defendant: $0.defendant, position: $0.start)
      })
    return Analysis(mentions: mentions, vetoes: vetoes, events: events)
  }
}
