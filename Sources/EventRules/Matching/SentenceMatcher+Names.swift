import TextSegmentation

/// How `SentenceMatcher` turns a slot's words into a participant's name: pronouns, generic phrases and
/// plural groups resolved against the article's names, and the regulatory steps of one sentence sharing
/// their parties.
extension SentenceMatcher {
  /// "the judge" in a sentence with no named judge: the judge the article named last.
  func judgeByTitle(in t: SentenceTokens) -> String? {
    guard t.lower.contains("judge") || t.lower.contains("justice") else { return nil }
    guard let judge = names.latest([.judge], before: t.index, token: t.count) else { return nil }
    return RoleFinder.judge(in: SentenceTokens.standalone(judge.text))
  }

  /// A slot's words as a participant's name: pronouns and generic phrases resolved to the name they stand for.
  func resolve(_ span: Range<Int>, in t: SentenceTokens, role: String, before: Int) -> String? {
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
      $0.replacingOccurrencesOfPossessive().removingApostrophes()
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

  /// A slot's words without the time phrase that ends them ("Dacanay on Thursday" → "Dacanay").
  static func withoutTrailingTime(_ span: Range<Int>, in t: SentenceTokens) -> Range<Int> {
    guard let last = span.last, let start = NameFinder.timePhraseStart(endingAt: last, in: t),
      start > span.lowerBound
    else { return span }
    return span.lowerBound..<start
  }

  /// "Xiaomi and the U.S. government" → both parties.
  func split(_ name: String) -> [String] {
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

  /// "data startup Tallyhound", "Queensland company Brightray Solar": a slot holding a description and then
  /// a name stands for the name, so that the same party told bare elsewhere is recognised.
  static func namedAfterDescription(_ span: Range<Int>, in t: SentenceTokens) -> Range<Int> {
    guard span.count >= 2, t.capitalized[span.upperBound - 1] else { return span }
    var start = span.upperBound - 1
    while start > span.lowerBound,
      t.capitalized[start - 1] || NameFinder.connectors.contains(t.lower[start - 1])
    {
      start -= 1
    }
    guard start > span.lowerBound, !t.capitalized[start - 1], t.tokens[start - 1].kind == .word,
      !NameFinder.determiners.contains(t.lower[start - 1]), t.capitalized[start]
    else { return span }
    return start..<span.upperBound
  }

  /// Words that end the name of a bench rather than of a person ("Westminster Magistrates", "the Sessions
  /// Court").
  private static let benchWords: Set<String> = [
    "court", "magistrates", "magistrate", "tribunal", "bench", "judge", "judges", "justices", "jury",
  ]

  static func namesABench(_ name: String) -> Bool {
    guard let last = name.split(separator: " ").last else { return false }
    return benchWords.contains(last.lowercased().replacingOccurrences(of: "'s", with: ""))
  }
}
