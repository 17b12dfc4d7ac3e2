/// Who did it and to whom, from the clause around a trigger when no slot said it: the subject before an active
/// trigger is the agent ("The SEC fined Acme"), the subject before a passive one is the patient ("Acme was
/// fined"), and the name after the trigger is the patient; "against X" names a defendant, "by X" an agent.
enum ClauseRoles {
  /// For each event type, the role of the agent and of the patient (nil: the clause does not say it).
  static let agentAndPatient: [String: (agent: String?, patient: String?)] = [
    "civil.complaint_filed": ("plaintiff", "defendant"),
    "civil.motion_filed": ("party", nil),
    "civil.settlement": ("party", "party"),
    "appeal.filed": ("appellant", nil),
    "criminal.investigation": ("authority", "target"),
    "criminal.arrest": ("authority", "person"),
    "criminal.charge": ("authority", "defendant"),
    "criminal.plea": ("defendant", nil),
    "criminal.conviction": (nil, "defendant"),
    "criminal.acquittal": (nil, "defendant"),
    "criminal.sentence": (nil, "defendant"),
    "criminal.release": ("person", "person"),
    "criminal.extradition": (nil, "person"),
    "criminal.pardon": ("authority", "person"),
    "regulatory.designation": ("authority", "target"),
    "regulatory.delisting": ("authority", "target"),
    "regulatory.sanctions": ("authority", "target"),
    "regulatory.license": ("authority", "target"),
    "regulatory.ban": ("authority", "target"),
    "regulatory.enforcement": ("authority", "target"),
    "regulatory.penalty": ("authority", "target"),
  ]

  static let passiveMarkers: Set<String> = ["was", "were", "been", "be", "is", "are", "being", "got", "get"]

