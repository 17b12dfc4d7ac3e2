/// Finds the names of parties in a sentence's tokens: capitalized spans ("U.S. Department of Defense",
/// "Xiaomi Corp."), generic phrases ("the company", "the U.S. government") and pronouns ("them").
enum NameFinder {
  /// Nouns that name a party when written in lowercase after "the" ("the government", "the company").
  static let genericHeads: WordList = [
    "government", "company", "firm", "department", "agency", "administration", "regulator", "regulators",
    "prosecutors", "authorities", "commission", "group", "giant", "maker", "bank", "state", "officials",
    "startup", "carrier", "platform", "retailer", "defendant", "defendants", "plaintiff", "plaintiffs",
    "manufacturer", "developer", "automaker", "insurer", "court", "judge", "city", "county", "network",
    "operator", "airline", "lender", "broker",
  ]
  static let pronouns: WordList = [
    "it", "them", "they", "him", "her", "he", "she", "itself", "themselves", "himself", "herself",
  ]
  /// Nouns that end a lowercase description of an institution ("the county crime lab", "the city council").
  static let institutionNouns: WordList = [
    "lab", "laboratory", "office", "board", "council", "department", "unit", "agency", "commission", "police",
    "school", "district", "hospital", "jail", "prison", "regulator", "authority", "ministry", "bureau",
  ]
  /// Plural bodies that act without a determiner ("Prosecutors said", "regulators fined").
  static let bareBodies: Set<String> = ["prosecutors", "regulators", "authorities"]
  /// Who acts for a party ("Achebe's lawyers moved to dismiss").
  static let representatives: Set<String> = [
    "lawyers", "lawyer", "attorneys", "attorney", "counsel", "solicitors", "barristers", "spokesperson",
    "spokesman", "spokeswoman", "representatives",
  ]
  /// Pronouns that stand for a person.
  static let personalPronouns: Set<String> = ["he", "she", "him", "her", "himself", "herself"]
  static let determiners: WordList = ["the", "its", "their", "his", "a", "an"]
  /// Words inside a capitalized name that need not be capitalized.
  static let connectors: WordList = [
    "of", "for", "and", "&", "the", "de", "du", "von", "van", "la", "del",
  ]
  /// Titles that stand before a person's name.
  static let honorifics: WordList = ["mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr.", "mx"]
  /// Capitalized words that begin sentences or headlines but never names.
  static let notNames: WordList = [
    "after", "before", "now", "yesterday", "today", "tomorrow", "on", "in", "at", "when", "while", "if", "as",
    "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "so", "then", "meanwhile", "also",
    "however", "last", "earlier", "later", "since", "by", "with", "under", "according", "there", "here", "it",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "i", "we", "you", "he", "she", "they", "his", "her", "their", "its", "our", "my", "mr", "ms", "mrs",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all", "some",
    "many",
    "several", "no", "not", "press", "release", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept",
    "oct", "nov", "dec", "former", "shares", "stocks", "investors", "analysts", "officials", "lawyers",
    "critics",
    "experts", "residents", "neighbors", "neighbours", "plaintiffs", "update", "updated", "breaking",
    "exclusive", "opinion", "nobody", "everyone", "everybody", "anyone", "anybody", "someone", "somebody",
  ]
  /// Nouns ending in "-ly" that are no adverbs ("Oakes' family settled").
  static let lyNouns: WordList = [
    "family", "assembly", "supply", "ally", "rally", "italy", "july", "monopoly", "anomaly", "reply", "fly",
    "belly", "bully", "lily", "jelly", "folly", "holly", "sally",
  ]

  /// Whether a word is an adverb in "-ly" ("also", "formally"), not a noun such as "family".
  static func isAdverb(_ word: String) -> Bool {
    word.hasSuffix("ly") && !lyNouns.contains(word)
  }

  /// Capitalized words that open no name but may continue one ("Millrace Residents Association").
  static let nameContinuations: WordList = [
    "residents", "investors", "plaintiffs", "officials", "lawyers", "critics", "experts", "neighbors",
    "neighbours", "press", "analysts", "shares",
  ]
  /// Words between a party and its verb ("Apple has also sued").
  static let auxiliaries: WordList = [
    "has", "have", "had", "was", "were", "is", "are", "be", "been", "also", "then", "later", "successfully",
    "formally", "previously", "reportedly", "will", "would", "could", "may", "might", "finally", "eventually",
    "recently", "officially", "already", "quickly", "subsequently", "ultimately", "now", "first", "itself",
    "jointly", "separately", "again", "once", "can", "must", "should", "cannot",
  ]

