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
      if j > i + 1 { return t.text((i + 1)..<j) }
    }
    return nil
  }

  /// The court named in the sentence, if any.
  static func court(in t: SentenceTokens) -> String? {
    for span in NameFinder.allNames(in: t) {
      let words = span.map { t.lower[$0] }
      guard let courtOffset = words.firstIndex(where: { courtWords.contains($0) }) else { continue }
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

  /// The jury named in the sentence, as the court of a verdict: "a Harlan County jury", "a federal jury in
  /// Columbus".
  static func jury(in t: SentenceTokens) -> String? {
    guard let at = t.lower.firstIndex(of: "jury") ?? t.lower.firstIndex(of: "juries") else { return nil }
    var start = at
    while start > 0, NameFinder.isCapitalizedName(t, start - 1) { start -= 1 }
    if start < at { return t.text(start..<(at + 1)) }
    if at > 0, ["federal", "state", "grand"].contains(t.lower[at - 1]) {
      start = at - 1
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
      let words = span.map { t.lower[$0].replacingOccurrencesOfPossessive() }
      if words.contains(where: { agencyAcronyms.contains($0) })
        || words.contains(where: { ArticleNames.authorityWords.contains($0) && !courtWords.contains($0) })
      {
        return ArticleNames.clean(t.text(span))
      }
    }
    return nil
  }

  /// The first sum of money in the sentence ("$5 million", "€1.2bn", "10 million euros").
  static func amount(in t: SentenceTokens) -> String? {
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

  /// The first custodial or probation term in the sentence ("five years in prison", "life in prison").
  static func term(in t: SentenceTokens) -> String? {
    for i in 0..<t.count where custody.contains(t.lower[i]) {
      var j = i - 1
      while j >= 0, ["in", "of", "behind", "federal", "state", "a", "the"].contains(t.lower[j]) { j -= 1 }
      guard j >= 0 else { continue }
      if t.lower[j] == "life" { return t.text(j..<(i + 1)) }
      guard termUnits.contains(t.lower[j]), j >= 1 else { continue }
      var k = j - 1
      if k >= 0, t.lower[k] == "-" { k -= 1 }
      guard k >= 0, t.tokens[k].kind == .number || numberWords.contains(t.lower[k]) else { continue }
      return t.text(k..<(i + 1))
    }
    return nil
  }

  /// "Oracle v. Google": the two sides of a case name, if the sentence has one.
  static func caseName(in t: SentenceTokens) -> (String, String)? {
    for i in 1..<max(1, t.count - 1) where ["v.", "v", "vs.", "vs", "versus"].contains(t.lower[i]) {
      let after = i + 1 < t.count && t.lower[i + 1] == "." ? i + 2 : i + 1
      guard let left = NameFinder.name(endingBefore: i, in: t),
        NameFinder.isCapitalizedName(t, left.upperBound - 1),
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
    var result: [String] = []
    var current: String?
    for c in text {
      if c == "“" || (c == "\"" && current == nil) {
        current = ""
      } else if c == "”" || c == "\"", let phrase = current {
        let trimmed = phrase.trimmingPunctuation()
        if isLegalStandard(trimmed) { result.append(trimmed) }
        current = nil
      } else if current != nil {
        current?.append(c)
      }
    }
    return result
  }
}

extension String {
  func replacingOccurrencesOfPossessive() -> String {
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
