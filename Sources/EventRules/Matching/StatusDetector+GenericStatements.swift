/// Statements of how the law or a process usually works, advice to the reader and counterfactuals: sentences
/// whose legal words tell no happening ("A plaintiff who believes a rule is unlawful files suit", "You have 30
/// days to appeal", "He should never have been arrested").
extension StatusDetector {
  /// Adverbs of habit ("usually", "seldom").
  static let habitualWords: Set<String> = [
    "often", "usually", "typically", "generally", "normally", "always", "routinely", "ordinarily", "tend",
    "tends", "rarely", "seldom",
  ]
  static let pastWords: Set<String> = [
    "was", "were", "had", "did", "yesterday", "ago", "last", "earlier",
  ]
  static let indefinites: Set<String> = ["a", "an", "any", "every", "each"]
  static let subordinators: Set<String> = [
    "when", "whenever", "if", "once", "until", "unless", "who", "time",
  ]
  static let presentCopulas: Set<String> = ["is", "are", "can", "may", "must", "will"]
  /// Imperatives that open the text of a link to a document ("Read the complaint.").
  static let linkImperatives: Set<String> = ["read", "view", "download", "see", "watch"]
  /// Words that open a contrasting clause after a comma ("…, although such terms are usually shorter").
  static let contrastOpeners: Set<String> = ["although", "though", "but", "whereas", "while"]

  /// Plural nouns of the decisions a process lets a party challenge ("Decisions … can be appealed").
  static let decisionClasses: Set<String> = [
    "decisions", "rulings", "orders", "fines", "penalties", "convictions", "sentences", "judgments",
    "citations", "verdicts", "findings", "awards", "determinations", "suspensions", "bans", "designations",
  ]

  /// Words that open a clause of time ("Since her acquittal on 22 June, ...").
  static let timeClauseOpeners: Set<String> = ["since", "after", "following", "before", "until"]

