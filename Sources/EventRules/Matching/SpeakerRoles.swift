/// Who a reported clause is about when it names no party itself: the speaker ("Brightwell said it was
/// considering an appeal"), the client of a speaking lawyer ("Halloway's attorney, Diane Reyes, said no
/// appeal will be lodged"), and plural groups that stand for the parties named before ("Both companies said").
enum SpeakerRoles {
  static let reportingVerbs: Set<String> = ["said", "says", "told", "stated", "announced", "added"]
  /// Plural nouns that stand for the two sides named before ("both companies", "the two firms").
  static let groupNouns: Set<String> = ["companies", "firms", "sides", "parties"]
  /// Words of a speaker that is no party: a judge or a court speaks for no side.
  static let neutralWords: Set<String> = ["judge", "justice", "court", "panel", "jury", "magistrate"]

  /// The party a clause reported before `limit` speaks for, as a token span: a name, a plural group, or a
  /// possessive pronoun ("His attorney said").
  static func speaker(in t: SentenceTokens, before limit: Int) -> Range<Int>? {
    guard limit > 1,
      let verb = t.lower[0..<min(limit, t.count)].firstIndex(where: { reportingVerbs.contains($0) })
    else { return nil }
    var end = verb
    // "His attorney, Glen Mabry, said": the apposition names the lawyer, not the party.
    if end >= 2, t.lower[end - 1] == "," {
      var k = end - 2
      while k > 0, t.lower[k] != ",", end - k <= 8 { k -= 1 }
      if t.lower[k] == "," { end = k }
    }
    guard end >= 1, end <= 5 else { return nil }
    let subject = 0..<end
    if subject.contains(where: { neutralWords.contains(t.lower[$0]) }) { return nil }
    let last = end - 1
    // "Halloway's attorney", "His lawyers", "A NetHarbor spokeswoman": the party the representative speaks for.
    if NameFinder.representatives.contains(t.lower[last]), last >= 1 {
      let owner = t.lower[last - 1]
      if ["his", "her", "their", "its"].contains(owner) { return (last - 1)..<last }
      // "The plaintiffs' lawyer": the side, as the article words it (the apostrophe may be a token).
      let ownerStart = owner == "'" && last >= 2 ? last - 2 : last - 1
      let ownerWord = t.lower[ownerStart].replacingOccurrencesOfPossessive().removingApostrophes()
      if ownerStart < last - 1 || owner.hasSuffix("'"), NameFinder.genericHeads.contains(ownerWord) {
        return ownerStart..<last
      }
      return NameFinder.name(endingBefore: last, in: t)
    }
    if let group = pluralGroup(endingAt: last, in: t) { return group }
    // "The shop owners said": a described group speaks.
    if let described = NameFinder.describedGroup(endingBefore: end, in: t), described.lowerBound <= 1 {
      return described
    }
    // "Mr. Fournier said": a title may open the sentence before the name.
    let opening = ["mr", "ms", "mrs", "dr", "."].contains(t.lower[0]) ? 3 : 1
    guard let name = NameFinder.name(endingBefore: end, in: t), name.lowerBound <= opening else { return nil }
    return name
  }

  /// "Both companies", "the two firms", "both sides" ending at token `end`.
  static func pluralGroup(endingAt end: Int, in t: SentenceTokens) -> Range<Int>? {
    guard end >= 1, end < t.count, groupNouns.contains(t.lower[end]) else { return nil }
    if t.lower[end - 1] == "both" { return (end - 1)..<(end + 1) }
    if end >= 2, t.lower[end - 1] == "two", t.lower[end - 2] == "the" { return (end - 2)..<(end + 1) }
    return nil
  }

  /// Whether a span is a plural group ("both companies").
  static func isPluralGroup(_ words: [String]) -> Bool {
    guard let last = words.last, groupNouns.contains(last) else { return false }
    return words.first == "both" || words.contains("two")
  }
}
