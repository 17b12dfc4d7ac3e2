import TextSegmentation

/// Finds the rule matches of one sentence: triggers, vetoes and required words, the roles each match
/// fills, its status and quotes. Overlapping matches keep the rule with the higher priority, then the longer one.
struct SentenceMatcher {
  let pack: RulePack
  let index: RuleIndex
  let article: ArticleNamesOnDemand
  /// Where the article tells what rules retell.
  let tellings: ArticleTellings
  var names: ArticleNames { article.names }

  /// The headline's sentences (empty when the text has one line): a listing story names its list there once
  /// ("X Removed From Sanctions List"), and the body's "was designated in 2022" means that list.
  let headline: [SentenceTokens]

  /// Rule types whose required words may stand in the headline instead of the sentence.
  static let headlineContextTypes: Set<String> = ["regulatory.designation"]

  init(pack: RulePack, index: RuleIndex, article: ArticleNamesOnDemand, headline: [SentenceTokens] = []) {
    self.pack = pack
    self.index = index
    self.article = article
    self.tellings = ArticleTellings(article.sentences)
    self.headline = headline
  }

  /// The most matches one sentence yields: far beyond any real sentence, a bound on a hostile one.
  static let maxMatchesPerSentence = 256

  /// - Parameter previous: the sentence before `t` in its paragraph, whose words may give a rule the context
  ///   it asks for ("He was arrested on Friday. He was released the next day.").
  func mentions(in t: SentenceTokens, previous: SentenceTokens? = nil) -> (
    mentions: [Mention], vetoes: [Veto]
  ) {
    var found: [(rule: EventRule, match: PatternMatcher.Match)] = []
    var vetoes: [Veto] = []
    // For a match that retells a step: the sentence that last told it.
    var toldAt: [Int: Int] = [:]
    for i in 0..<t.count where found.count < Self.maxMatchesPerSentence && !isPartOfAName(i, in: t) {
      var seenRules: Set<Int> = []
      for entry in index.entries(for: t.lower[i]) where !seenRules.contains(entry.rule) {
        // The rule is copied out only once its pattern matched: most anchors start no match.
        guard
          let match = PatternMatcher.match(
            pack.rules[entry.rule].patterns[entry.pattern], in: t.lower, anchorAt: i, anchorKnown: true),
          requiredSlotsFilled(match, in: t)
        else { continue }
        let rule = pack.rules[entry.rule]
        seenRules.insert(entry.rule)
        // "the Federal Bureau of Investigation", "Kafka's novel The Trial": a one-word trigger that ends an
        // organisation's or a title's name names it, not a step; nor does a trigger ending where a street's
        // or a farm's name starts ("came to Settlement Road").
        if match.range.count == 1 && isLastWordOfAName(i, in: t)
          || isFirstWordOfAPlaceName(match.range.upperBound - 1, in: t)
        {
          vetoes.append(
            Veto(rule: rule.id, trigger: t.text(match.range), veto: "part of a name", sentence: t.index))
          continue
        }
        // "could have a friend “arrested” by a firefighter": a lone word in quotation marks is used loosely.
        if match.range.count == 1, isInScareQuotes(match.range, in: t) {
          vetoes.append(
            Veto(rule: rule.id, trigger: t.text(match.range), veto: "in scare quotes", sentence: t.index))
          continue
        }
        let window =
          max(0, match.range.lowerBound - rule.window)..<min(t.count, match.range.upperBound + rule.window)
        let vetoPossible = window.contains { rule.vetoAnchors.contains(t.lower[$0]) }
        if vetoPossible,
          let veto = rule.vetoPatterns.first(where: {
            PatternMatcher.find($0, in: t.lower, window: window) != nil
          })
        {
          vetoes.append(
            Veto(rule: rule.id, trigger: t.text(match.range), veto: veto.source, sentence: t.index))
          continue
        }
        // "Lavallée wrote that … She ordered the group to pay the city $5,000 in costs.": the article's judge,
        // named by surname here or in the sentence a pronoun's subject follows up on, is a bench word.
        func namesJudge(_ words: some Sequence<String>) -> Bool {
          words.contains { article.judgeSurnames.contains(ArticleNames.possessiveStripped($0)) }
        }
        let judgeNear =
          rule.near.contains("judge")
          && (namesJudge(window.lazy.map { t.lower[$0] }) || previous.map { namesJudge($0.lower) } ?? false)
        let headlineNear =
          Self.headlineContextTypes.contains(rule.type)
          && headline.contains { h in
            h.index != t.index
              && rule.nearPatterns.contains {
                PatternMatcher.find($0, in: h.lower, window: 0..<h.count) != nil
              }
          }
        if !rule.nearPatterns.isEmpty, !judgeNear, !headlineNear,
          !window.contains(where: { rule.nearAnchors.contains(t.lower[$0]) })
            || !rule.nearPatterns.contains(where: {
              PatternMatcher.find($0, in: t.lower, window: window) != nil
            }),
          !Self.hasNearWords(of: rule, in: previous),
          !hasAgencyAcronym(of: rule, in: window, of: t)
        {
          vetoes.append(
            Veto(
              rule: rule.id, trigger: t.text(match.range),
              veto: "none of the required words (\(rule.near.joined(separator: ", "))) is near",
              sentence: t.index))
          continue
        }
        if !rule.retellPatterns.isEmpty {
          guard let told = tellings.lastTelling(of: rule, before: match.range, in: t) else {
            vetoes.append(
              Veto(
                rule: rule.id, trigger: t.text(match.range),
                veto:
                  "retells a step the article has not told before (\(rule.retells.joined(separator: ", ")))",
                sentence: t.index))
            continue
          }
          toldAt[found.count] = told
        }
        if StatusDetector.isGeneric(match.range, in: t) {
          vetoes.append(
            Veto(
              rule: rule.id, trigger: t.text(match.range),
              veto: "a general statement of how the law works, not a happening", sentence: t.index))
          continue
        }
        found.append((rule, match))
      }
    }
    if toldAt.count > 1 { Self.keepNearestTellings(&found, toldAt: toldAt, in: t, vetoes: &vetoes) }
    let kept = Self.keepingOverlapWinners(found, in: t, vetoes: &vetoes)
    var mentions = kept.map { mention($0.rule, $0.match, in: t) }
    for (i, inner) in kept.enumerated() {
      mentions[i].isEmbedded = kept.indices.contains { j in
        j != i && kept[j].match.gaps.contains { $0.overlaps(inner.match.range) }
      }
      // The verb around it is the outer step's: "A hearing on the motion to dismiss is scheduled" schedules
      // the hearing, not the motion.
      if mentions[i].isEmbedded, mentions[i].status == .scheduled, inner.rule.status != .scheduled {
        mentions[i].status = inner.rule.status
        mentions[i].statusCue = nil
      }
    }
    return (Self.shareRegulatoryParties(mentions), vetoes)
  }