  /// Whether the sentence around a trigger states how the law usually works instead of telling what
  /// happened: "A plaintiff who believes a rule is unlawful files suit ...", "By the time a panel hears an
  /// appeal, ...", "Getting delisted is normally a matter of ...". A present-tense verb after an indefinite
  /// subject in a "who/when/if" frame, or a habitual adverb with a present verb, and no past-tense word.
  static func isGeneric(_ trigger: Range<Int>, in t: SentenceTokens) -> Bool {
    let words = t.lower
    // Press-release boilerplate ("This press release contains forward-looking statements ..."), not a suit
    // over statements a company argues were "forward-looking projections protected by the safe harbor".
    if words.contains("forward-looking") || words.contains("safe") && words.contains("harbor"),
      words.contains(where: { $0 == "release" || $0 == "contains" || $0 == "meaning" || $0 == "undertakes" })
    {
      return true
    }
    // "Decisions by administrative law judges can be appealed to the board": what a bare plural class "can
    // be" made to undergo is how the process works.
    let k = trigger.lowerBound
    let modalBe =
      (k >= 2 && ["can", "may"].contains(words[k - 2]) && words[k - 1] == "be")
      || (k >= 1 && k < words.count && ["can", "may"].contains(words[k - 1]) && words[k] == "be")
    if modalBe, t.count > 2, let first = words.first, Self.decisionClasses.contains(first) { return true }
    // "Closure orders are served where there is a grave danger", "Prohibition orders are used where …": a
    // bare plural opening the sentence, with a present verb and a "where" or "when", says when such steps
    // are taken, not that one was.
    if trigger.lowerBound == 0, trigger.upperBound < words.count,
      words[trigger.upperBound - 1].hasSuffix("s"),
      ["are", "can", "may"].contains(words[trigger.upperBound]),
      words[trigger.upperBound...].contains(where: { ["where", "when", "whenever", "if"].contains($0) }),
      !words.contains(where: { Self.pastWords.contains($0) })
    {
      return true
    }
    // "Read today's consent order.", "View the complaint": a short pointer to a document, not a happening.
    if let first = words.first, linkImperatives.contains(first), t.count <= 8, words.count > 1,
      ["the", "today's", "today’s", "our", "a", "full", "this", "his", "her", "its", "their"].contains(
        words[1])
    {
      return true
    }
    // "Regulators have fined lenders billions of dollars over the past decade": a plural class of actors
    // heading the sentence, with a tally over years, tells a trend, not a happening.
    if trigger.lowerBound <= 3, t.count > 1, genericActors.contains(words[0]),
      [["over", "the", "past"], ["over", "the", "last"], ["in", "recent", "years"]].contains(where: {
        contains(words, $0, before: t.count)
      })
    {
      return true
    }
    // "If a judge ever orders you not to publish, call a lawyer", "If your return is late, HMRC will charge
    // you a penalty": advice to the reader. ("If you've been following along, you know the department
    // suspended that permit" tells news after its opening.)
    if words.first == "if", trigger.lowerBound < words.count {
      let comma = words.firstIndex(of: ",") ?? words.count
      let ifClause = words[..<min(comma, words.count)]
      let addressed =
        ifClause.contains { $0 == "you" || $0 == "your" }
        || (trigger.upperBound <= comma
          && words[..<min(words.count, trigger.upperBound + 3)].contains { $0 == "you" || $0 == "your" })
      let newsAfter =
        words[..<trigger.lowerBound].contains { $0 == ":" || $0 == ";" }
        || (comma + 2 < words.count && words[comma + 1] == "you"
          && ["know", "already", "probably", "will", "'ll", "may", "might", "have", "'ve"].contains(
            words[comma + 2]))
      if addressed, !newsAfter { return true }
    }
    // "You can appeal if you have a reasonable excuse", "Nobody gets arrested over a late return": what
    // holds for the reader or for anyone.
    if let first = words.first,
      first == "you" || first == "nobody" || first == "anyone" || first == "everyone"
    {
      return true
    }
    // "He should never have been arrested": what someone thinks ought not to have happened.
    let before = words[max(0, trigger.lowerBound - 4)..<min(words.count, trigger.upperBound)]
    if let should = before.firstIndex(of: "should"), before[should...].contains("have") {
      return true
    }
    guard !words.contains(where: { pastWords.contains($0) }) else { return false }
    let end = min(t.count, trigger.lowerBound + 1)
    var indefiniteAt: Int?
    for i in 0..<end where indefinites.contains(words[i]) {
      if i + 1 < t.count, t.tokens[i + 1].kind == .word, !t.tokens[i + 1].isCapitalized { indefiniteAt = i }
      break
    }
    if let start = indefiniteAt {
      let framed = words[0..<end].contains { subordinators.contains($0) }
      let presentVerb = ((start + 2)..<max(start + 2, end + 1)).contains { k in
        k < t.count && isPresentVerb(words[k]) && t.tokens[k].kind == .word
      }
      if framed && presentVerb { return true }
    }
    // "The Divisional Court seldom overturns the college's decisions": a habit, told by the present verb the
    // adverb stands before.
    if trigger.lowerBound >= 1,
      habitualWords.contains(words[trigger.lowerBound - 1])
        || trigger.count > 1
          && habitualWords.contains(words[trigger.lowerBound]),
      let verb = trigger.first(where: { !habitualWords.contains(words[$0]) }),
      words[verb].hasSuffix("s"), !words[verb].hasSuffix("ss")
    {
      return true
    }
    // "Since her acquittal on 22 June, she has rarely left home": a time clause tells a happening, and the
    // habit after it is another clause's. ("To win an injunction, a claimant generally has to show" is one
    // statement of how the law works.)
    let happeningFirst =
      t.count > 0 && Self.timeClauseOpeners.contains(words[0])
      && !words[0..<trigger.lowerBound].contains { $0 == "," || $0 == ";" }
    // "Morrow faces a maximum sentence of life, although sentences in such cases are typically far shorter":
    // a habit told in a contrasting clause after the step is that clause's.
    let contrast = words[trigger.upperBound...].indices.first { k in
      k > 0 && words[k - 1] == "," && Self.contrastOpeners.contains(words[k])
    }
    let habitual = words.indices.contains { k in
      habitualWords.contains(words[k])
        && !(happeningFirst && k > trigger.lowerBound
          && words[trigger.lowerBound..<k].contains { $0 == "," || $0 == ";" })
        && !(contrast.map { k > $0 } ?? false)
    }
    // "Judges here have generally sided with the regulator," he said.": the attribution after a quote
    // reports the quote's habit; a "said" inside the statement reports a happening.
    let quoteEnd = words[trigger.upperBound...].firstIndex { $0 == "”" || $0 == "\"" } ?? words.count
    return habitual && words.contains { presentCopulas.contains($0) || $0 == "has" || $0 == "have" }
      && !words[..<quoteEnd].contains("said")
  }

  /// Classes of actors a trend is told about ("Regulators have fined", "Prosecutors have charged").
  static let genericActors: Set<String> = [
    "regulators", "prosecutors", "courts", "judges", "authorities", "governments", "agencies", "police",
    "states", "companies", "banks", "lenders", "investors", "plaintiffs", "juries",
  ]

  /// A third-person present verb ("files", "hears", "asks"): ends in a single "s" after a letter that
  /// plurals of the legal nouns here do not end in.
  private static func isPresentVerb(_ word: String) -> Bool {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
      !word.hasSuffix("is")
    else { return false }
    return [
      "files", "hears", "asks", "sues", "seeks", "wins", "loses", "brings", "appeals", "rules",
      "grants", "issues", "blocks", "bars", "decides", "finds", "gets", "takes", "believes", "challenges",
      "moves", "petitions", "imposes", "lifts", "bans", "fines", "charges", "convicts", "sentences",
    ].contains(word)
  }
}
