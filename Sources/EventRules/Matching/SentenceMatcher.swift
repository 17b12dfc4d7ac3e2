import TextSegmentation

/// Finds the rule matches of one sentence: triggers, vetoes and required words, the roles each match
/// fills, its status and quotes. Overlapping matches keep the rule with the higher priority, then the longer one.
struct SentenceMatcher {
  let pack: RulePack
  let index: RuleIndex
  let names: ArticleNames

  /// The most matches one sentence yields: far beyond any real sentence, a bound on a hostile one.
  static let maxMatchesPerSentence = 256

  func mentions(in t: SentenceTokens) -> (mentions: [Mention], vetoes: [Veto]) {
    var found: [(rule: EventRule, match: PatternMatcher.Match)] = []
    var vetoes: [Veto] = []
    for i in 0..<t.count where found.count < Self.maxMatchesPerSentence {
      var seenRules: Set<Int> = []
      for entry in index.entries(for: t.lower[i]) where !seenRules.contains(entry.rule) {
        let rule = pack.rules[entry.rule]
        guard let match = PatternMatcher.match(rule.patterns[entry.pattern], in: t.lower, anchorAt: i),
          requiredSlotsFilled(match, in: t)
        else { continue }
        seenRules.insert(entry.rule)
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
        if !rule.nearPatterns.isEmpty,
          !window.contains(where: { rule.nearAnchors.contains(t.lower[$0]) })
            || !rule.nearPatterns.contains(where: {
              PatternMatcher.find($0, in: t.lower, window: window) != nil
            })
        {
          vetoes.append(
            Veto(
              rule: rule.id, trigger: t.text(match.range),
              veto: "none of the required words (\(rule.near.joined(separator: ", "))) is near",
              sentence: t.index))
          continue
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
    // Overlaps: the higher priority, then the longer match, then the earlier rule keeps the words.
    let ranked = found.enumerated().sorted { a, b in
      if a.element.rule.priority != b.element.rule.priority {
        return a.element.rule.priority > b.element.rule.priority
      }
      if a.element.match.range.count != b.element.match.range.count {
        return a.element.match.range.count > b.element.match.range.count
      }
      return a.offset < b.offset
    }
    var kept: [(rule: EventRule, match: PatternMatcher.Match)] = []
    var taken = [Bool](repeating: false, count: t.count)
    for candidate in ranked.map(\.element) {
      let range = candidate.match.range.clamped(to: 0..<t.count)
      let overlaps = range.contains { taken[$0] }
      if !overlaps { for k in range { taken[k] = true } }
      if overlaps {
        vetoes.append(
          Veto(
            rule: candidate.rule.id, trigger: t.text(candidate.match.range),
            veto: "overlaps a match of a rule with higher priority or a longer trigger", sentence: t.index))
      } else {
        kept.append(candidate)
      }
    }
    kept.sort { $0.match.range.lowerBound < $1.match.range.lowerBound }
    return (Self.shareRegulatoryParties(kept.map { mention($0.rule, $0.match, in: t) }), vetoes)
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
      var span = NameFinder.name(endingBefore: match.range.lowerBound, in: t)
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
        described.lowerBound >= t.clauseStart(before: match.range.lowerBound)
      {
        add(role, ArticleNames.clean(t.text(described)))
      }
    }
    // "sentenced on Tuesday to": a time between the words is no party.
    for (role, span) in match.captures.sorted(by: { $0.key < $1.key })
    where !Self.isTimeOrPreposition(span, in: t) {
      // "removed two tankers, the Sea Orchid and the Pacific Lumen, from": the group and the members it names
      // (the group is how a summary elsewhere words the same step).
      for part in [span] + ClauseRoles.namedMembers(after: span, in: t) {
        add(role, resolve(part, in: t, role: role, before: match.range.lowerBound))
      }
    }
    if let role = match.trailingSlot?.role,
      let span = NameFinder.name(startingAt: match.range.upperBound, in: t)
    {
      add(role, resolve(span, in: t, role: role, before: match.range.lowerBound))
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
    {
      filledBy[role] = span
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
    // "Prosecutors had asked the judge to impose": prosecutors opening the sentence are its prosecutor.
    if roles.contains("prosecutor"), !participants.contains(where: { $0.role == "prosecutor" }),
      let end = (0..<min(t.count, 3)).first(where: { NameFinder.bareBodies.contains(t.lower[$0]) }),
      t.lower[end].hasPrefix("prosecut"), end < match.range.lowerBound
    {
      add("prosecutor", t.text(end..<(end + 1)))
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
    if roles.contains("authority"), !participants.contains(where: { $0.role == "authority" }) {
      add("authority", RoleFinder.authority(in: near) ?? RoleFinder.authorityDescription(in: near))
    }
    // "A federal grand jury indicted him": the grand jury charges.
    if rule.type == "criminal.charge", roles.contains("authority"),
      !participants.contains(where: { $0.role == "authority" })
    {
      add("authority", RoleFinder.jury(in: near).flatMap { $0.lowercased().contains("grand") ? $0 : nil })
    }
    if roles.contains("amount") { add("amount", RoleFinder.amount(in: near)) }
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
    // A regulator does not act on itself: a target that is the authority was misread.
    let authorities = all.filter { $0.role == "authority" }.map(\.name)
    let participants = all.filter { p in
      p.role != "target" || !authorities.contains { CaseRoles.sameParty($0, p.name) }
    }
    let (status, cue) = StatusDetector.status(of: match.range, in: t, default: rule.status)
    return Mention(
      rule: rule, sentence: t.index, trigger: match.range, triggerText: t.text(match.range),
      participants: participants, status: status, statusCue: cue,
      quotes: RoleFinder.quotes(in: t.window(around: match.range).sentence.text))
  }

  /// "the judge" in a sentence with no named judge: the judge the article named last.
  private func judgeByTitle(in t: SentenceTokens) -> String? {
    guard t.lower.contains("judge") || t.lower.contains("justice") else { return nil }
    guard let judge = names.latest([.judge], before: t.index, token: t.count) else { return nil }
    return RoleFinder.judge(in: SentenceTokens.standalone(judge.text))
  }

  /// A slot's words as a participant's name: pronouns and generic phrases resolved to the name they stand for.
  private func resolve(_ span: Range<Int>, in t: SentenceTokens, role: String, before: Int) -> String? {
    let words = span.map { t.lower[$0] }
    let text = ArticleNames.clean(t.text(span))
    if words.count == 1, NameFinder.pronouns.contains(words[0]) || Self.possessives.contains(words[0]) {
      // "Brightwell said it would appeal": a pronoun after a party's words stands for that party.
      if let speaker = SpeakerRoles.speaker(in: t, before: span.lowerBound),
        speaker.lowerBound > span.upperBound
          || speaker.upperBound <= span.lowerBound, speaker != span
      {
        return resolve(speaker, in: t, role: role, before: speaker.lowerBound)
      }
      // "he" and "she" stand for the last person, "it" for the last organisation; "they" for either.
      let word = words[0] == "his" ? "he" : words[0] == "its" ? "it" : words[0] == "their" ? "they" : words[0]
      // "The alliance has been to court before. It sued the city": an opening "It" is the last subject.
      if span.lowerBound == 0, ["it", "they"].contains(word), let subject = names.subjects[t.index - 1],
        !subject.isPerson
      {
        return subject.text
      }
      if NameFinder.personalPronouns.contains(word) {
        return names.latestParty(person: true, before: t.index, token: before)?.text
      }
      if ["it", "itself"].contains(word) {
        return names.latestParty(person: false, before: t.index, token: before)?.text
      }
      return names.latest([.party], before: t.index, token: before)?.text
    }
    // In a title-case headline, capitals say nothing about names: the body names the parties.
    if NameFinder.isTitleCase(t) { return nil }
    // "Both companies said": the two parties named before.
    if SpeakerRoles.isPluralGroup(words) {
      let pair = names.latestPair(
        organisations: ["companies", "firms"].contains(words.last ?? ""), before: t.index,
        token: span.lowerBound)
      return pair.isEmpty ? nil : pair.joined(separator: " and ")
    }
    let content = words.filter { !NameFinder.determiners.contains($0) }.map {
      $0.replacingOccurrencesOfPossessive().filter { $0 != "'" }
    }
    // "his pharmacy's licence": the article's name that ends with the noun ("Cityside Pharmacy").
    if content.count == 1, let noun = content.first, !NameFinder.genericHeads.contains(noun),
      span.count >= 2, !t.tokens[span.upperBound - 1].isCapitalized,
      let named = names.fullest(endingWith: noun, kinds: [.party]), named.first?.isUppercase == true
    {
      return named
    }
    guard content.count == 1, let head = content.first, NameFinder.genericHeads.contains(head) else {
      return text
    }
    // "the maker of the popular StrideWell app": the name after "of".
    if ["maker", "developer", "owner", "operator", "parent"].contains(head), span.upperBound < t.count,
      t.lower[span.upperBound] == "of",
      let named = ClauseRoles.name(
        after: span.upperBound + 1, limit: t.clauseEnd(after: span.upperBound), in: t),
      !t.text(named).isEmpty, t.tokens[named.upperBound - 1].isCapitalized
    {
      return ArticleNames.clean(t.text(named))
    }
    switch head {
    case "government", "administration":
      return names.fullest(endingWith: head) ?? text
    case "judge", "court":
      return nil
    case "city", "county", "state":
      // "the city" is the city the article named ("City of Riverside"), or itself.
      return names.fullest(endingWith: head) ?? text
    case "defendants", "plaintiffs":
      // "the plaintiffs" is how the article words a side of many: kept as written.
      return text.filter { $0 != "'" && $0 != "’" }
    case "defendant", "plaintiff":
      return names.latest([.party], before: t.index, token: span.lowerBound)?.text ?? text
    case "department", "agency", "regulator", "regulators", "commission", "prosecutors", "authorities",
      "officials":
      return names.latest([.authority], before: t.index, token: span.lowerBound).map {
        names.expansion(ofAcronym: $0.text) ?? $0.text
      } ?? text
    default:
      // "the company", "the firm": the last organisation named, never a person.
      return names.latestParty(person: false, before: t.index, token: span.lowerBound)?.text ?? text
    }
  }

  /// "The FTC ordered Acme to pay $5 million": the regulatory steps of one sentence share the regulator
  /// and the party they act on when only one of each is named.
  static func shareRegulatoryParties(_ mentions: [Mention]) -> [Mention] {
    var result = mentions
    let regulatory = mentions.indices.filter { mentions[$0].rule.type.hasPrefix("regulatory.") }
    guard regulatory.count >= 2 else { return result }
    for role in ["authority", "target"] {
      var named: [String] = []
      for i in regulatory {
        for name in mentions[i].names(for: role)
        where !named.contains(where: { CaseRoles.sameParty($0, name) }) {
          named.append(name)
        }
      }
      guard named.count == 1, let name = named.first else { continue }
      for i in regulatory where result[i].rule.roles.contains(role) && result[i].names(for: role).isEmpty {
        result[i].participants.append(Participant(role: role, name: name))
      }
    }
    // A regulator does not act on itself.
    for i in regulatory {
      let authorities = result[i].names(for: "authority")
      result[i].participants.removeAll { p in
        p.role == "target" && authorities.contains { CaseRoles.sameParty($0, p.name) }
      }
    }
    return result
  }

  /// "Two tankers" opening a sentence is a counted description, not a proper name: written "two tankers", so
  /// that it tells no other step apart by its capital.
  static func uncapitalizedCount(_ name: String) -> String {
    guard let space = name.firstIndex(of: " "), name.first?.isUppercase == true,
      RoleFinder.numberWords.contains(name[..<space].lowercased()), name[..<space].lowercased() != "a",
      name[name.index(after: space)...].first?.isLowercase == true
    else { return name }
    return name.prefix(1).lowercased() + name.dropFirst()
  }

  /// Decisions a trial judge makes alone.
  static let benchDecisions: Set<String> = [
    "civil.ruling", "civil.dismissal", "civil.injunction", "civil.judgment",
  ]

  /// Possessive pronouns that name their owner ("his client", "its licence").
  static let possessives: Set<String> = ["his", "its", "their"]

  /// The role a party's spokesperson or lawyer speaks for, by event type, when the clause names no one.
  static let speakerRoles: [String: String] = [
    "appeal.filed": "appellant", "civil.complaint_filed": "plaintiff", "civil.motion_filed": "party",
  ]

  /// Whether a slot's words are a time or begin with a preposition ("on Tuesday"): no party.
  static func isTimeOrPreposition(_ span: Range<Int>, in t: SentenceTokens) -> Bool {
    guard let first = span.first, let last = span.last else { return true }
    if ["on", "in", "at", "by", "for", "to", "from", "with", "after", "before"].contains(t.lower[first]) {
      return true
    }
    return NameFinder.timePhraseStart(endingAt: last, in: t).map { $0 <= first } ?? false
  }

  /// "Xiaomi and the U.S. government" → both parties.
  private func split(_ name: String) -> [String] {
    // "14 entities and nine individuals": a counted or described group is one participant.
    if let first = name.first, first.isNumber || first.isLowercase { return [name] }
    let parts = name.components(separatedBy: " and ")
    // "Securities and Exchange Commission": one agency whose name holds "and".
    if parts.count == 2, let head = parts.first, let tail = parts.last,
      head.split(separator: " ").count <= 2,
      !head.lowercased().split(separator: " ").contains(where: { ArticleNames.isAgencyWord(String($0)) }),
      tail.first?.isUppercase == true,
      tail.lowercased().split(separator: " ").contains(where: { ArticleNames.isAgencyWord(String($0)) })
    {
      return [ArticleNames.clean(name)]
    }
    return parts.map { ArticleNames.clean($0) }.filter { !$0.isEmpty }
  }
}