  /// "Principal Sue Carrick said", "Banned Books Week": a verb written with a capital inside a sentence of
  /// prose, before another capitalized word, is part of a name.
  private func isPartOfAName(_ k: Int, in t: SentenceTokens) -> Bool {
    guard k > 0, k + 1 < t.count, t.capitalized[k], t.capitalized[k + 1], !t.isTitleCase,
      t.tokens[k - 1].kind == .word
    else { return false }
    let w = t.lower[k]
    return w.hasSuffix("ed") || Self.verbsThatAreNames.contains(w)
  }

  /// Whether the capitalized word `k`, inside a sentence of prose, follows a capitalized word or "of" after
  /// one ("Bureau of Investigation", "Narcotics Investigation"): the end of a name.
  private func isLastWordOfAName(_ k: Int, in t: SentenceTokens) -> Bool {
    guard k > 1, t.capitalized[k], !t.isTitleCase, t.tokens[k - 1].kind == .word else { return false }
    // A name that goes on past the word ("the Garda Extradition Unit") is left to the rules: the word may
    // be the only trigger for what the unit did.
    if k + 1 < t.count, t.capitalized[k + 1], t.tokens[k + 1].kind == .word { return false }
    if t.capitalized[k - 1] { return true }
    // "a house cocktail called the Raid", "a podcast named Verdict": a capitalized word a name is given as.
    if Self.namingVerbs.contains(t.lower[k - 1])
      || (t.lower[k - 1] == "the" && Self.namingVerbs.contains(t.lower[k - 2]))
    {
      return true
    }
    return t.lower[k - 1] == "of" && t.capitalized[k - 2] && t.tokens[k - 2].kind == .word
  }

