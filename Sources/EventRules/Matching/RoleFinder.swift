import TextSegmentation

/// Fills roles from the words of a sentence around a trigger: judges ("District Judge Rudolph Contreras"),
/// courts ("U.S. District Court for ...", "the 9th Circuit"), authorities ("the SEC"), amounts ("$5 million"),
/// prison terms ("five years in prison"), cases ("X v. Y") and quoted words.
enum RoleFinder {
  static let judgeTitles: Set<String> = ["judge", "justice", "magistrate"]
  static let courtWords: Set<String> = ["court", "circuit", "tribunal"]
  static let agencyAcronyms: Set<String> = [
    "sec", "ftc", "doj", "fbi", "cftc", "ofac", "fcc", "epa", "fda", "irs", "finra", "cma", "fca", "ico",
    "nhtsa", "bis", "cfius", "dea", "atf", "cnil", "ofcom", "accc", "asic", "samr", "cnil",
  ]
  static let moneySigns: Set<String> = ["$", "€", "£", "¥"]
  static let multipliers: Set<String> = ["million", "billion", "thousand", "trillion", "m", "bn", "mn", "k"]
  static let currencies: Set<String> = ["dollars", "euros", "pounds", "yuan", "rupees", "yen", "francs"]
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "eighteen", "twenty", "thirty", "forty", "fifty", "a", "several",
  ]
  static let termUnits: Set<String> = ["year", "years", "month", "months", "day", "days", "week", "weeks"]
  static let custody: Set<String> = [
    "prison", "jail", "probation", "custody", "detention", "bars", "incarceration",
  ]

  /// The judge named in the sentence, if any.
  static func judge(in t: SentenceTokens) -> String? {
    for i in 0..<t.count where judgeTitles.contains(t.lower[i]) && t.tokens[i].isCapitalized {
      var j = i + 1
      while j < t.count, j - i <= 5 {
        if NameFinder.isCapitalizedName(t, j) {
          j += 1
        } else if t.lower[j] == ".", j > i + 1, t.tokens[j - 1].text.count == 1,
          NameFinder.isCapitalizedName(t, j + 1)
        {
          j += 1  // "Carla M. Brandt": the initial's period.
        } else {
          break
        }
      }
      // "the Justice Department": a title word in an agency's name names no judge.
      if j > i + 1, !((i + 1)..<j).contains(where: { ArticleNames.authorityWords.contains(t.lower[$0]) }) {
        return t.text((i + 1)..<j)
      }
    }
    return nil
  }

  /// The court named in the sentence, if any.
  static func court(in t: SentenceTokens) -> String? {
    for span in NameFinder.allNames(in: t) {
      let words = span.map { t.lower[$0] }
      // "the Eastern District of Texas": a district of a place is a federal trial court.
      guard
        let courtOffset = words.firstIndex(where: { courtWords.contains($0) })
          ?? words.indices.first(where: {
            words[$0] == "district" && $0 + 1 < words.count && words[$0 + 1] == "of" && $0 > 0
              && !judgeTitles.contains(words[$0 - 1])
          })
      else { continue }
      // The court's own name starts after any judge's name the span holds ("Judge X of the U.S. District Court").
      var start = span.lowerBound + courtOffset
      while start > span.lowerBound, NameFinder.isCapitalizedName(t, start - 1),
        !judgeTitles.contains(t.lower[start - 1])
      {
        start -= 1
      }
      if start > span.lowerBound, judgeTitles.contains(t.lower[start - 1]) { continue }
      // "the 9th Circuit": the ordinal before the name.
      if start >= 2, t.tokens[start - 2].kind == .number,
        ["st", "nd", "rd", "th"].contains(t.lower[start - 1])
      {
        start -= 2
      } else if start >= 1, t.tokens[start - 1].kind == .number {
        start -= 1
      }
      return ArticleNames.clean(t.text(start..<span.upperBound))
    }
    return nil
  }

  /// Lowercase words that describe a court ("a state appeals court", "Manhattan federal court").
  static let courtModifiers: Set<String> = [
    "state", "federal", "appeals", "appellate", "district", "county", "supreme", "high", "lower", "trial",
    "municipal", "superior", "circuit", "family", "criminal", "civil", "magistrates", "crown", "bankruptcy",
    "administrative", "regional", "provincial", "city",
  ]

  /// A court described in lowercase words, when no court is named: "a state appeals court" gives "state
  /// appeals court". At least one court word or a place's name must stand before "court".
  static func courtDescription(in t: SentenceTokens) -> String? {
    // "a county judge struck the ordinance down": an unnamed judge described by the court's level.
    for i in 1..<max(1, t.count)
    where (t.lower[i] == "court" || (t.lower[i] == "judge" && !NameFinder.isCapitalizedName(t, i + 1)))
      && !t.tokens[i].isCapitalized
    {
      var start = i
      while start > 0, i - start < 3,
        courtModifiers.contains(t.lower[start - 1])
          || (t.lower[i] == "court" && NameFinder.isCapitalizedName(t, start - 1)
            && t.tokens[start - 1].kind == .word
            && !t.lower[start - 1].hasSuffix("'s") && !t.lower[start - 1].hasSuffix("'"))
      {
        start -= 1
      }
      if start < i { return t.text(start..<(i + 1)) }
    }
    return nil
  }

  /// Whether a described court hears appeals ("a federal appeals court", "the high court").
  static func isAppellateDescription(_ text: String) -> Bool {
    text.lowercased().split(separator: " ").contains {
      ["appeals", "appellate", "supreme", "high"].contains(String($0))
    }
  }

  /// The jury named in the sentence, as the court of a verdict: "a Harlan County jury", "a federal jury in
  /// Columbus".
  static func jury(in t: SentenceTokens) -> String? {
    guard let at = t.lower.firstIndex(of: "jury") ?? t.lower.firstIndex(of: "juries") else { return nil }
    var start = at
    while start > 0, NameFinder.isCapitalizedName(t, start - 1) { start -= 1 }
    if start < at { return t.text(start..<(at + 1)) }
    if at > 0, ["federal", "state", "grand"].contains(t.lower[at - 1]) {
      start = at - 1
      // "a federal grand jury".
      if start > 0, t.lower[start] == "grand", ["federal", "state", "county"].contains(t.lower[start - 1]) {
        start -= 1
      }
      if at + 2 < t.count, t.lower[at + 1] == "in", NameFinder.isCapitalizedName(t, at + 2) {
        var end = at + 2
        while end < t.count, NameFinder.isCapitalizedName(t, end) { end += 1 }
        return t.text(start..<end)
      }
      return t.text(start..<(at + 1))
    }
    return nil
  }

  /// The regulator or agency named in the sentence, if any.
  static func authority(in t: SentenceTokens) -> String? {
    for span in NameFinder.allNames(in: t) {
      // "F.T.C." is the FTC.
      let words = span.map { t.lower[$0].replacingOccurrencesOfPossessive().removingPeriods() }
      if words.contains(where: { agencyAcronyms.contains($0) })
        || words.contains(where: { ArticleNames.authorityWords.contains($0) && !courtWords.contains($0) })
      {
        return ArticleNames.clean(t.text(span))
      }
    }
    return nil
  }

  /// Nouns a share of which may be a penalty ("4 percent of annual turnover").
  static let shareBases: Set<String> = [
    "turnover", "revenue", "revenues", "sales", "income", "profit", "profits", "earnings",
  ]

  /// Heads of a regulator described in lowercase ("the national audit agency").
  static let describedAuthorityHeads: Set<String> = [
    "agency", "regulator", "watchdog", "commission", "ministry", "authority", "inspectorate", "police",
  ]

  /// A regulator or force described in lowercase words after "the" or "a", when none is named: "the national
  /// audit agency" gives "national audit agency", "a state police investigation" gives "state police".
  static func authorityDescription(in t: SentenceTokens) -> String? {
    for i in 1..<max(1, t.count)
    where describedAuthorityHeads.contains(t.lower[i]) && !t.tokens[i].isCapitalized {
      var start = i
      while start > 0, i - start < 3, t.tokens[start - 1].kind == .word, !t.tokens[start - 1].isCapitalized,
        !NameFinder.determiners.contains(t.lower[start - 1]),
        !NameFinder.auxiliaries.contains(t.lower[start - 1]),
        !["of", "and", "or", "to", "by", "with", "for", "in", "on", "that", "which"].contains(
          t.lower[start - 1])
      {
        start -= 1
      }
      guard start < i, start > 0, ["the", "a", "an"].contains(t.lower[start - 1]) else { continue }
      return t.text(start..<(i + 1))
    }
    return nil
  }

  /// The first sum of money in the sentence ("$5 million", "€1.2bn", "10 million euros"), else a share of
  /// a firm's turnover ("up to 4 percent of their annual turnover").
  static func amount(in t: SentenceTokens) -> String? {
    money(in: t) ?? share(in: t)
  }

  static func share(in t: SentenceTokens) -> String? {
    for i in 0..<t.count where ["percent", "per", "%"].contains(t.lower[i]) && i > 0 {
      guard t.tokens[i - 1].kind == .number else { continue }
      var end = t.lower[i] == "per" && i + 1 < t.count && t.lower[i + 1] == "cent" ? i + 2 : i + 1
      guard end < t.count, t.lower[end] == "of" else { continue }
      var k = end + 1
      while k < t.count, k - end <= 4, t.tokens[k].kind == .word, !shareBases.contains(t.lower[k]) { k += 1 }
      guard k < t.count, shareBases.contains(t.lower[k]) else { continue }
      end = k + 1
      var start = i - 1
      if start >= 2, t.lower[start - 2] == "up", t.lower[start - 1] == "to" { start -= 2 }
      return t.text(start..<end)
    }
    return nil
  }

  static func money(in t: SentenceTokens) -> String? {
    for i in 0..<t.count {
      if moneySigns.contains(t.lower[i]) || t.lower[i] == "us$", i + 1 < t.count,
        t.tokens[i + 1].kind == .number
      {
        var end = i + 2
        if end < t.count, multipliers.contains(t.lower[end]) { end += 1 }
        return t.text(i..<end)
      }
      if t.tokens[i].kind == .number, i + 1 < t.count {
        var end = i + 1
        if multipliers.contains(t.lower[end]) { end += 1 }
        if end < t.count, currencies.contains(t.lower[end]) { return t.text(i..<(end + 1)) }
      }
    }
    return nil
  }

  /// The first custodial or probation term in the sentence: "five years in prison", "life in prison", "up to
  /// 45 years in prison", "an eight-year term", "a prison sentence of up to seven and a half years".
  static func term(in t: SentenceTokens) -> String? {
    for i in 0..<t.count {
      // "jailed for six years and eight months": a term after the verb, with no word of custody.
      if ["jailed", "imprisoned"].contains(t.lower[i]), i + 2 < t.count, t.lower[i + 1] == "for" {
        if t.lower[i + 2] == "life" { return t.text((i + 2)..<(i + 3)) }
        if let span = compoundTerm(from: i + 2, in: t) { return t.text(span) }
      }
      if custody.contains(t.lower[i]) {
        var j = i - 1
        while j >= 0, ["in", "of", "behind", "federal", "state", "a", "the"].contains(t.lower[j]) { j -= 1 }
        guard j >= 0 else { continue }
        if t.lower[j] == "life" { return t.text(j..<(i + 1)) }
        guard termUnits.contains(t.lower[j]), let k = quantityStart(unit: j, in: t) else { continue }
        return t.text(k..<(i + 1))
      }
      guard ["term", "sentence"].contains(t.lower[i]) else { continue }
      // "an eight-year term", "a 10-year prison sentence".
      var u = i - 1
      if u >= 0, custody.contains(t.lower[u]) { u -= 1 }
      if u >= 2, termUnits.contains(t.lower[u]), t.lower[u - 1] == "-",
        t.tokens[u - 2].kind == .number || numberWords.contains(t.lower[u - 2])
      {
        return t.text((u - 2)..<(i + 1))
      }
      if u >= 0, let dash = t.lower[u].lastIndex(of: "-"),
        termUnits.contains(String(t.lower[u][t.lower[u].index(after: dash)...])),
        let count = t.lower[u][..<dash].split(separator: "-").first,
        count.allSatisfy(\.isNumber) || numberWords.contains(String(count))
      {
        return t.text(u..<(i + 1))
      }
      // "a prison term of up to 10 years".
      guard i + 2 < t.count, t.lower[i + 1] == "of" else { continue }
      for unit in (i + 2)..<min(t.count, i + 9) where termUnits.contains(t.lower[unit]) {
        if let k = quantityStart(unit: unit, in: t), k >= i + 2 { return t.text(k..<(unit + 1)) }
        break
      }
    }
    return nil
  }

  /// A quantity and unit starting at `start`, with a second one joined by "and" ("six years and eight
  /// months"), or nil.
  static func compoundTerm(from start: Int, in t: SentenceTokens) -> Range<Int>? {
    func unit(after k: Int) -> Int? {
      (k..<min(t.count, k + 6)).first { termUnits.contains(t.lower[$0]) }
    }
    guard let first = unit(after: start), let k = quantityStart(unit: first, in: t), k == start else {
      return nil
    }
    var end = first + 1
    if end + 2 < t.count, t.lower[end] == "and", let second = unit(after: end + 1), second <= end + 3,
      quantityStart(unit: second, in: t) == end + 1
    {
      end = second + 1
    }
    return start..<end
  }

  /// The first token of the quantity before a unit ("up to seven and a half" years), or nil.
  private static func quantityStart(unit: Int, in t: SentenceTokens) -> Int? {
    var k = unit - 1
    if k >= 0, t.lower[k] == "-" { k -= 1 }
    if k >= 3, t.lower[k] == "half", t.lower[k - 1] == "a", t.lower[k - 2] == "and" { k -= 3 }
    guard k >= 0, t.tokens[k].kind == .number || (numberWords.contains(t.lower[k]) && t.lower[k] != "a")
    else { return nil }
    if k >= 2, t.lower[k - 2] == "up", t.lower[k - 1] == "to" { k -= 2 }
    return k
  }

  /// The prosecutors who act before token `limit`, as the article words them: "Prosecutors", "Federal
  /// prosecutors in Manhattan", "prosecutors in the Southern District of New York".
  static func prosecutors(in t: SentenceTokens, before limit: Int) -> String? {
    guard
      let at = (0..<min(limit, t.count)).first(where: {
        ["prosecutors", "prosecutor"].contains(t.lower[$0])
          && !(($0 + 1) < t.count && t.tokens[$0 + 1].isCapitalized)
      })
    else { return nil }
    var start = at
    while start > 0,
      ["federal", "state", "u.s.", "german", "french", "local", "city", "county"].contains(t.lower[start - 1])
        || (start - 1 > 0 && NameFinder.isCapitalizedName(t, start - 1) && at - start < 2)
    {
      start -= 1
    }
    var end = at + 1
    if end + 1 < t.count, ["in", "for", "from"].contains(t.lower[end]),
      let place = NameFinder.name(startingAt: end + 1, in: t), place.upperBound <= limit,
      t.tokens[place.upperBound - 1].isCapitalized
    {
      end = place.upperBound
    }
    return t.text(start..<end)
  }

  /// Nouns for a suit that a relative clause naming its sides may follow; every sentence of an article is
  /// searched for them, so most words are ruled out by the filter without hashing.
  static let suitNouns: Set<String> = ["lawsuit", "suit", "complaint", "case", "claims", "action"]
  static let suitNounFilter = WordFilter(suitNouns)
  /// The word between the sides of a case name ("Oracle v. Google").
  static let caseMarkers: Set<String> = ["v.", "v", "vs.", "vs", "versus"]
  static let caseMarkerFilter = WordFilter(caseMarkers)

  /// "the lawsuit, which Corda Mills filed against Benton Freight": the sides a relative clause gives a suit.
  static func suitParties(in t: SentenceTokens) -> (String, String)? {
    for i in 0..<max(0, t.count - 4)
    where suitNounFilter.mayContain(t.lower[i]) && suitNouns.contains(t.lower[i]) {
      var k = i + 1
      if k < t.count, t.lower[k] == "," { k += 1 }
      guard k < t.count, ["which", "that"].contains(t.lower[k]),
        let plaintiff = NameFinder.name(startingAt: k + 1, in: t), plaintiff.upperBound + 2 < t.count,
        t.tokens[plaintiff.upperBound - 1].isCapitalized,
        ["filed", "brought", "lodged", "launched"].contains(t.lower[plaintiff.upperBound]),
        t.lower[plaintiff.upperBound + 1] == "against",
        let defendant = NameFinder.name(startingAt: plaintiff.upperBound + 2, in: t)
      else { continue }
      return (ArticleNames.clean(t.text(plaintiff)), ArticleNames.clean(t.text(defendant)))
    }
    return nil
  }

  /// "Oracle v. Google": the two sides of a case name, if the sentence has one.
  static func caseName(in t: SentenceTokens) -> (String, String)? {
    for i in 1..<max(1, t.count - 1)
    where caseMarkerFilter.mayContain(t.lower[i]) && caseMarkers.contains(t.lower[i]) {
      let after = i + 1 < t.count && t.lower[i + 1] == "." ? i + 2 : i + 1
      guard let left = NameFinder.name(endingBefore: i, in: t),
        NameFinder.isCapitalizedName(t, left.upperBound - 1)
          || NameFinder.isCompanySuffixPeriod(t, left.upperBound - 1),
        let right = NameFinder.name(startingAt: after, in: t)
      else { continue }
      let rightText = t.text(right)
      guard rightText.first?.isUppercase == true || t.lower[right.lowerBound] == "the" else { continue }
      return (ArticleNames.clean(t.text(left)), ArticleNames.clean(rightText))
    }
    return nil
  }

  /// Single words that, quoted, are a legal finding rather than a remark.
  static let standardWords: Set<String> = [
    "intercepted", "unlawful", "unconstitutional", "arbitrary", "capricious", "moot", "frivolous", "void",
    "negligent", "reckless", "willful", "wilful", "malicious", "defamatory", "preempted", "pretextual",
    "unreasonable",
    "discriminatory", "fraudulent", "misleading", "deceptive", "unfair", "infringing", "obvious", "invalid",
  ]
  static let remarkWords: Set<String> = ["i", "we", "my", "our", "me", "us", "you", "your"]

  /// A quoted legal standard or test: a short lowercase phrase ("arbitrary and capricious", "substantial
  /// evidence") with no first or second person, or a single word of a legal finding. Quoted remarks are not.
  static func isLegalStandard(_ quote: String) -> Bool {
    let words = quote.split(separator: " ").map { $0.lowercased() }
    guard let first = quote.first, first.isLowercase, !words.isEmpty, words.count <= 8 else { return false }
    if quote.contains("?") || quote.contains("!") { return false }
    if words.contains(where: {
      remarkWords.contains($0.replacingApostrophes().split(separator: "'").first.map(String.init) ?? $0)
    }) {
      return false
    }
    return words.count >= 2 || standardWords.contains(words[0])
  }

  /// The quoted legal standards of the sentence, as written without the quote marks.
  static func quotes(in text: String) -> [String] {
    // A text without a straight quote or the lead byte of a curly one (most sentences) quotes nothing.
    guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 }) else { return [] }
    var result: [String] = []
    // The quote being read starts at `phrase`; the words before it ran from `before` to `opening`. Both
    // are cut out of the text when needed rather than built character by character.
    var phrase: String.Index?
    var before = text.startIndex
    var opening = text.startIndex
    var characterized = false
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      let next = text.index(after: i)
      if c == "“" || (c == "\"" && phrase == nil) {
        if phrase == nil { opening = i }
        phrase = next
        characterized = isCharacterization(String(text[before..<opening]))
      } else if c == "”" || c == "\"", let start = phrase {
        let trimmed = String(text[start..<i]).trimmingPunctuation()
        if !characterized, isLegalStandard(trimmed) { result.append(trimmed) }
        phrase = nil
        before = next
      }
      i = next
    }
    return result
  }

  /// Verbs by which a speaker labels something ("called the opinion “a win for tenants”"): what follows
  /// is the speaker's verdict on it, not a legal standard.
  static let characterizingVerbs: Set<String> = [
    "call", "called", "calls", "calling", "described", "describes", "describing", "dubbed", "termed",
    "labeled", "labelled", "hailed", "praised", "decried", "branded",
  ]

  /// Whether the last few words before a quote are a characterizing verb and its object.
  private static func isCharacterization(_ before: String) -> Bool {
    let words = before.split(whereSeparator: { $0 == " " || $0 == "," }).suffix(5).map { $0.lowercased() }
    return words.contains { characterizingVerbs.contains($0) }
  }
}

extension String {
  /// The word without its periods ("f.t.c." → "ftc"); most words have none and come back as they are.
  func removingPeriods() -> String {
    guard utf8.contains(UInt8(ascii: ".")) else { return self }
    return filter { $0 != "." }
  }

  /// The word without its apostrophes ("o'neill" → "oneill"); most words have none and come back as they are.
  func removingApostrophes() -> String {
    guard utf8.contains(UInt8(ascii: "'")) else { return self }
    return filter { $0 != "'" }
  }

  /// Whether the word ends in a possessive "'s" or "’s" ("tuesday's", "ashcraft’s").
  var isPossessive: Bool { hasSuffix("'s") || hasSuffix("’s") }

  func replacingOccurrencesOfPossessive() -> String {
    guard utf8.last == UInt8(ascii: "s") else { return self }
    var s = self
    for suffix in ["'s", "’s"] where s.hasSuffix(suffix) { s.removeLast(suffix.count) }
    return s
  }

  func trimmingPunctuation() -> String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "," || c == "." { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "," || c == "." { s = s.dropLast() }
    return String(s)
  }
}