  static func isCapitalizedName(_ tokens: SentenceTokens, _ i: Int) -> Bool {
    guard i >= 0, i < tokens.count, tokens.tokens[i].kind == .word, tokens.capitalized[i] else {
      return false
    }
    let word = tokens.lower[i].removingPeriods()
    if isPlaceAdjective(word) { return false }
    return !notNames.contains(word) && !pronouns.contains(word)
  }

  /// "Dunmore-based", "Ohio-born": an adjective made from a name (lowercase word).
  static func isPlaceAdjective(_ word: String) -> Bool {
    word.hasSuffix("-based") || word.hasSuffix("-born") || word.hasSuffix("-owned")
  }

  /// Nouns between a place and a person's name ("Oakland resident Priya Venkataraman").
  static let describedPersonNouns: Set<String> = [
    "resident", "native", "man", "woman", "businessman", "businesswoman", "teenager", "student", "landlord",
    "homeowner", "developer", "entrepreneur", "councillor", "councilor", "councilman", "councilwoman",
    "mayor",
    "lawmaker", "official", "officer", "executive", "director", "politician", "financier",
  ]

  /// The person's name after a place and a noun of position ("Oakland resident Priya Venkataraman",
  /// "Winnipeg city councillor Glen Sawatzky"), when `span` is the place.
  static func personDescribed(by span: Range<Int>, in t: SentenceTokens) -> Range<Int>? {
    var k = span.upperBound
    if k < t.count, !t.tokens[k].isCapitalized, ["city", "county", "state", "town"].contains(t.lower[k]) {
      k += 1
    }
    guard k + 1 < t.count, describedPersonNouns.contains(t.lower[k]),
      let person = name(startingAt: k + 1, in: t), t.tokens[person.lowerBound].isCapitalized
    else { return nil }
    return person
  }

  /// The name that starts at token `i` (after an optional determiner), or nil.
  static func name(startingAt i: Int, in tokens: SentenceTokens) -> Range<Int>? {
    guard i < tokens.count else { return nil }
    if pronouns.contains(tokens.lower[i]) { return i..<(i + 1) }
    // "an Ohio pharmacist": an indefinite description, not a named party.
    if tokens.lower[i] == "a" || tokens.lower[i] == "an" { return nil }
    var start = i
    var j = i
    if determiners.contains(tokens.lower[j]) { j += 1 }
    // A determiner that ends the sentence names nothing (a fuzzed page ended "… sued the").
    guard j < tokens.count else { return nil }
    // "Mr. Volkov", "Ms Reardon": a title before a name belongs to it.
    if honorifics.contains(tokens.lower[j]), tokens.capitalized[j] {
      j += 1
      if j < tokens.count, tokens.lower[j] == "." { j += 1 }
      guard j < tokens.count, isCapitalizedName(tokens, j) else { return nil }
    }
    let bodyStart = j
    while j < tokens.count, j - bodyStart < 16 {
      if isCapitalizedName(tokens, j)
        || (j > bodyStart && tokens.tokens[j].kind == .number && isCapitalizedName(tokens, j - 1))
        || (j > bodyStart && tokens.capitalized[j] && nameContinuations.contains(tokens.lower[j]))
      {
        j += 1
      } else if j > bodyStart, isCompanySuffixPeriod(tokens, j) {
        j += 1
      } else if j > bodyStart, connectors.contains(tokens.lower[j]),
        isCapitalizedName(tokens, j + 1)
          || (j + 1 < tokens.count && tokens.lower[j] != "and" && tokens.lower[j + 1] == "the"
            && isCapitalizedName(tokens, j + 2))
      {
        j += 1
      } else {
        break
      }
    }
    if j < tokens.count, genericHeads.contains(tokens.lower[j].replacingOccurrencesOfPossessive()),
      j > bodyStart || bodyStart > i
    {
      j += 1
      // "the county crime lab": a description that ends in an institution's noun is one party.
      for k in j..<min(tokens.count, j + 2) {
        guard tokens.tokens[k].kind == .word, !tokens.capitalized[k] else { break }
        if institutionNouns.contains(tokens.lower[k]) {
          j = k + 1
          break
        }
      }
    }
    if j == bodyStart { return nil }
    if bodyStart > i, tokens.lower[i] == "a" || tokens.lower[i] == "an" { start = bodyStart }
    return start..<j
  }

