/// The names an article mentions, in order, with what kind of party each is: what generic phrases
/// ("the company", "the judge") and pronouns ("them") are resolved against.
struct ArticleNames: Sendable {
  enum Kind: Sendable { case judge, authority, place, party }

  struct Name: Sendable {
    let sentence: Int
    let tokens: Range<Int>
    let text: String
    var kind: Kind
    /// Whether the name looks like a person's ("Loretta Dawes", then "Dawes"): what "he" and "she" stand for.
    var isPerson = false
    /// Whether nothing in the name or around it rules out a person ("Nadia Orlov", not "Hartwell County").
    var mayBePerson = false
  }

  /// Words that make a name an organisation's or a place's, not a person's.
  static let organisationWords: WordList = [
    "county", "city", "state", "inc", "corp", "co", "llc", "ltd", "plc", "group", "bank", "company",
    "university", "holdings", "technologies", "technology", "games", "systems", "airways", "air", "airlines",
    "motors", "pharmacy", "partners", "capital", "foods", "alliance", "association", "union", "coalition",
    "media", "labs", "network", "international", "industries", "energy", "marine", "stores", "parts",
    "auto", "press", "news", "heights", "district", "school", "hospital", "church", "fund", "trust",
  ]
  /// Lowercase nouns after a name that make it a modifier ("a Franklin County jury"), not a party.
  static let modifiedNouns: WordList = [
    "jury", "court", "police", "residents", "officials", "prosecutors", "council", "sheriff", "school",
    "hospital", "department", "judge", "man", "woman", "company", "firm", "resident", "native",
  ]

  private(set) var names: [Name] = []
  /// Per sentence, the party or body that opens it as its subject ("The alliance has been to court before"
  /// gives "Riverside Heights Neighborhood Alliance"): what a sentence-initial "It" of the next one means.
  private(set) var subjects: [Int: Name] = [:]
  /// Acronyms of the agencies named, by their letters: "FTC" → "Federal Trade Commission".
  private(set) var acronyms: [String: String] = [:]
  /// The fullest names by their last word: of every kind, and of parties only.
  private var fullestAny: [String: String] = [:]
  private var fullestParty: [String: String] = [:]

  static let authorityWords: WordList = [
    "department", "agency", "commission", "office", "bureau", "ministry", "administration", "government",
    "court", "circuit", "treasury", "congress", "senate", "police", "regulator", "authority", "service",
    "prosecutor", "prosecutors", "tribunal", "council", "directorate", "board", "unit", "inspectorate",
    "regulators", "parliament", "house", "fbi", "sec", "ftc", "doj",
    "cftc", "ofac", "fcc", "epa", "fda", "irs", "finra", "cma", "ico", "fca", "nhtsa", "commerce", "justice",
  ]
  static let places: WordList = [
    "u.s.", "us", "usa", "u.s.a.", "america", "american", "china", "chinese", "uk", "u.k.", "britain",
    "british", "eu", "europe", "european", "russia", "russian", "india", "indian", "japan", "japanese",
    "germany", "german", "france", "french", "canada", "canadian", "washington", "beijing", "brussels",
    "london", "new", "york", "california", "texas", "israel", "israeli", "iran", "korea", "prc", "hong",
    "kong",
  ]

  /// How many names of title-case lines are checked against the body; the rest are dropped.
  static let maxTitleCaseChecks = 64

