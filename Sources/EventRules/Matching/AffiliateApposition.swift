/// "the licence of Harwick Finance's subsidiary, Ostler Loan Servicing LLC": a party named in apposition
/// to another's affiliate is the one the step falls on, not the parent named first.
enum AffiliateApposition {
  /// Nouns that name a company related to the one before the possessive.
  static let relations: Set<String> = [
    "affiliate", "subsidiary", "unit", "division", "servicer", "arm", "affiliated", "sister",
  ]

  /// The name in apposition after "<span>'s affiliate,", or nil when the span is not followed by one.
  static func named(after span: Range<Int>, in t: SentenceTokens) -> Range<Int>? {
    guard !span.isEmpty, span.upperBound <= t.count else { return nil }
    var k = span.upperBound
    let last = t.lower[span.upperBound - 1]
    let possessiveInside = last.hasSuffix("'s") || last.hasSuffix("’s")
    if !possessiveInside {
      guard k < t.count, ["'s", "’s", "'", "’"].contains(t.lower[k]) else { return nil }
      k += 1
    }
    // "Harwick Finance's lending subsidiary,": one describing word may stand before the relation.
    if k + 1 < t.count, !relations.contains(t.lower[k]), relations.contains(t.lower[k + 1]) { k += 1 }
    guard k + 2 < t.count, relations.contains(t.lower[k]), t.lower[k + 1] == "," else { return nil }
    guard let name = NameFinder.name(startingAt: k + 2, in: t), t.tokens[name.lowerBound].isCapitalized
    else { return nil }
    return name
  }
}
