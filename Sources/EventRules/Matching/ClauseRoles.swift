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
        : nil) ?? patientInsideTrigger(match, in: t)
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
    // "seek a ten-year term for the former banker Lena Hart": whom the sentence is for.
    if type == "criminal.sentence", roles.contains("defendant"), match.upperBound + 1 < t.count,
      t.lower[match.upperBound] == "for",
      let named = name(after: match.upperBound + 1, limit: clauseEnd, in: t),
      t.tokens[named.upperBound - 1].isCapitalized
    {
      result.append(("defendant", named))
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

  static func isPassive(before index: Int, in t: SentenceTokens) -> Bool {
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
        if let person = NameFinder.personDescribed(by: span, in: t) { return person }
        // A place names no party ("an Ohio pharmacist").
        let words = span.map { t.lower[$0] }.filter { !NameFinder.determiners.contains($0) }
        return words.allSatisfy { ArticleNames.places.contains($0) } ? nil : span
      }
      // "Denver-based solar developer Brightmere": a place adjective describes the name after it.
      guard t.tokens[j].kind == .word,
        !t.tokens[j].isCapitalized || NameFinder.isPlaceAdjective(t.lower[j]), skipped < 3,
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
  static func name(afterWord word: String, from start: Int, in t: SentenceTokens) -> Range<Int>? {
    guard start < t.count, let at = t.lower[start..<min(t.count, start + 30)].firstIndex(of: word) else {
      return nil
    }
    return name(after: at + 1, limit: t.clauseEnd(after: at + 1), in: t)
  }
}