  init(_ sentences: [SentenceTokens]) {
    // A title-case line's capitals may join words into a false name ("Settle F.T.C. Charges Over"):
    // such a name stands for a party only when the body writes it too.
    var body: BodyPhrases?
    var titleChecks = 0
    for tokens in sentences {
      let titleCase = NameFinder.isTitleCase(tokens)
      for span in NameFinder.allNames(in: tokens) {
        let words = span.map { tokens.lower[$0].replacingOccurrencesOfPossessive().removingApostrophes() }
        let kind: Kind
        // "the Justice Department" is an agency, not a judge.
        let agency = words.contains { $0 != "justice" && Self.authorityWords.contains($0) }
        if words.contains("judge") || (words.contains("justice") && !agency)
          || (span.lowerBound > 0
            && ["judge", "justice"].contains(tokens.lower[span.lowerBound - 1]))
        {
          kind = .judge
        } else if words.contains(where: { Self.authorityWords.contains($0.removingPeriods()) }) {
          kind = .authority
        } else if words.allSatisfy({ Self.places.contains($0) }) {
          kind = .place
        } else {
          kind = .party
        }
        // A title-case headline's capitals name no judge or agency ("Judge Tosses Suit Against ...").
        if titleCase && kind != .party { continue }
        if titleCase {
          titleChecks += 1
          if body == nil { body = BodyPhrases(sentences.filter { !NameFinder.isTitleCase($0) }) }
          guard titleChecks <= Self.maxTitleCaseChecks,
            body?.contains(tokens.text(span)) == true
          else {
            continue
          }
        }
        // A lone capitalized word opening a sentence may be any word ("Closing arguments were heard"):
        // it stands for nothing later unless the article names it elsewhere too.
        // "(NASDAQ: KAPX)": a ticker or exchange in parentheses stands for the name before it, not a party.
        if span.lowerBound > 0, ["(", ":"].contains(tokens.lower[span.lowerBound - 1]),
          span.upperBound < tokens.count, [")", ":"].contains(tokens.lower[span.upperBound])
        {
          continue
        }
        if span.lowerBound == 0, span.count == 1, kind == .party {
          let word = tokens.lower[0]
          if word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("ly") { continue }
        }
        // "Non-U.S.": a lone letter names no one.
        if span.count == 1, Self.isOneCharacter(tokens.tokens[span.lowerBound].text) { continue }
        names.append(
          Name(sentence: tokens.index, tokens: span, text: Self.clean(tokens.text(span)), kind: kind))
      }
    }
    // "ASD" for "the Aviation Safety Directorate": an acronym of an agency the article names is that agency.
    // Each agency's name gives the acronyms of its endings ("OFAC" for "... Office of Foreign Assets Control").
    for name in names where name.kind == .authority {
      let words = name.text.split(separator: " ")
      let capitalized = words.indices.filter { words[$0].first?.isUppercase == true }
      for length in 2...6 where capitalized.count >= length {
        let tail = capitalized.suffix(length)
        let letters = String(tail.compactMap { words[$0].first })
        if acronyms[letters] == nil, let start = tail.first {
          acronyms[letters] = words[start...].joined(separator: " ")
        }
      }
    }
    for k in names.indices where names[k].kind == .party && expansion(ofAcronym: names[k].text) != nil {
      names[k].kind = .authority
    }
    // "Justice Marguerite Lavallée found … Lavallée wrote that …": the judge's surname alone is the judge,
    // never a party a "the group" or "the company" could stand for.
    let judgeSurnames = Set(
      names.filter { $0.kind == .judge }.compactMap { $0.text.split(separator: " ").last?.lowercased() }
        .filter { $0.count > 2 })
    for k in names.indices
    where names[k].kind == .party && !names[k].text.contains(" ")
      && judgeSurnames.contains(names[k].text.lowercased().replacingOccurrencesOfPossessive())
    {
      names[k].kind = .judge
    }
    let placeOnly = Self.placeOnlyNames(names, in: sentences)
    for k in names.indices where names[k].kind == .party && placeOnly.contains(names[k].text.lowercased()) {
      names[k].kind = .place
    }
    // Once every name is known: a name is a person's when the article also calls it by its last word alone
    // ("Loretta Dawes" ... "Dawes"), or a title, an age or a person's noun stands by it.
    let alone = Set(names.filter { $0.tokens.count == 1 }.map { $0.text.lowercased() })
    for k in names.indices where names[k].kind == .party {
      let t = sentences[names[k].sentence]
      guard Self.couldBePerson(names[k].tokens, in: t) else { continue }
      names[k].mayBePerson = true
      if let last = Self.lastOfSeveralWords(names[k].text) {
        names[k].isPerson = alone.contains(last) || Self.hasPersonCue(names[k].tokens, in: t)
      }
    }
    // One sweep over sentences and names together: the name opening each sentence, or the fullest earlier
    // name ending in the noun of an opening "The alliance ...".
    var next = 0
    var byLastWord: [String: Int] = [:]
    var lastAuthority: Int?
    for t in sentences {
      while next < names.count, names[next].sentence < t.index {
        if names[next].kind == .authority { lastAuthority = next }
        if names[next].kind == .party || names[next].kind == .authority, names[next].tokens.count > 1,
          let last = Self.lastWord(names[next].text)
        {
          byLastWord[last] = next
        }
        next += 1
      }
      guard !t.isTitleCase, t.count >= 3 else { continue }
      if next < names.count, names[next].sentence == t.index, names[next].tokens.lowerBound <= 1,
        names[next].kind == .party || names[next].kind == .authority
      {
        subjects[t.index] = names[next]
      } else if t.lower[0] == "the", t.tokens[1].kind == .word, !t.tokens[1].isCapitalized,
        !["of", "'s"].contains(t.lower[2]), let k = byLastWord[t.lower[1]]
      {
        subjects[t.index] = names[k]
      } else if t.lower[0] == "the", NameFinder.bodyHeads.contains(t.lower[1]) || t.lower[1] == "ministry",
        let k = lastAuthority
      {
        subjects[t.index] = names[k]  // "The department issued the ban": the agency named last.
      }
    }
    fullestAny = Self.fullestNames(names)
    fullestParty = Self.fullestNames(names.filter { $0.kind == .party })
    let surnames = Set(names.filter(\.isPerson).compactMap { Self.lastWord($0.text) })
    // `mayBePerson` holds `couldBePerson` of every party's name, worked out above.
    for k in names.indices where names[k].kind == .party && names[k].tokens.count == 1 {
      names[k].isPerson = names[k].mayBePerson && surnames.contains(names[k].text.lowercased())
    }
  }

