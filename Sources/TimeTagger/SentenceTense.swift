import TextSegmentation

/// The grammatical time of the clause around an expression: decides whether "in March" or "Friday"
/// means the last one before the publication date or the next one after it.
enum Tense: Sendable, Hashable {
  case past, present, future
  /// A day told from a moment other than the publication ("was adjourned to 12 September"): the one
  /// nearest to the publication date, ahead or behind.
  case nearestToPublication

  /// Tense markers of a sentence's words, by word index.
  static func markers(in words: [TimeWord]) -> [(index: Int, tense: Tense)] {
    var result: [(Int, Tense)] = []
    for (i, w) in words.enumerated() where w.kind == .word {
      let k = w.key
      // Most words are in none of the tense lists: rule them out before hashing them four times.
      let listed = tenseWordFilter.mayContain(k)
      let beforeTo = i + 1 < words.count && words[i + 1].key == "to"
      // A suffix can match only when the last byte is its last letter: that byte is looked at first.
      let last = k.utf8.last
      if (listed && futureWords.contains(k)) || (last == 0x6C && (k.hasSuffix("'ll") || k.hasSuffix("’ll")))
        || (beforeTo && listed && intentWords.contains(k)) || (last == 0x74 && isDateSetFor(at: i, in: words))
        || ((last == 0x6E || last == 0x74 || last == 0x65) && isOrderedStart(at: i, in: words))
      {
        result.append((i, .future))
      } else if last == 0x64, isDayPutOffTo(at: i, in: words) {
        result.append((i, .nearestToPublication))
      } else if listed && pastWords.contains(k) {
        // "..., his lawyer said.": the time of saying, told after the clause, is not the clause's tense.
        if reportingVerbs.contains(k), isTrailingAttribution(at: i, in: words) { continue }
        // A participle after an auxiliary ("will be paid", "has been filed") takes the auxiliary's tense,
        // but a perfect ("has begun", "has been charged") tells what is done.
        if i > 0, auxiliaries.contains(words[i - 1].key), !auxiliaries.contains(k),
          !isPerfect(at: i, in: words)
        {
          continue
        }
        result.append((i, .past))
      } else if listed && presentWords.contains(k) {
        // "has been charged", "have filed": the auxiliary of a perfect, whose participle tells the tense.
        if perfectAuxiliaries.contains(k), i + 1 < words.count {
          let isParticiple = { (w: String) in w.hasSuffix("ed") || pastWords.contains(w) }
          let next = words[i + 1].key
          if isParticiple(next) || (next == "been" && i + 2 < words.count && isParticiple(words[i + 2].key)) {
            continue
          }
        }
        result.append((i, .present))
      } else if listed && startsAhead.contains(k) {
        result.append((i, .future))
      } else if last == 0x64, k.count > 4, k.hasSuffix("ed"), !notPast.contains(k) {
        // "filed", "ruled" — unless a passive or future auxiliary makes it something else ("will be filed").
        let prev = i > 0 ? words[i - 1].key : ""
        if auxiliaries.contains(prev), !isPerfect(at: i, in: words) { continue }
        // "a still unspecified date", "the proposed rule": an adjective, not a verb.
        if adjectivalContext.contains(prev) || (k.hasPrefix("un") && !unVerbs.contains(k)) { continue }
        result.append((i, .past))
      }
    }
    return result
  }

  static let reportingVerbs: Set<String> = ["said", "told", "wrote"]

  /// Whether the participle at `i` follows "has", "have" or "has been" ("has moved the court on Friday",
  /// "has been charged"): a perfect tells a thing already done, so its weekday is the last one.
  static func isPerfect(at i: Int, in words: [TimeWord]) -> Bool {
    guard i > 0 else { return false }
    if perfectAuxiliaries.contains(words[i - 1].key) { return true }
    return i > 1 && words[i - 1].key == "been" && perfectAuxiliaries.contains(words[i - 2].key)
  }

  static let perfectAuxiliaries: Set<String> = ["has", "have", "'ve", "’ve"]