  /// The name that ends just before token `end`, skipping auxiliaries and adverbs ("Apple has sued"), a time
  /// between subject and verb ("Gov. X on Friday pardoned") and an apposition ("Jane Roe, 61, of Dayton,
  /// was"), or nil.
  static func name(endingBefore end: Int, in tokens: SentenceTokens) -> Range<Int>? {
    var j = end - 1
    while j >= 0 {
      if auxiliaries.contains(tokens.lower[j]) || isAdverb(tokens.lower[j]) && j > 0 {
        j -= 1
      } else if let before = timePhraseStart(endingAt: j, in: tokens) {
        j = before - 1
      } else if let described = describedParty(endingAt: j, in: tokens) {
        return described
      } else if let before = appositionStart(endingAt: j, in: tokens) {
        j = before - 1
      } else if tokens.lower[j] == ",", let named = name(endingBefore: j, in: tokens), named.lowerBound > 0,
        tokens.lower[named.lowerBound - 1] == ",", !pronouns.contains(tokens.lower[named.lowerBound])
      {
        return named  // "Its founder, Park Dong-hoon, was": the name between the commas.
      } else if j >= 1, representatives.contains(tokens.lower[j]),
        tokens.lower[j - 1].hasSuffix("’s") || tokens.lower[j - 1].hasSuffix("'s")
      {
        j -= 1  // "Achebe's lawyers moved": the party acts through its lawyers.
      } else {
        break
      }
    }
    guard j >= 0 else { return nil }
    if pronouns.contains(tokens.lower[j]) { return j..<(j + 1) }
    let last = j
    if isCompanySuffixPeriod(tokens, j) { j -= 1 }
    var i = j
    if genericHeads.contains(tokens.lower[j]) {
      i = j - 1
      // "the national gaming regulator": an institution described in lowercase words after "the".
      if bodyHeads.contains(tokens.lower[j]) {
        var k = j - 1
        while k >= 0, j - k <= 3, tokens.tokens[k].kind == .word, !tokens.capitalized[k],
          !determiners.contains(tokens.lower[k]), !auxiliaries.contains(tokens.lower[k])
        {
          k -= 1
        }
        if k >= 0, k < j - 1, tokens.lower[k] == "the" { return k..<(j + 1) }
      }
    } else if !isCapitalizedName(tokens, j) {
      return nil
    }
    while i >= 0 {
      if isCapitalizedName(tokens, i) || isCompanySuffixPeriod(tokens, i) {
        i -= 1
      } else if i > 0, connectors.contains(tokens.lower[i]), isCapitalizedName(tokens, i - 1), i < last {
        i -= 1
      } else {
        break
      }
    }
    var start = i + 1
    if i >= 0, tokens.lower[i] == "the" || tokens.lower[i] == "its" || tokens.lower[i] == "their" {
      start = i
    }
    // A lone generic noun needs its determiner ("the company"), else it is not a party ("a court").
    // Plural bodies need none ("Prosecutors can appeal").
    if start == last, genericHeads.contains(tokens.lower[last]), !bareBodies.contains(tokens.lower[last]) {
      return nil
    }
    return start..<(last + 1)
  }

  /// Plural or collective nouns that head a described party ("a coalition of vape shop owners", "the first
  /// claimants", "Oakes' family") or body ("a state police investigation").
  static let describedHeads: Set<String> = [
    "residents", "owners", "claimants", "investors", "shareholders", "workers", "employees", "customers",
    "families", "family", "coalition", "tenants", "farmers", "parents", "consumers", "neighbors",
    "neighbours", "activists", "members", "police", "investigators", "retailers", "landlords", "drivers",
  ]