  /// The last word of a name, lowercased ("Loretta Dawes" → "dawes"), or nil for a name of spaces only. An
  /// ASCII name (almost every one) is cut at its last space byte rather than split into characters.
  static func lastWord(_ name: String) -> String? {
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
      return name.lowercased().split(separator: " ").last.map(String.init)
    }
    var text = name
    return text.withUTF8 { bytes -> String? in
      let last = lastWordBytes(bytes)
      guard !last.isEmpty else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self).lowercased()
    }
  }

  /// Where the last space-separated word of `bytes` lies (empty when there is none).
  private static func lastWordBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var end = bytes.count
    while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
    var start = end
    while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
    return start..<end
  }

  /// Whether a word is at most one character, without counting the characters of longer words.
  static func isOneCharacter(_ word: String) -> Bool {
    let bytes = word.utf8.count
    return bytes <= 1 || (bytes <= 16 && word.count <= 1)
  }

  /// Nouns that say the name after them is a person's ("nurse Jane Roe", "chief executive, Piotr Lang").
  static let personNouns: WordList = [
    "nurse", "founder", "executive", "manager", "attorney", "lawyer", "reporter", "journalist", "pharmacist",
    "officer", "deputy", "director", "chairman", "chairwoman", "chair", "president", "ceo", "teacher",
    "doctor", "defendant", "mr", "ms", "mrs", "dr", "gov", "sen", "rep", "ald", "cllr", "det", "governor",
    "senator", "mayor", "alderman", "councillor", "councilor", "detective",
    "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "host", "actor", "singer",
  ]

  /// A title, an initial, a person's noun before the name, or an age after it (", 54,").
  static func hasPersonCue(_ span: Range<Int>, in t: SentenceTokens) -> Bool {
    if span.contains(where: { t.lower[$0].count == 1 && t.tokens[$0].isCapitalized }) { return true }
    var before = span.lowerBound - 1
    if before >= 0, t.lower[before] == "," { before -= 1 }
    if before >= 0, personNouns.contains(t.lower[before].removingPeriods()) { return true }
    if let first = span.first, personNouns.contains(t.lower[first]) { return true }
    let after = span.upperBound
    return after + 1 < t.count && t.lower[after] == "," && t.tokens[after + 1].kind == .number
  }

  /// Up to four capitalized words with no organisation or place word, no noun they modify ("a Franklin
  /// County jury") and no preposition of place before them ("of Carver Falls").
  static func couldBePerson(_ span: Range<Int>, in t: SentenceTokens) -> Bool {
    if span.lowerBound < t.count, NameFinder.determiners.contains(t.lower[span.lowerBound]) { return false }
    if span.upperBound < t.count, modifiedNouns.contains(t.lower[span.upperBound]) { return false }
    // "of Carver Falls", "in Istanbul": a place, not a person.
    if span.lowerBound > 0, placePrepositions.contains(t.lower[span.lowerBound - 1]) { return false }
    // The words other than periods and determiners: one to four, none an organisation's, a place's or a number.
    var words = 0
    for k in span {
      if t.tokens[k].kind == .number { return false }
      let word = t.lower[k].replacingOccurrencesOfPossessive()
      if word == "." || NameFinder.determiners.contains(word) { continue }
      words += 1
      if words > 4 || organisationWords.contains(word) || places.contains(word) { return false }
    }
    return words > 0
  }

  /// Prepositions of place: the name after them is a place's ("of Carver Falls", "in Istanbul").
  static let placePrepositions: WordList = ["of", "in", "from", "at", "near", "to"]

  /// The last name of `kind` mentioned before token `token` of sentence `sentence`.
  func latest(_ kinds: Set<Kind>, before sentence: Int, token: Int) -> Name? {
    // Names are in text order: find the first one not before the position, then look back from there.
    var lo = 0
    var hi = names.count
    while lo < hi {
      let mid = (lo + hi) / 2
      let name = names[mid]
      if name.sentence < sentence || (name.sentence == sentence && name.tokens.upperBound <= token) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    return names[..<lo].last { kinds.contains($0.kind) }
  }

  /// The last person (`person` true) or organisation named before token `token` of sentence `sentence`.
  /// A person is the last name known to be one, else the last that may be one.
  func latestParty(person: Bool, before sentence: Int, token: Int) -> Name? {
    guard let last = latest([.party], before: sentence, token: token),
      let end = names.lastIndex(where: { $0.sentence == last.sentence && $0.tokens == last.tokens })
    else { return nil }
    let earlier = names[...end]
    if person {
      return earlier.last { $0.kind == .party && $0.isPerson }
        ?? earlier.last { $0.kind == .party && $0.mayBePerson }
    }
    // "Ada Lorne and the company": an organisation's name over one that may be a person's.
    let organisation = names[max(0, end - 200)...end].last { $0.kind == .party && !$0.mayBePerson }
    let lastParty = earlier.last { $0.kind == .party && !$0.isPerson }
    guard let organisation, let lastParty, lastParty.sentence == sentence, lastParty.mayBePerson else {
      return lastParty
    }
    return organisation
  }

  /// The last two different parties named before token `token` of sentence `sentence`, earlier one first:
  /// what "both companies" and "the two sides" stand for. Companies are organisations; sides may be public
  /// bodies too.
  func latestPair(organisations: Bool, before sentence: Int, token: Int) -> [String] {
    guard let last = latest([.party, .authority], before: sentence, token: token),
      let end = names.lastIndex(where: { $0.sentence == last.sentence && $0.tokens == last.tokens })
    else { return [] }
    var found: [String] = []
    for name in names[max(0, end - 200)...end].reversed() where found.count < 2 {
      if organisations
        ? (name.kind != .party || name.isPerson) : !(name.kind == .party || isPublicParty(name))
      {
        continue
      }
      if !found.contains(where: { CaseRoles.sameParty($0, name.text) }) { found.append(name.text) }
    }
    return found.count == 2 ? found.reversed() : []
  }

  /// An authority that can be a side in a case (a government, a department), not a court or a judge.
  private func isPublicParty(_ name: Name) -> Bool {
    name.kind == .authority
      && !Self.agencyKey(name.text).contains {
        ["court", "circuit", "tribunal", "judge", "jury"].contains($0)
      }
  }

  /// The fullest name in the article that ends with `head` ("U.S. government" for "the government").
  /// Looked up in tables built once, so that resolving many descriptions costs no scan of every name.
  func fullest(endingWith head: String, kinds: Set<Kind> = [.judge, .authority, .place, .party]) -> String? {
    kinds == [.party] ? fullestParty[head] : fullestAny[head]
  }

  /// Per last word, the longest name (its last part after "and") of several words ending in it.
  private static func fullestNames(_ names: [Name]) -> [String: String] {
    var table: [String: String] = [:]
    for name in names {
      let part = lastConjunct(name.text)
      guard let last = lastOfSeveralWords(part) else { continue }
      if let known = table[last], known.utf8.count >= part.utf8.count { continue }
      table[last] = part
    }
    return table
  }

  /// The last word of a name of two words or more, lowercased ("Acme Holdings Inc" → "inc"), or nil for one word.
  static func lastOfSeveralWords(_ name: String) -> String? {
    var text = name
    return text.withUTF8 { bytes -> String? in
      let last = lastWordBytes(bytes)
      // Another word must stand before this one.
      guard last.lowerBound > 0, !last.isEmpty, bytes[0..<last.lowerBound].contains(where: { $0 != 0x20 })
      else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self).lowercased()
    }
  }

  /// The part of a name after its last " and " ("Acme and Globex Corp" → "Globex Corp"), or the whole name.
  static func lastConjunct(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { bytes in
      let conjunction: [UInt8] = [0x20, 0x61, 0x6E, 0x64, 0x20]  // " and "
      var i = bytes.count - conjunction.count
      while i >= 0 {
        if bytes[i] == 0x20, bytes[i + 1] == 0x61,
          bytes[i..<(i + conjunction.count)].elementsEqual(conjunction)
        {
          return String(
            decoding: UnsafeBufferPointer(rebasing: bytes[(i + conjunction.count)...]), as: UTF8.self)
        }
        i -= 1
      }
      return text
    }
  }

  /// A name as a participant: no leading article, no trailing possessive.
  static func clean(_ text: String) -> String {
    // Most names have neither: only a name opening with t/T/i/I or closing with s or an apostrophe is looked at.
    let first = text.utf8.first ?? 0
    let last = text.utf8.last ?? 0
    guard [0x74, 0x54, 0x69, 0x49].contains(first) || [0x73, 0x27, 0x99].contains(last) else { return text }
    var result = text
    for article in ["the ", "The ", "its ", "their ", "Its ", "Their "] where result.hasPrefix(article) {
      result.removeFirst(article.count)
    }
    for possessive in ["’s", "'s", "’", "'"] where result.hasSuffix(possessive) {
      result.removeLast(possessive.count)
    }
    return result
  }
}
