/// The judges and agencies an article names: its one judge, its one regulator however worded, and what an
/// agency's acronym stands for.
extension ArticleNames {
  /// "Federal Trade Commission" for "F.T.C." or "FTC": the article's name whose capitalized words' initials
  /// spell the acronym, so that "the agency" is told by its full name.
  func expansion(ofAcronym acronym: String) -> String? {
    Self.acronymLetters(acronym).flatMap { acronyms[$0] }
  }

  /// The letters of a word shaped like an acronym ("FTC" for "F.T.C."), or nil for any other word: two to
  /// six capital letters, with or without periods, read by bytes. Needs no names, so a caller can ask it
  /// before the article's names are found.
  static func acronymLetters(_ word: String) -> String? {
    guard word.utf8.count <= 12 else { return nil }
    // Checked before anything is built: most words fail at their first or second byte.
    var count = 0
    for byte in word.utf8 where byte != UInt8(ascii: ".") {
      guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return nil }
      count += 1
    }
    guard (2...6).contains(count) else { return nil }
    return count == word.utf8.count ? word : String(word.filter { $0 != "." })
  }

  /// The judges the article names, each once, as bare names ("Raymond Ito" for "U.S. District Judge Raymond Ito").
  var judges: [String] { judges(upTo: Int.max) }

  /// The one judge the article names, or nil when it names none or several: the judge of its bench steps.
  var soleJudge: String? {
    let found = judges(upTo: 2)
    return found.count == 1 ? found[0] : nil
  }

  /// The first `limit` judges the article names, each once.
  func judges(upTo limit: Int) -> [String] {
    var found: [String] = []
    for name in names where name.kind == .judge && found.count < limit {
      // "Judge rules ..." opening a headline: a title with no name names no judge.
      let words = name.text.lowercased().split(separator: " ").map(String.init)
      if words.allSatisfy({ RoleFinder.judgeTitles.contains($0) || Self.courtTitleWords.contains($0) }) {
        continue
      }
      // "a Miami judge": a title with no name after it names no one.
      let titled = RoleFinder.judge(in: SentenceTokens.standalone(name.text))
      if titled == nil, words.contains(where: { RoleFinder.judgeTitles.contains($0) }) { continue }
      guard let bare = titled ?? Optional(name.text),
        !found.contains(where: { CaseRoles.sameParty($0, bare) })
      else { continue }
      found.append(bare)
    }
    return found
  }

  /// A lowercase word without a possessive ending ("ostrowski's" → "ostrowski").
  static func possessiveStripped(_ word: String) -> String {
    word.replacingOccurrencesOfPossessive()
  }

  /// Words of a judge's title around the name ("U.S. District Judge").
  static let courtTitleWords: Set<String> = [
    "u.s.", "us", "district", "circuit", "chief", "federal", "senior", "magistrate", "high", "court", "mr",
    "mrs", "ms", "the", "appeals", "supreme", "county", "state",
  ]

  /// Words that make an agency a court, a force or a generic government rather than a regulator.
  static let notRegulatorWords: Set<String> = [
    "court", "circuit", "tribunal", "government", "administration", "police", "prosecutor", "prosecutors",
    "congress", "senate", "parliament", "house", "justice", "judge", "council", "jury", "fbi", "dea", "atf",
    "doj", "investigation", "prison", "prisons", "sheriff",
  ]

  /// Words that make a name a regulator's ("Department", "Commission", "SEC", "F.T.C.").
  static let regulatorWords: Set<String> = [
    "department", "agency", "commission", "bureau", "ministry", "directorate", "authority", "regulator",
    "treasury", "board", "inspectorate", "office",
  ]

  /// Whether a word names an agency: an agency's noun or a known acronym, dots aside.
  static func isAgencyWord(_ word: String) -> Bool {
    let bare = word.replacingOccurrencesOfPossessive().removingPeriods()
    return regulatorWords.contains(bare) || RoleFinder.agencyAcronyms.contains(bare)
  }

  /// The regulator of an article that names exactly one (however it words it: "U.S. Defense Department",
  /// "US Department of Defense"): the authority of regulatory steps whose sentence names none. The first
  /// wording is kept.
  var soleRegulator: String? {
    // Each wording with how often the article uses it, in order of first use.
    var wordings: [(text: String, count: Int)] = []
    var position: [String: Int] = [:]
    var key: Set<String>?
    for name in names where name.kind == .authority {
      // "F.T.C." and "Federal Trade Commission" are one agency; so are "OFAC" and "the Treasury's Office of
      // Foreign Assets Control".
      let nameKey = Self.agencyKey(expansion(ofAcronym: name.text) ?? name.text)
      guard !nameKey.isEmpty, !nameKey.contains(where: { Self.notRegulatorWords.contains($0) }),
        nameKey.contains(where: { Self.isAgencyWord($0) })
      else { continue }
      if let known = key {
        guard known.isSubset(of: nameKey) || nameKey.isSubset(of: known) else { return nil }
        key = known.union(nameKey)
      } else {
        key = nameKey
      }
      if let k = position[name.text] {
        wordings[k].count += 1
      } else {
        position[name.text] = wordings.count
        wordings.append((name.text, 1))
      }
    }
    // Its full name as the article first writes it ("The Aviation Safety Directorate (ASD)"), else the
    // acronym.
    return (wordings.first { expansion(ofAcronym: $0.text) == nil } ?? wordings.first)?.text
  }

  /// An agency's name as a set of words, order, case, dots, possessives and "of"/"the" aside.
  static func agencyKey(_ text: String) -> Set<String> {
    let words = text.lowercased().replacingApostrophes().split(separator: " ").map {
      String($0).replacingOccurrencesOfPossessive().filter { $0.isLetter || $0.isNumber }
    }
    return Set(words.filter { !$0.isEmpty && !["of", "the", "for", "and"].contains($0) })
  }
}
