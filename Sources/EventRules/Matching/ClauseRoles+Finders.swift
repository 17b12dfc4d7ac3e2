/// The finders `ClauseRoles.fill` asks for agents and patients beyond the plain subject and object: relative
/// clauses, appositions, possessives, named members of groups, the party that pays or denies liability.
extension ClauseRoles {
  /// "Park Dong-hoon was convicted in 2008 and pardoned": the subject of the passive the "and" joins to.
  static func sharedPassiveSubject(before start: Int, in t: SentenceTokens) -> Range<Int>? {
    // "... and charged a week later", matched from "and".
    let index = start + 1 < t.count && t.lower[start] == "and" ? start + 1 : start
    guard index >= 2, t.lower[index - 1] == "and", t.lower[index].hasSuffix("ed") else { return nil }
    var k = index - 2
    while k > 0, index - k <= 15, !["was", "were"].contains(t.lower[k]) {
      if [";", ":", "but", "while"].contains(t.lower[k]) { return nil }
      k -= 1
    }
    guard k > 0, ["was", "were"].contains(t.lower[k]) else { return nil }
    return NameFinder.name(endingBefore: k, in: t)
  }

  /// Criminal steps whose owner ("his arrest") is the person they happen to.
  static let patientPossessorTypes: Set<String> = [
    "criminal.arrest", "criminal.extradition", "criminal.conviction", "criminal.acquittal",
    "criminal.sentence",
    "criminal.release", "criminal.pardon", "criminal.charge", "criminal.plea",
  ]

  /// The possessive right before a trigger: "his" or "her" in "his extradition", or a name ending in "'s".
  static func possessor(before index: Int, subject: Range<Int>?, in t: SentenceTokens) -> Range<Int>? {
    guard index >= 1 else { return nil }
    if ["his", "her", "their"].contains(t.lower[index - 1]) { return (index - 1)..<index }
    guard let subject, subject.upperBound == index, t.lower[index - 1].hasSuffix("'s"),
      !subject.contains(where: { ArticleNames.isAgencyWord(t.lower[$0]) })
    else { return nil }
    return subject
  }

  /// "two tankers, the Sea Orchid and the Pacific Lumen,": the names between commas after a counted group.
  static func namedMembers(after group: Range<Int>, in t: SentenceTokens) -> [Range<Int>] {
    guard let first = group.first,
      t.tokens[first].kind == .number || RoleFinder.numberWords.contains(t.lower[first]),
      group.upperBound < t.count, t.lower[group.upperBound] == ","
    else { return [] }
    var members: [Range<Int>] = []
    var k = group.upperBound + 1
    while k < t.count, members.count < 8, let name = NameFinder.name(startingAt: k, in: t),
      t.tokens[name.upperBound - 1].isCapitalized
    {
      members.append(t.lower[name.lowerBound] == "the" ? (name.lowerBound + 1)..<name.upperBound : name)
      k = name.upperBound
      guard k < t.count, t.lower[k] == "and" || t.lower[k] == "," else { break }
      if t.lower[k] == ",", k + 1 < t.count, t.lower[k + 1] != "and",
        NameFinder.name(startingAt: k + 1, in: t) == nil
      {
        break
      }
      k += t.lower[k] == "," && k + 1 < t.count && t.lower[k + 1] == "and" ? 2 : 1
    }
    return members.count >= 2 ? members : []
  }

  /// A name and the names or party nouns joined to it by "and" ("Kovač and the company").
  static func conjuncts(_ span: Range<Int>, in t: SentenceTokens) -> [Range<Int>] {
    var parts = [span]
    var end = span.upperBound
    while parts.count < 4, end + 1 < t.count, t.lower[end] == "and",
      let next = NameFinder.name(startingAt: end + 1, in: t), !NameFinder.pronouns.contains(t.lower[end + 1])
    {
      parts.append(next)
      end = next.upperBound
    }
    return parts
  }