  /// Whether the capitalized word `k`, inside a sentence of prose, starts a place's name ("Settlement Road",
  /// "Verdict Farm"): a street or a farm, not a step.
  private func isFirstWordOfAPlaceName(_ k: Int, in t: SentenceTokens) -> Bool {
    guard k > 0, k + 1 < t.count, t.capitalized[k], t.capitalized[k + 1], !t.isTitleCase else { return false }
    return Self.placeNameHeads.contains(t.lower[k + 1])
  }

  /// Whether the one-word `range` stands alone between quotation marks.
  private func isInScareQuotes(_ range: Range<Int>, in t: SentenceTokens) -> Bool {
    guard range.lowerBound > 0, range.upperBound < t.count else { return false }
    return Self.openingQuotes.contains(t.lower[range.lowerBound - 1])
      && Self.closingQuotes.contains(t.lower[range.upperBound])
  }

  static let openingQuotes: Set<String> = ["“", "\"", "‘", "'"]
  static let closingQuotes: Set<String> = ["”", "\"", "’", "'"]

  /// Words that give a thing its name ("a cocktail called the Raid").
  static let namingVerbs: Set<String> = ["called", "named", "dubbed", "titled", "entitled", "nicknamed"]

  /// Last words of the names of streets and places.
  static let placeNameHeads: Set<String> = [
    "road", "street", "avenue", "lane", "drive", "way", "farm", "park", "village", "creek", "river", "bay",
    "hill", "estate", "gardens", "square", "place", "crescent", "terrace", "close", "township",
  ]

  /// Verbs that are also first names.
  static let verbsThatAreNames: Set<String> = ["sue"]

  /// Whether `window` holds the acronym of an agency the article names whose name ends in one of the rule's
  /// required words ("TGA" for "Administration").
  private func hasAgencyAcronym(of rule: EventRule, in window: Range<Int>, of t: SentenceTokens) -> Bool {
    window.contains { k in
      guard let head = article.agencyHead(ofAcronym: t.tokens[k].text) else { return false }
      return rule.near.contains(head) || rule.near.contains(head.lowercased())
    }
  }

  /// Whether the whole of sentence `p` holds one of the rule's required words.
  private static func hasNearWords(of rule: EventRule, in p: SentenceTokens?) -> Bool {
    guard let p, p.lower.contains(where: { rule.nearAnchors.contains($0) }) else { return false }
    return rule.nearPatterns.contains { PatternMatcher.find($0, in: p.lower, window: 0..<p.count) != nil }
  }

  /// Whether a name stands where the match's required edge slots ask for one.
  private func requiredSlotsFilled(_ match: PatternMatcher.Match, in t: SentenceTokens) -> Bool {
    if let slot = match.leadingSlot, !slot.optional,
      NameFinder.name(endingBefore: match.range.lowerBound, in: t) == nil
    {
      return false
    }
    if let slot = match.trailingSlot, !slot.optional,
      NameFinder.name(startingAt: match.range.upperBound, in: t) == nil
    {
      return false
    }
    return true
  }

  /// Words that say a sum is part of a criminal sentence.
  static let sentenceSumWords: Set<String> = [
    "fine", "fined", "fines", "restitution", "pay", "repay", "forfeit", "forfeiture", "penalty",
    "compensation",
  ]