  /// A party described in words rather than named, ending just before `end` (past auxiliaries): "A
  /// coalition of vape shop owners sued", "the first claimants brought", "a state police investigation".
  /// At most six words, none a determiner; a leading article is left out.
  static func describedGroup(endingBefore end: Int, in t: SentenceTokens) -> Range<Int>? {
    var j = end - 1
    while j >= 0, auxiliaries.contains(t.lower[j]) { j -= 1 }
    guard j >= 0 else { return nil }
    // "Two inventors sued", "Two port officials were": a counted plural is a described group too.
    var counted = false
    if t.lower[j].hasSuffix("s"), !t.capitalized[j] {
      var k = j - 1
      while k >= 0, j - k <= 3 {
        if t.tokens[k].kind == .number || (RoleFinder.numberWords.contains(t.lower[k]) && t.lower[k] != "a") {
          counted = true
          break
        }
        guard t.tokens[k].kind == .word, !t.capitalized[k] else { break }
        k -= 1
      }
    }
    guard describedHeads.contains(t.lower[j]) || counted, !t.capitalized[j] || j == 0 else {
      return nil
    }
    let stops: Set<String> = [
      "and", "or", "but", "that", "which", "who", "after", "before", "when", "by", "with", "from", "in", "on",
      "at", "for", "to", "said", "says",
    ]
    var start = j
    while start > 0, j - start < 5 {
      let k = start - 1
      let word = t.lower[k]
      // "Oakes' family": a possessive's apostrophe written as a token of its own.
      if word == "'", k >= 1, t.capitalized[k - 1] {
        start = k - 1
        continue
      }
      let isCount = t.tokens[k].kind == .number || RoleFinder.numberWords.contains(word)
      guard t.tokens[k].kind == .word || isCount, !determiners.contains(word), !auxiliaries.contains(word),
        !notNames.contains(word.removingPeriods()) || word == "of" || isCount, !stops.contains(word)
      else { break }
      start = k
    }
    while start < j, t.lower[start] == "of" { start += 1 }
    return start..<(j + 1)
  }

  /// Generic heads of an institution that a lowercase description may name ("the state gaming regulator").
  static let bodyHeads: Set<String> = ["regulator", "agency", "commission", "department", "court"]

  /// Whether a name is the object of a preposition ("a manager at Millbrook Credit Union"), not a subject.
  /// "the city of Brookfield" is a subject: "of" after a place's or body's noun joins its name.
  static func followsPreposition(_ span: Range<Int>, in t: SentenceTokens) -> Bool {
    guard span.lowerBound > 0 else { return false }
    let before = t.lower[span.lowerBound - 1]
    if before == "of", span.lowerBound >= 2,
      genericHeads.contains(t.lower[span.lowerBound - 2]) || placeNouns.contains(t.lower[span.lowerBound - 2])
    {
      return false
    }
    let prepositions: Set<String> = ["at", "of", "in", "from", "for", "with", "to"]
    if prepositions.contains(before) { return true }
    // "The co-founder of collapsed crypto lender Lumenvault was": a name at the end of a phrase after "of".
    var k = span.lowerBound - 1
    while k > 0, span.lowerBound - k <= 3, t.tokens[k].kind == .word, !t.capitalized[k],
      !prepositions.contains(t.lower[k]), !determiners.contains(t.lower[k])
    {
      k -= 1
    }
    return k < span.lowerBound - 1 && t.lower[k] == "of" && k >= 1 && !t.capitalized[k - 1]
      && !genericHeads.contains(t.lower[k - 1]) && !placeNouns.contains(t.lower[k - 1])
  }