  /// "issued General License 61": a license issued to no one in particular is named by its own name.
  static func namedLicense(in match: Range<Int>, of t: SentenceTokens) -> Range<Int>? {
    for k in match where NameFinder.isCapitalizedName(t, k) {
      guard let span = NameFinder.name(startingAt: k, in: t),
        span.contains(where: {
          ["license", "licence", "permit", "authorization", "authorisation"].contains(t.lower[$0])
        })
      else { return nil }
      return span
    }
    return nil
  }

  /// "without the county admitting liability", "Acme denied wrongdoing": the party whose liability is in
  /// question, which in a suit is the defendant.
  static func liableParty(in t: SentenceTokens) -> Range<Int>? {
    for k in t.lower.indices where ["liability", "wrongdoing", "fault"].contains(t.lower[k]) {
      var v = k - 1
      if v >= 0, ["any", "no"].contains(t.lower[v]) { v -= 1 }
      guard v >= 1,
        ["admitting", "admitted", "admits", "admit", "denying", "denied", "denies", "deny", "accepting"]
          .contains(t.lower[v])
      else { continue }
      if let name = NameFinder.name(endingBefore: v, in: t), name.upperBound == v { return name }
      // "without the hospital admitting liability": a definite description of a party named before.
      if v >= 2, t.lower[v - 2] == "the", t.tokens[v - 1].kind == .word, !t.tokens[v - 1].isCapitalized {
        return (v - 2)..<v
      }
    }
    return nil
  }

  /// "charged Ilya Petrov with", matched across the name: the name right after the trigger's verb.
  static func patientInsideTrigger(_ match: Range<Int>, in t: SentenceTokens) -> Range<Int>? {
    let k = match.lowerBound + 1
    guard k < match.upperBound, !t.tokens[match.lowerBound].isCapitalized,
      let span = NameFinder.name(startingAt: k, in: t), span.upperBound < match.upperBound,
      t.tokens[span.upperBound - 1].isCapitalized, !NameFinder.pronouns.contains(t.lower[k])
    else { return nil }
    return span
  }

  /// "The company paid a civil penalty", "Acme agreed to pay a fine": the subject of the paying verb.
  static func payer(before index: Int, in t: SentenceTokens) -> Range<Int>? {
    var k = index - 1
    while k >= 0, ["a", "an", "the", "its", "their"].contains(t.lower[k]) { k -= 1 }
    guard k >= 0, ["paid", "pay", "pays", "paying"].contains(t.lower[k]) else { return nil }
    var verb = k
    if verb >= 2, t.lower[verb - 1] == "to",
      ["agreed", "agrees", "agree", "ordered"].contains(t.lower[verb - 2])
    {
      verb -= 2
    }
    return NameFinder.name(endingBefore: verb, in: t)
  }

  /// The clause's subject: the name before the trigger, else an agent the trigger or a relative clause holds.
  static func subjectSpan(
    _ match: Range<Int>, type: String, clauseStart: Int, shared: Range<Int>?, in t: SentenceTokens
  ) -> Range<Int>? {
    // "the group's vice chairman, Park Jin-seok, had been taken", "Lazaro Gonzalez, 49, was found guilty":
    // commas around a name or an apposition open no clause of their own.
    if let before = NameFinder.name(endingBefore: match.lowerBound, in: t),
      before.lowerBound >= clauseStart
        || (t.lower[before.upperBound] == ","
          && ((((before.upperBound + 1)..<match.lowerBound).last { t.lower[$0] == "," } ?? before.upperBound)
            + 1..<match.lowerBound).allSatisfy {
              NameFinder.auxiliaries.contains(t.lower[$0]) || passiveMarkers.contains(t.lower[$0])
            }),
      !NameFinder.followsPreposition(before, in: t)
    {
      return before
    }
    if let agent = agentInTrigger(match, in: t) { return agent }
    if let agent = agentInsideTrigger(match, type: type, in: t) { return agent }
    if let agent = agentOfRelativeClause(after: match, type: type, in: t) { return agent }
    return relativeAntecedent(before: match.lowerBound, in: t) ?? shared
  }