  private func mention(_ rule: EventRule, _ match: PatternMatcher.Match, in t: SentenceTokens) -> Mention {
    var participants: [Participant] = []
    func add(_ role: String, _ name: String?) {
      guard let name, !name.isEmpty else { return }
      for part in split(Self.uncapitalizedCount(name))
      where !participants.contains(where: { $0.role == role && $0.name == part }) {
        participants.append(Participant(role: role, name: part))
      }
    }
    if let role = match.leadingSlot?.role,
      var span = NameFinder.name(endingBefore: match.range.lowerBound, in: t),
      // "Patients whose records were exposed in an attack on Prairie Valley Health are taking …": a name
      // after a preposition is no subject.
      !(span.lowerBound > 0 && Self.subjectlessPrepositions.contains(t.lower[span.lowerBound - 1]))
    {
      // "The Federal Trade Commission ordered", matched from "Commission": the name runs on into the trigger.
      if span.upperBound == match.range.lowerBound,
        let full = NameFinder.name(startingAt: span.lowerBound, in: t),
        full.upperBound > span.upperBound
      {
        span = full
      }
      var start = span.lowerBound
      // "Xiaomi and the U.S. government have reached": parties joined by "and".
      if start >= 2, t.lower[start - 1] == "and", let more = NameFinder.name(endingBefore: start - 1, in: t) {
        start = more.lowerBound
      }
      add(role, resolve(start..<span.upperBound, in: t, role: role, before: match.range.lowerBound))
    }
    if let role = match.leadingSlot?.role, participants.isEmpty, match.range.lowerBound >= 1 {
      // "Both companies appealed", "A coalition of shop owners sued": a group stands in the slot.
      if let group = SpeakerRoles.pluralGroup(endingAt: match.range.lowerBound - 1, in: t) {
        add(role, resolve(group, in: t, role: role, before: match.range.lowerBound))
      } else if let described = NameFinder.describedGroup(endingBefore: match.range.lowerBound, in: t),
        described.lowerBound >= t.clauseStart(before: match.range.lowerBound),
        // "A manager who siphoned money from the accounts of residents has been jailed": a group inside a
        // relative clause is not the subject.
        !t.lower[t.clauseStart(before: match.range.lowerBound)..<described.lowerBound].contains(where: {
          ["who", "which", "whom"].contains($0)
        })
      {
        add(role, ArticleNames.clean(t.text(described)))
      }
    }
    // "sentenced on Tuesday to": a time between the words is no party.
    for (role, whole) in match.captures.sorted(by: { $0.key < $1.key })
    where !Self.isTimeOrPreposition(whole, in: t) {
      // "sentenced Dacanay on Thursday to": the time after the name is no part of it.
      let span = Self.withoutTrailingTime(whole, in: t)
      // "removed two tankers, the Sea Orchid and the Pacific Lumen, from": the group and the members it names
      // (the group is how a summary elsewhere words the same step).
      for part in [Self.namedAfterDescription(span, in: t)] + ClauseRoles.namedMembers(after: span, in: t) {
        add(role, resolve(part, in: t, role: role, before: match.range.lowerBound))
      }
    }
    var trailingEnd = match.range.upperBound
    if let role = match.trailingSlot?.role,
      var span = NameFinder.name(startingAt: match.range.upperBound, in: t)
    {
      // "by Oakland resident Priya Venkataraman": the place describes the person named after the noun.
      if let person = NameFinder.personDescribed(by: span, in: t) { span = person }
      add(role, resolve(span, in: t, role: role, before: match.range.lowerBound))
      trailingEnd = span.upperBound
    }
    let roles = Set(rule.roles)
    // A name a slot gave one role is no other role's ("Xiaomi found itself on the blacklist").
    let slotted = participants
    // "Kovač and the company": a role filled once takes the names joined to it by "and".
    var filledBy: [String: Range<Int>] = [:]
    for (role, span) in ClauseRoles.fill(type: rule.type, roles: roles, match: match.range, in: t)
    where
      (role == "party" || !participants.contains(where: { $0.role == role })
      || filledBy[role].map { $0.upperBound + 1 == span.lowerBound && t.lower[$0.upperBound] == "and" }
        == true)
      && !slotted.contains(where: { $0.name == ArticleNames.clean(t.text(span)) })
      // The words a trailing slot took ("by Oakland resident Priya Venkataraman") name no one else.
      && !(match.range.upperBound..<trailingEnd).contains(span.lowerBound)
    {
      filledBy[role] = span
      // "the licence of Harwick Finance's subsidiary, Ostler Loan Servicing LLC": the affiliate is the party.
      let span =
        ["target", "defendant"].contains(role) ? AffiliateApposition.named(after: span, in: t) ?? span : span
      // "a penalty the agency imposed": an agency is the actor of a regulatory step, never its target.
      let agencyHeads: Set<String> = [
        "agency", "regulator", "regulators", "commission", "department", "watchdog",
      ]
      if role == "target", let last = span.last, agencyHeads.contains(t.lower[last]) {
        if roles.contains("authority"), !participants.contains(where: { $0.role == "authority" }) {
          add("authority", resolve(span, in: t, role: "authority", before: match.range.lowerBound))
        }
        continue
      }
      add(role, resolve(span, in: t, role: role, before: match.range.lowerBound))
    }
    // "Brightwell said it was considering an appeal": the speaker is the party that acts.
    if let role = Self.speakerRoles[rule.type], roles.contains(role),
      !participants.contains(where: { $0.role == role }),
      let speaker = SpeakerRoles.speaker(in: t, before: match.range.lowerBound)
    {
      add(role, resolve(speaker, in: t, role: role, before: speaker.lowerBound))
    }
    // "The department issued a ban. Shop owners sued, and ...": a suit with no object is against the body
    // the sentence before was about.
    if rule.type == "civil.complaint_filed", roles.contains("defendant"),
      !participants.contains(where: { $0.role == "defendant" }),
      match.range.upperBound >= t.count || [",", ".", ";", "and"].contains(t.lower[match.range.upperBound]),
      t.index > 0, let subject = names.subjects[t.index - 1], subject.kind == .authority
    {
      add("defendant", subject.text)
    }
    // "Prosecutors had asked the judge to impose", "Federal prosecutors in Manhattan charged": prosecutors
    // before the trigger are its prosecutor.
    if roles.contains("prosecutor"), !participants.contains(where: { $0.role == "prosecutor" }),
      let found = RoleFinder.prosecutors(in: t, before: match.range.lowerBound)
    {
      add("prosecutor", found)
      // The prosecutors are not also the charging "authority" under another wording.
      participants.removeAll { $0.role == "authority" && $0.name.lowercased().hasSuffix("prosecutors") }
    }
    // "settled ... with the county, without the county admitting liability": who denies liability is the
    // defendant, the other settling party the plaintiff.
    if rule.type == "civil.settlement", let span = ClauseRoles.liableParty(in: t),
      let liable = resolve(span, in: t, role: "defendant", before: span.lowerBound)
    {
      let parties = participants.filter { $0.role == "party" }
      if parties.count >= 2, parties.filter({ CaseRoles.sameParty($0.name, liable) }).count == 1 {
        participants = participants.map { p in
          guard p.role == "party" else { return p }
          return Participant(
            role: CaseRoles.sameParty(p.name, liable) ? "defendant" : "plaintiff", name: p.name)
        }
      }
    }
    // In a title-case headline, capitals say nothing about names: the body names courts and judges.
    if NameFinder.isTitleCase(t) {
      return mention(rule, match, in: t, participants: participants)
    }
    // The roles around the trigger, looked for near it: a hostile sentence's length costs nothing per match.
    let near = t.window(around: match.range, radius: 30)
    if roles.contains("judge") {
      add("judge", RoleFinder.judge(in: near) ?? judgeByTitle(in: near))
    }
    if roles.contains("court") {
      add(
        "court",
        RoleFinder.court(in: near)
          ?? RoleFinder.courtDescription(in: near).flatMap {
            // An appeals court decides appeals and rulings; it convicts, charges and tries no one. An unnamed
            // judge ("a county judge") stands for the court only of a trial court's own decision.
            if RoleFinder.isAppellateDescription($0), !rule.type.hasPrefix("appeal."),
              rule.type != "civil.ruling"
            {
              return nil
            }
            return $0.hasSuffix("judge") && !Self.benchDecisions.contains(rule.type) ? nil : $0
          })
      if ["criminal.conviction", "criminal.acquittal", "civil.judgment"].contains(rule.type),
        !participants.contains(where: { $0.role == "court" })
      {
        add("court", RoleFinder.jury(in: near))
      }
    }
    if roles.contains("authority"), !participants.contains(where: { $0.role == "authority" }),
      let found = RoleFinder.authority(in: near) ?? RoleFinder.authorityDescription(in: near),
      // The prosecutors named as the prosecutor are not the authority again.
      !(found.lowercased().hasSuffix("prosecutors")
        && participants.contains(where: { $0.role == "prosecutor" }))
    {
      add("authority", found)
    }
    // "A federal grand jury indicted him": the grand jury charges.
    if rule.type == "criminal.charge", roles.contains("authority"),
      !participants.contains(where: { $0.role == "authority" })
    {
      add("authority", RoleFinder.jury(in: near).flatMap { $0.lowercased().contains("grand") ? $0 : nil })
    }
    // "A manager who siphoned £410,000 has been jailed": a court's sentence names a sum it fines or orders
    // repaid, not the sum of the crime.
    if roles.contains("amount"),
      rule.type != "criminal.sentence" || near.lower.contains(where: { Self.sentenceSumWords.contains($0) })
    {
      add("amount", RoleFinder.amount(in: near))
    }
    if roles.contains("term") { add("term", RoleFinder.term(in: near)) }
    if roles.contains("case") || roles.contains("plaintiff"),
      let (left, right) = RoleFinder.caseName(in: near)
    {
      add("case", "\(left) v. \(right)")
      if !participants.contains(where: { $0.role == "plaintiff" }) { add("plaintiff", left) }
      if !participants.contains(where: { $0.role == "defendant" }) { add("defendant", right) }
    }
    return mention(rule, match, in: t, participants: participants)
  }