  /// A start told in the present ("jury selection begins Monday", "the trial opens on Tuesday") lies ahead:
  /// a start already past is told as "began".
  static let startsAhead: Set<String> = ["begins", "starts", "opens", "resumes", "commences", "reopens"]

  /// "set the trial for Jan. 21", "trial set for January": the day something is set for lies ahead of
  /// the setting.
  static func isDateSetFor(at i: Int, in words: [TimeWord]) -> Bool {
    guard words[i].key == "set" || words[i].key == "reset" else { return false }
    return words[(i + 1)..<min(words.count, i + 5)].contains { $0.key == "for" }
  }

  /// "was adjourned to 17 March", "listed for a full hearing on 17 March": the day a case is put off or
  /// listed for is told from the day of the putting off, so neither the past of the clause nor the
  /// future decides which 17 March it is; the nearest one to publication does.
  static func isDayPutOffTo(at i: Int, in words: [TimeWord]) -> Bool {
    guard putOffVerbs.contains(words[i].key) else { return false }
    return words[(i + 1)..<min(words.count, i + 6)].contains {
      ["for", "to", "until", "till"].contains($0.key)
    }
  }

  static let putOffVerbs: Set<String> = [
    "adjourned", "postponed", "deferred", "remanded", "rescheduled", "listed", "relisted", "fixed", "bailed",
  ]

  /// "directed that the trial begin on May 8": a start in the base form after its proceeding is what an
  /// order or decision sets, still ahead.
  static func isOrderedStart(at i: Int, in words: [TimeWord]) -> Bool {
    guard i > 0, ["begin", "start", "commence", "resume", "open"].contains(words[i].key) else { return false }
    return ["trial", "hearing", "retrial", "proceedings", "sentencing", "inquest"].contains(words[i - 1].key)
  }

  /// Whether the reporting verb at `i` closes the sentence after a comma (", his American lawyer said.").
  static func isTrailingAttribution(at i: Int, in words: [TimeWord]) -> Bool {
    // At most one word may follow; stop counting at the second (a long sentence is not copied).
    var following = 0
    for k in (i + 1)..<words.count where words[k].kind == .word || words[k].kind == .number {
      following += 1
      if following > 1 { return false }
    }
    return words[max(0, i - 6)..<i].contains { $0.key == "," }
  }

  /// The tense nearest to words `range` among the markers inside `clause` when it has any ("got under way on
  /// Thursday and continues next week"), else among all of them.
  static func nearest(
    _ markers: [(index: Int, tense: Tense)], to range: Range<Int>, within clause: Range<Int>
  ) -> Tense {
    // The clause's markers are one run of them.
    let all = markers[...]
    let first = firstMarker(atOrAfter: clause.lowerBound, in: all)
    let inside = all[first..<firstMarker(atOrAfter: clause.upperBound, in: all)]
    return nearest(inside.isEmpty ? all : inside, to: range)
  }

  static func nearest(_ markers: [(index: Int, tense: Tense)], to range: Range<Int>) -> Tense {
    nearest(markers[...], to: range)
  }

  /// The tense nearest to words `range` (left preferred on ties); present when there is none. `markers` are
  /// in word order, so only the last one before the range and the first one from its start can be nearest:
  /// found by bisection, so a sentence with many times and tense words stays linear.
  static func nearest(_ markers: ArraySlice<(index: Int, tense: Tense)>, to range: Range<Int>) -> Tense {
    let lo = firstMarker(atOrAfter: range.lowerBound, in: markers)
    let left = lo > markers.startIndex ? markers[lo - 1] : nil
    let right = lo < markers.endIndex ? markers[lo] : nil
    switch (left, right) {
    case (nil, nil): return .present
    case (let left?, nil): return left.tense
    case (nil, let right?): return right.tense
    case (let left?, let right?):
      let leftDistance = range.lowerBound - left.index
      let rightDistance = max(0, right.index - range.upperBound + 1) + 1
      return leftDistance <= rightDistance ? left.tense : right.tense
    }
  }