  static let placeNouns: Set<String> = ["town", "village", "province", "republic", "district", "borough"]

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
  ]

  /// The first token of a time phrase that ends at token `end` ("on Friday", "yesterday", "last week",
  /// "on Jan. 5", "in 2019"), or nil.
  static func timePhraseStart(endingAt end: Int, in t: SentenceTokens) -> Int? {
    guard end >= 0, end < t.count else { return nil }
    let word = t.lower[end]
    if ["yesterday", "today", "tonight"].contains(word) { return end }
    var j = end
    if ["week", "month", "year"].contains(word), j >= 1, ["last", "this", "next"].contains(t.lower[j - 1]) {
      return j - 1
    }
    if t.tokens[j].kind == .number, j >= 1 {
      j -= 1
      if t.lower[j] == ".", j >= 1 { j -= 1 }
      guard months.contains(t.lower[j]) || ["in", "on"].contains(t.lower[j]) else { return nil }
      if ["in", "on"].contains(t.lower[j]) { return j }
    } else if !weekdays.contains(word) && !months.contains(word) {
      return nil
    }
    if j >= 1, ["on", "in", "last", "this", "next"].contains(t.lower[j - 1]) { return j - 1 }
    return j
  }

  /// The first token of an apposition between commas that ends at token `end` (the second comma), when a
  /// name stands before the first comma ("Dale R. Hensley, 54, of Carver Falls,"), or nil.
  static func appositionStart(endingAt end: Int, in t: SentenceTokens) -> Int? {
    guard end >= 2, t.lower[end] == "," else { return nil }
    // The farthest comma after a name: "Tomas Reyes, 47, of Lakeview, Ohio," starts after "Reyes".
    var found: Int?
    var k = end - 1
    while k > 0, end - k <= 16 {
      // A verb-like word ends the search: the commas bound a clause, not an apposition.
      if ["said", "says", "who", "which", "that", "and", "but"].contains(t.lower[k]) { break }
      if t.lower[k] == ",", isCapitalizedName(t, k - 1) || isCompanySuffixPeriod(t, k - 1) { found = k }
      k -= 1
    }
    return found
  }

  /// "The plaintiffs, two Seattle residents who live nearby," ending at the second comma: the counted
  /// description a role noun stands for ("two Seattle residents"), or nil.
  static func describedParty(endingAt end: Int, in t: SentenceTokens) -> Range<Int>? {
    guard end >= 4, t.lower[end] == "," else { return nil }
    var k = end - 1
    while k > 0, end - k <= 14, t.lower[k] != "," { k -= 1 }
    guard k >= 2, t.lower[k] == ",",
      ["plaintiffs", "defendants", "plaintiff", "defendant", "claimants"]
        .contains(t.lower[k - 1]),
      k + 1 < end, t.tokens[k + 1].kind == .number || RoleFinder.numberWords.contains(t.lower[k + 1])
    else { return nil }
    var stop = k + 2
    while stop < end, !["who", "that", "which", "with", "from", "of", "in"].contains(t.lower[stop]) {
      stop += 1
    }
    let start = t.lower[k + 1] == "a" || t.lower[k + 1] == "an" ? k + 2 : k + 1
    return stop > start ? start..<stop : nil
  }

  /// Titles whose abbreviation's period belongs to the name that follows ("Gov. Andrea Kessler").
  static let titleAbbreviations: Set<String> = [
    "gov", "sen", "rep", "gen", "lt", "col", "dr", "prof", "atty", "supt", "sgt", "capt", "cmdr", "adm",
    "ald", "cllr", "det", "insp", "cpl", "maj",
  ]

  /// Legal-form abbreviations whose period belongs to the name ("Acme Corp.").
  static let companySuffixes: Set<String> = [
    "corp", "inc", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "cos",
  ]

  /// Whether token `i` is the period of "Corp." or "Inc." inside or after a name, or of a title or an
  /// initial before one ("Gov. Ann Lee", "Dale R. Hensley").
  static func isCompanySuffixPeriod(_ tokens: SentenceTokens, _ i: Int) -> Bool {
    guard i > 0, i < tokens.count, tokens.lower[i] == ".",
      tokens.tokens[i - 1].range.upperBound == tokens.tokens[i].range.lowerBound
    else { return false }
    let word = tokens.lower[i - 1]
    return companySuffixes.contains(word)
      || ((titleAbbreviations.contains(word) || word.count == 1) && tokens.capitalized[i - 1]
        && isCapitalizedName(tokens, i + 1))
  }

  /// Whether the sentence is a title-case headline ("Jury Convicts Grove City Pharmacist"), where capitals say
  /// nothing about names.
  static func isTitleCase(_ tokens: SentenceTokens) -> Bool {
    tokens.isTitleCase
  }

  /// Every capitalized name span of the sentence, in order.
  static func allNames(in tokens: SentenceTokens) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = 0
    while i < tokens.count {
      if isCapitalizedName(tokens, i), let span = name(startingAt: i, in: tokens) {
        result.append(span)
        i = max(span.upperBound, i + 1)
      } else {
        i += 1
      }
    }
    return result
  }
}