  private func mention(
    _ rule: EventRule, _ match: PatternMatcher.Match, in t: SentenceTokens, participants all: [Participant]
  ) -> Mention {
    // A regulator does not act on itself, nor a judge on the judge: a target that is the authority or the
    // judge was misread. Nor is a court the person it keeps in custody ("Magistrates denied him bail").
    let authorities = all.filter { $0.role == "authority" || $0.role == "judge" }.map(\.name)
    let courts = all.filter { $0.role == "court" }.map(\.name)
    let participants = all.filter { p in
      guard ["target", "person", "defendant"].contains(p.role) else { return true }
      if authorities.contains(where: { CaseRoles.sameParty($0, p.name) }) { return false }
      guard p.role != "target" else { return true }
      return !courts.contains(where: { CaseRoles.sameParty($0, p.name) }) && !Self.namesABench(p.name)
    }
    let (status, cue) = StatusDetector.status(of: match.range, in: t, default: rule.status)
    var mention = Mention(
      rule: rule, sentence: t.index, trigger: match.range, triggerText: t.text(match.range),
      participants: participants, status: status, statusCue: cue,
      quotes: RoleFinder.quotes(in: t.window(around: match.range).sentence.text))
    mention.isAnother = Self.isToldAsAnother(match.range, in: t)
    mention.isDefinite = Self.isToldAsKnown(match.range, in: t)
    return mention
  }