  /// "The Federal Trade Commission ordered", matched from "Commission": the name runs into the trigger.
  static func extend(_ span: Range<Int>?, to match: Range<Int>, in t: SentenceTokens) -> Range<Int>? {
    guard let span, span.upperBound == match.lowerBound,
      let full = NameFinder.name(startingAt: span.lowerBound, in: t), full.upperBound > span.upperBound
    else { return span }
    return full
  }

  /// "The F.T.C. began examining", matched from the agency: the name the trigger opens with is its agent.
  static func agentInTrigger(_ match: Range<Int>, in t: SentenceTokens) -> Range<Int>? {
    guard NameFinder.isCapitalizedName(t, match.lowerBound), !t.isTitleCase,
      let forward = NameFinder.name(startingAt: match.lowerBound, in: t),
      forward.upperBound < match.upperBound,
      forward.contains(where: { ArticleNames.isAgencyWord(t.lower[$0]) })
    else { return nil }
    // "the Securities and Exchange Commission sued", matched from "Commission": the whole name.
    if let whole = NameFinder.name(endingBefore: forward.upperBound, in: t), whole.contains(match.lowerBound)
    {
      return whole.lowerBound..<forward.upperBound
    }
    return forward
  }

  /// "the sanctions the United States reimposed": a regulatory trigger that holds its agent between the
  /// noun and the verb (not after a preposition: "removed from the SDN List").
  static func agentInsideTrigger(_ match: Range<Int>, type: String, in t: SentenceTokens) -> Range<Int>? {
    guard type.hasPrefix("regulatory."), match.count >= 3 else { return nil }
    var k = match.lowerBound + 1
    while k < match.upperBound - 1 {
      if let span = NameFinder.name(startingAt: k, in: t), span.upperBound < match.upperBound,
        t.tokens[span.upperBound - 1].isCapitalized,
        !["from", "to", "on", "of", "off", "in", "onto", "into", "against", "by"].contains(t.lower[k - 1]),
        !t.lower[span.upperBound - 1].hasSuffix("'s"), t.lower[span.upperBound].hasSuffix("ed")
      {
        return span  // "the United States reimposed": a name and its verb, not "Acme's licence".
      }
      k += 1
    }
    return nil
  }

  /// "export controls on advanced chips that Washington announced in October": the agent of a relative
  /// clause that follows a regulatory trigger.
  static func agentOfRelativeClause(after match: Range<Int>, type: String, in t: SentenceTokens) -> Range<
    Int
  >? {
    guard type.hasPrefix("regulatory."), match.upperBound < t.count else { return nil }
    let end = min(t.count - 2, match.upperBound + 10)
    guard end > match.upperBound,
      let rel = (match.upperBound..<end).first(where: { ["that", "which"].contains(t.lower[$0]) }),
      !(match.upperBound..<rel).contains(where: { [",", ";", "but"].contains(t.lower[$0]) }),
      let span = NameFinder.name(startingAt: rel + 1, in: t), span.upperBound < t.count,
      t.tokens[span.upperBound - 1].isCapitalized, t.lower[span.upperBound].hasSuffix("ed")
    else { return nil }
    return span
  }

  /// "Two companies, a maker of power supplies and a logistics firm, were": the described members of a
  /// counted group, between commas before a passive trigger.
  static func describedList(endingBefore index: Int, in t: SentenceTokens) -> [Range<Int>] {
    var close = index - 1
    while close >= 0,
      passiveMarkers.contains(t.lower[close]) || NameFinder.auxiliaries.contains(t.lower[close])
    {
      close -= 1
    }
    guard close >= 2, t.lower[close] == "," else { return [] }
    var open = close - 1
    while open > 0, close - open <= 20, t.lower[open] != "," { open -= 1 }
    guard t.lower[open] == ",", open >= 2, countedGroup(in: max(0, open - 4)..<open, of: t) != nil else {
      return []
    }
    var parts: [Range<Int>] = []
    var start = open + 1
    for k in (open + 1)...close where k == close || t.lower[k] == "and" {
      if k > start, ["a", "an", "the"].contains(t.lower[start]) || t.tokens[start].isCapitalized {
        parts.append((t.lower[start] == "the" ? start + 1 : start)..<k)
      }
      start = k + 1
    }
    return parts
  }