  /// The position of the first marker at or after `word`, by bisection.
  static func firstMarker(atOrAfter word: Int, in markers: ArraySlice<(index: Int, tense: Tense)>) -> Int {
    var lo = markers.startIndex
    var hi = markers.endIndex
    while lo < hi {
      let mid = (lo + hi) / 2
      if markers[mid].index < word { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Every word of the tense lists, for a quick "certainly none of them".
  static let tenseWordFilter = WordFilter(
    futureWords.union(intentWords).union(pastWords).union(presentWords).union(startsAhead))

  static let futureWords: Set<String> = [
    "will", "shall", "won't", "wo", "would", "scheduled", "slated", "upcoming", "expects", "plans", "intends",
    "aims",
    "hopes", "next", "planning", "expecting", "forecast", "forecasts", "projected", "due",
    // "a case management conference expected in the summer": what is expected lies ahead.
    "expected",
  ]

  /// Verbs of intent that look forward before "to" ("planned to leave Monday", "set to resume Monday").
  static let intentWords: Set<String> = [
    "going", "plan", "plans", "planned", "planning", "expect", "expects", "expected", "intend", "intends",
    "intended", "set", "scheduled", "due", "hope", "hopes", "hoped", "aim", "aims", "aimed", "want", "wants",
    "wanted", "likely", "poised", "slated", "ready", "prepared", "promised", "vowed", "threatened",
  ]

  static let pastWords: Set<String> = [
    "was", "were", "had", "did", "said", "told", "went", "came", "made", "took", "gave", "won", "lost",
    "rose",
    "fell", "began", "sent", "sought", "brought", "left", "met", "paid", "held", "sold", "bought", "saw",
    "found", "became", "got", "knew", "thought", "wrote", "spoke", "ran", "set", "put", "cut", "hit",
    "struck", "led", "felt", "kept", "grew", "built", "chose", "drew", "fought", "froze", "hid", "quit",
    "ago", "last", "yesterday", "earlier", "previously", "former", "formerly", "wasn't", "weren't", "didn't",
    "hadn't", "shot", "caught", "taught", "overturned", "upheld", "withdrew", "swore", "stood", "lay",
    // Short past forms the "-ed" test (five letters or more) misses.
    "sued", "died", "fled", "tied", "owed", "lied", "dug",
    // Irregular participles, past after "has" ("the court has given its verdict on Monday").
    "given", "taken", "begun", "shown", "written", "chosen", "thrown", "sworn", "stolen", "broken", "driven",
  ]

  /// Verbs in "un-" whose "-ed" form is a past ("unsealed an indictment on Thursday"); other "un-" words in
  /// "-ed" are adjectives ("an unspecified date").
  static let unVerbs: Set<String> = [
    "unsealed", "unveiled", "uncovered", "unearthed", "unblocked", "unlocked", "unleashed", "unfrozen",
  ]

  /// Auxiliaries whose own tense rules the participle after them.
  static let auxiliaries: Set<String> = [
    "be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "will", "would", "to",
  ]

  /// Words before an -ed word that make it an adjective ("the proposed rule", "a still unspecified date").
  static let adjectivalContext: Set<String> = [
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "still",
    "very", "newly", "recently", "previously", "already", "fully", "highly", "so", "more", "most", "less",
    "well", "long", "much", "widely", "closely",
  ]

  static let presentWords: Set<String> = [
    "is", "are", "am", "says", "say", "has", "have", "does", "do", "isn't", "aren't", "doesn't", "now",
  ]

  /// Words in -ed that are not past verbs (or are mostly adjectives).
  static let notPast: Set<String> = [
    "need", "feed", "seed", "speed", "breed", "exceed", "proceed", "succeed", "indeed", "red", "bed",
    "united", "limited", "based", "related", "hundred", "expected", "proposed", "planned", "scheduled",
    "alleged", "allegedly", "suspected", "supposed", "interested", "concerned", "listed", "advanced",
    "detailed",
    "unprecedented", "sophisticated", "embed", "shed", "speed", "greed", "weed", "creed", "deed",
  ]
}