  /// "the hearing", "at the January hearing", "his pardon", "…, a conviction he has blamed on …": a
  /// trigger after "the" (and at most one capitalized word), a person's possessive, or an apposition.
  /// Only a trigger that is a noun ("injunction", "compliance order"), not a subject and its verb ("the
  /// Tribunal fined").
  static func isToldAsKnown(_ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    let k = trigger.lowerBound
    guard k >= 1, k <= t.count, trigger.count <= 2, trigger.upperBound <= t.count,
      !t.tokens[k].isCapitalized
    else { return false }
    let last = t.lower[trigger.upperBound - 1]
    guard !last.hasSuffix("ed"), !EventDater.irregularPasts.contains(last) else { return false }
    if ["the", "his", "her", "their"].contains(t.lower[k - 1]) { return true }
    guard k >= 2 else { return false }
    if t.lower[k - 1] == "a" || t.lower[k - 1] == "an" { return trigger.count == 1 && t.lower[k - 2] == "," }
    return t.lower[k - 2] == "the" && t.tokens[k - 1].isCapitalized
  }

  /// Prepositions whose object is no subject of the verb after it.
  static let subjectlessPrepositions: Set<String> = [
    "on", "in", "at", "of", "from", "against", "with", "into", "over", "about",
  ]

  /// Words that tell a happening as one more of its kind.
  private static let anotherWords: Set<String> = [
    "separate", "another", "second", "third", "new", "fresh", "further", "additional",
  ]

  /// "Separately, the DPC has commenced an own-volition inquiry", "opened a second investigation".
  static func isToldAsAnother(_ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    if t.lower.first == "separately" { return true }
    let from = max(0, trigger.lowerBound - 3)
    return t.lower[from..<min(t.count, trigger.upperBound)].contains { anotherWords.contains($0) }
  }
}