  /// "the Ohio Board of Pharmacy, which had suspended": the name a relative pronoun before the trigger
  /// stands for.
  static func relativeAntecedent(before index: Int, in t: SentenceTokens) -> Range<Int>? {
    var k = index - 1
    while k >= 0, NameFinder.auxiliaries.contains(t.lower[k]) || NameFinder.isAdverb(t.lower[k]) { k -= 1 }
    guard k >= 1, ["which", "who"].contains(t.lower[k]) else { return nil }
    let end = t.lower[k - 1] == "," ? k - 1 : k
    return NameFinder.name(endingBefore: end, in: t)
  }

  /// "by the DEA and the Ohio Board of Pharmacy": a name and the names joined to it by "and".
  static func coordinated(_ span: Range<Int>, in t: SentenceTokens) -> Range<Int> {
    var end = span.upperBound
    while end + 1 < t.count, t.lower[end] == "and", let next = NameFinder.name(startingAt: end + 1, in: t),
      next.contains(where: { t.tokens[$0].isCapitalized }), end - span.lowerBound < 24
    {
      end = next.upperBound
    }
    return span.lowerBound..<end
  }

  /// "on the state oil company, Petróleos de Venezuela": the name an unnamed description is given by.
  static func appositive(after span: Range<Int>, in t: SentenceTokens) -> Range<Int>? {
    guard !span.contains(where: { t.tokens[$0].isCapitalized }) else { return nil }
    var k = span.upperBound
    while k < t.count, k - span.upperBound < 4, t.tokens[k].kind == .word, !t.tokens[k].isCapitalized {
      k += 1
    }
    guard k + 1 < t.count, t.lower[k] == ",", NameFinder.isCapitalizedName(t, k + 1),
      let name = NameFinder.name(startingAt: k + 1, in: t)
    else { return nil }
    return name
  }

  /// "suspended his pharmacy's license", "revoked Acme's licence": the owner written inside the trigger.
  static func possessor(in match: Range<Int>, of t: SentenceTokens) -> Range<Int>? {
    for k in match.dropFirst() {
      let word = t.lower[k]
      if word.hasSuffix("'s") || word.hasSuffix("s'") {
        if let name = NameFinder.name(endingBefore: k + 1, in: t), name.lowerBound > match.lowerBound {
          return name
        }
        if k - 1 > match.lowerBound, ["his", "her", "its", "their", "the"].contains(t.lower[k - 1]) {
          return (k - 1)..<(k + 1)
        }
      }
    }
    return nil
  }

  static let allegationVerbs: Set<String> = [
    "alleged", "alleging", "alleges", "claimed", "claiming", "claims", "accused", "accusing", "charging",
  ]

  /// "alleging that the company overstated demand": the party an allegation is about.
  static func allegedParty(after start: Int, in t: SentenceTokens) -> Range<Int>? {
    guard start < t.count,
      let verb = t.lower[start..<min(t.count, start + 40)].firstIndex(where: { allegationVerbs.contains($0) }
      ),
      verb + 2 < t.count
    else { return nil }
    let from = t.lower[verb + 1] == "that" ? verb + 2 : verb + 1
    guard let span = NameFinder.name(startingAt: from, in: t) ?? name(after: from, limit: t.count, in: t),
      !NameFinder.pronouns.contains(t.lower[span.lowerBound])
    else { return nil }
    return span
  }
}