  /// Role and token span pairs for the roles of `roles` the clause fills.
  static func fill(
    type: String, roles: Set<String>, match: Range<Int>, in t: SentenceTokens
  ) -> [(role: String, span: Range<Int>)] {
    var result: [(String, Range<Int>)] = []
    let clauseStart = t.clauseStart(before: match.lowerBound)
    let clauseEnd = t.clauseEnd(after: match.upperBound)
    // "Hensley was arrested": a trigger that holds its own auxiliary is passive too. "Park was convicted in
    // 2008 and pardoned two years later": a participle after "and" shares the passive subject before it.
    let shared = sharedPassiveSubject(before: match.lowerBound, in: t)
    let passive =
      isPassive(before: match.lowerBound, in: t) || shared != nil
      || (match.count >= 2 && match.dropLast().contains { passiveMarkers.contains(t.lower[$0]) })
    let subject = extend(
      subjectSpan(match, type: type, clauseStart: clauseStart, shared: shared, in: t), to: match, in: t)
    // "lifted sanctions on X", "revoked the licence of X": the patient after a preposition.
    let object =
      name(after: match.upperBound, limit: clauseEnd, in: t)
      ?? (type.hasPrefix("regulatory.")
        ? ["on", "of", "against"].lazy.compactMap { word in
          match.upperBound < t.count && t.lower[match.upperBound] == word
            ? name(after: match.upperBound + 1, limit: clauseEnd, in: t) : nil
        }.first : nil)
    // "The company paid a $650,000 civil penalty": who pays a penalty is its target.
    if type == "regulatory.penalty", roles.contains("target"),
      let payer = payer(before: match.lowerBound, in: t)
    {
      result.append(("target", payer))
    }
    // "designated 14 entities and nine individuals": a counted group is the patient when no name is;
    // "suspended Acme's licence": the owner named inside the trigger.
    let patient =
      object.map { appositive(after: $0, in: t) ?? $0 }
      ?? (type.hasPrefix("regulatory.")
        ? countedGroup(in: match.lowerBound..<clauseEnd, of: t)
          ?? (type == "regulatory.license"
            ? possessor(in: match, of: t) ?? namedLicense(in: match, of: t) : nil)
        : nil)
    if let pair = agentAndPatient[type] {
      if passive {
        if let role = pair.patient, roles.contains(role), let subject { result.append((role, subject)) }
        // "Two companies, a Shenzhen maker of power supplies and a Hong Kong logistics firm, were removed".
        if let role = pair.patient, roles.contains(role), subject == nil {
          for part in describedList(endingBefore: match.lowerBound, in: t) { result.append((role, part)) }
        }
        if let role = pair.agent, roles.contains(role),
          let by = name(afterWord: "by", from: match.upperBound, in: t)
        {
          result.append((role, by))
        }
      } else if let role = pair.patient, roles.contains(role), patientPossessorTypes.contains(type),
        let owner = possessor(before: match.lowerBound, subject: subject, in: t)
      {
        // "his extradition", "Kovač's arrest": the owner of a criminal step is who undergoes it.
        result.append((role, owner))
      } else {
        if let role = pair.agent, roles.contains(role), let subject { result.append((role, subject)) }
        // "an investigation by the DEA": the agent after "by".
        if let role = pair.agent, roles.contains(role), subject == nil, match.upperBound < t.count,
          t.lower[match.upperBound] == "by",
          let by = name(after: match.upperBound + 1, limit: clauseEnd, in: t)
        {
          result.append((role, coordinated(by, in: t)))
        }
        if let role = pair.patient, roles.contains(role), let patient {
          // "sued Kovač and the company": each party joined by "and"; "removed two tankers, the Sea Orchid and
          // the Pacific Lumen, from": the members a counted group names.
          let members = namedMembers(after: patient, in: t)
          for part in members.isEmpty ? conjuncts(patient, in: t) : members { result.append((role, part)) }
        }
      }
    }
    // "settled a lawsuit with the county": the other party.
    if type == "civil.settlement", roles.contains("party"),
      let with = name(afterWord: "with", from: match.upperBound, in: t),
      with.lowerBound - match.upperBound <= 2
    {
      result.append(("party", with))
    }
    // "filed on behalf of investors who bought shares": the plaintiffs, named or described.
    if roles.contains("plaintiff"), type == "civil.complaint_filed",
      let behalf = description(afterPhrase: ["on", "behalf", "of"], from: match.upperBound, in: t)
    {
      result.append(("plaintiff", behalf))
    }
    if roles.contains("defendant"), let against = name(afterWord: "against", from: match.lowerBound, in: t) {
      result.append(("defendant", against))
    }
    // "a lawsuit ... alleging that the company overstated demand", "a class action accusing doorbell maker
    // Porchly of": the accused is the defendant.
    if roles.contains("defendant"), type.hasPrefix("civil."),
      let accused = allegedParty(after: match.upperBound, in: t)
    {
      result.append(("defendant", accused))
    }
    return result
  }

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
  private static func subjectSpan(
    _ match: Range<Int>, type: String, clauseStart: Int, shared: Range<Int>?, in t: SentenceTokens
  ) -> Range<Int>? {
    // "the group's vice chairman, Park Jin-seok, had been taken": the name between commas opens no clause.
    if let before = NameFinder.name(endingBefore: match.lowerBound, in: t),
      before.lowerBound >= clauseStart
        || (t.lower[before.upperBound] == ","
          && ((before.upperBound + 1)..<match.lowerBound).allSatisfy {
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
  private static func extend(_ span: Range<Int>?, to match: Range<Int>, in t: SentenceTokens) -> Range<Int>? {
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

  private static func isPassive(before index: Int, in t: SentenceTokens) -> Bool {
    var j = index - 1
    while j >= 0, NameFinder.isAdverb(t.lower[j]) || t.lower[j] == "also" || t.lower[j] == "not" { j -= 1 }
    return j >= 0 && passiveMarkers.contains(t.lower[j])
  }

  /// The name after `start` in its clause, past at most three lowercase descriptors ("rival host Simone Achebe").
  static func name(after start: Int, limit: Int, in t: SentenceTokens) -> Range<Int>? {
    var j = start
    var skipped = 0
    while j < min(limit, t.count) {
      if let span = NameFinder.name(startingAt: j, in: t) {
        // "on the operator once it is complete": a pronoun past other words is another clause's subject.
        if skipped > 0, NameFinder.pronouns.contains(t.lower[span.lowerBound]) { return nil }
        // A place names no party ("an Ohio pharmacist").
        let words = span.map { t.lower[$0] }.filter { !NameFinder.determiners.contains($0) }
        return words.allSatisfy { ArticleNames.places.contains($0) } ? nil : span
      }
      guard t.tokens[j].kind == .word, !t.tokens[j].isCapitalized, skipped < 3,
        ![
          "to", "from", "in", "on", "for", "of", "with", "at", "over", "after", "before", "by", "a", "an",
          "that",
          "which", "who", "whether", "if",
        ]
        .contains(
          t.lower[j])
      else { return nil }
      skipped += 1
      j += 1
    }
    return nil
  }

  static let groupNouns: Set<String> = [
    "entities", "individuals", "companies", "firms", "vessels", "people", "persons", "banks", "tankers",
    "ships",
    "officials", "executives", "businesses", "organizations", "organisations", "airlines", "exchanges",
  ]

  /// A number and the group it counts ("14 entities and nine individuals", "12 Chinese chip firms").
  static func countedGroup(in range: Range<Int>, of t: SentenceTokens) -> Range<Int>? {
    func group(at i: Int) -> Range<Int>? {
      guard i < t.count, t.tokens[i].kind == .number || RoleFinder.numberWords.contains(t.lower[i]),
        !["a"].contains(t.lower[i])
      else { return nil }
      for k in (i + 1)..<min(t.count, i + 5) {
        if groupNouns.contains(t.lower[k]) { return i..<(k + 1) }
        if t.tokens[k].kind != .word { return nil }
      }
      return nil
    }
    for i in range.clamped(to: 0..<t.count) {
      guard var found = group(at: i) else { continue }
      if found.upperBound + 1 < t.count, t.lower[found.upperBound] == "and",
        let more = group(at: found.upperBound + 1)
      {
        found = found.lowerBound..<more.upperBound
      }
      return found
    }
    return nil
  }

  /// The name or lowercase description (at most five words, up to "who", "that" or punctuation) after
  /// `phrase` in the few words after `start`.
  static func description(afterPhrase phrase: [String], from start: Int, in t: SentenceTokens) -> Range<Int>?
  {
    guard start < t.count else { return nil }
    let last = min(t.count - phrase.count, start + 6)
    guard last >= start,
      let at = (start...last).first(where: { Array(t.lower[$0..<($0 + phrase.count)]) == phrase })
    else { return nil }
    let from = at + phrase.count
    if let span = NameFinder.name(startingAt: from, in: t) { return span }
    var end = from
    while end < t.count, end - from < 5, t.tokens[end].kind == .word,
      !["who", "that", "which", "and", "in", "on", "at", "for", "over", "after", "before"].contains(
        t.lower[end])
    {
      end += 1
    }
    return end > from ? from..<end : nil
  }

  /// The name after the first `word` at or after `start` in the sentence ("against Apple", "by the SEC").
  private static func name(afterWord word: String, from start: Int, in t: SentenceTokens) -> Range<Int>? {
    guard start < t.count, let at = t.lower[start..<min(t.count, start + 30)].firstIndex(of: word) else {
      return nil
    }
    return name(after: at + 1, limit: t.clauseEnd(after: at + 1), in: t)
  }
}
