/// Splits text into sentences. Line breaks always end a sentence (each line is one article block);
/// inside a line, a sentence ends at `.`, `!` or `?` followed by a space and a new sentence's start,
/// unless the period belongs to an abbreviation ("U.S.", "Inc.", "Judge J. Smith", "Oct. 3").
public struct SentenceSplitter: Sendable {
  public init() {}

  /// The sentences of `text`, in order, with offsets in Unicode scalars.
  public func sentences(in text: String) -> [Sentence] {
    let scalars = Array(text.unicodeScalars)
    var slicer = ScalarSlicer(text)
    var result: [Sentence] = []
    var line = 0
    var start = 0
    var i = 0

    func emit(_ end: Int) {
      var lo = start
      var hi = end
      while lo < hi, scalars[lo].isSpaceLike { lo += 1 }
      while hi > lo, scalars[hi - 1].isSpaceLike { hi -= 1 }
      if lo < hi {
        result.append(Sentence(text: slicer.text(lo..<hi), range: lo..<hi, line: line))
      }
    }

    while i < scalars.count {
      let c = scalars[i]
      if c == "\n" {
        emit(i)
        line += 1
        start = i + 1
        i += 1
        continue
      }
      if c == "." || c == "!" || c == "?" || c == "…" {
        var end = i + 1
        // Runs of terminators ("?!", "...") and closing quotes or brackets stay with the sentence.
        while end < scalars.count, Self.terminators.contains(scalars[end]) { end += 1 }
        while end < scalars.count, Self.closers.contains(scalars[end]) { end += 1 }
        if end < scalars.count, !scalars[end].isSpaceLike {
          i = end
          continue
        }
        if c == "." && end == i + 1 && !isBoundaryAfterPeriod(scalars, period: i) {
          i = end
          continue
        }
        if let next = Self.nextNonSpace(scalars, from: end), !Self.canStartSentence(scalars[next]) {
          i = end
          continue
        }
        emit(end)
        start = end
        i = end
        continue
      }
      i += 1
    }
    emit(scalars.count)
    return result
  }

  private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
  private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]", "»"]

  private static func nextNonSpace(_ s: [Unicode.Scalar], from: Int) -> Int? {
    var j = from
    while j < s.count {
      if s[j] == "\n" { return nil }
      if !s[j].isSpaceLike { return j }
      j += 1
    }
    return nil
  }

  private static let quotesAndBrackets: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "(", "[", "«"]

  private static func canStartSentence(_ c: Unicode.Scalar) -> Bool {
    if c.isUppercaseLike || c.isDigitLike { return true }
    if Self.quotesAndBrackets.contains(c) { return true }
    // A letter with no case (CJK, Arabic, ...) may start a sentence too.
    return c.isLetterLike && !c.isLowercaseLike
  }

  /// Decides whether the single period at `period` ends a sentence, looking at the word before it
  /// and the word after it.
  private func isBoundaryAfterPeriod(_ s: [Unicode.Scalar], period: Int) -> Bool {
    // The word before the period.
    var j = period
    while j > 0, !s[j - 1].isSpaceLike, !Self.openers.contains(s[j - 1]) { j -= 1 }
    let word = String(scalars: s[j..<period])
    let lower = word.lowercased()
    // The word after it.
    var k = period + 1
    while k < s.count, s[k].isSpaceLike, s[k] != "\n" { k += 1 }
    var m = k
    while m < s.count, s[m].isLetterLike || s[m] == "'" || s[m] == "’" { m += 1 }
    let nextWord = String(scalars: s[k..<m])
    let nextStarts = Abbreviations.sentenceStarters.contains(nextWord)

    if Abbreviations.titles.contains(lower) { return false }
    if word.unicodeScalars.count == 1, let only = word.unicodeScalars.first, only.isUppercaseLike {
      // An initial ("Rudolph J. Contreras") unless a typical sentence start follows.
      return nextStarts
    }
    if Abbreviations.beforeNumbers.contains(lower) {
      // "Oct. 3", "No. 5": not a boundary before a number.
      if k < s.count, s[k].isDigitLike { return false }
      return nextStarts || k >= s.count
    }
    if Abbreviations.ambiguous.contains(lower) || Self.isLetterPeriodAbbreviation(word) {
      // "U.S.", "Inc.", "Corp.": a boundary only before a typical sentence start.
      return nextStarts
    }
    return true
  }

  private static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "(", "["]

  /// "U.S", "e.g", "a.m": letters separated by periods.
  private static func isLetterPeriodAbbreviation(_ word: String) -> Bool {
    var parts = 1
    var partLength = 0
    for scalar in word.unicodeScalars {
      if scalar == "." {
        guard partLength == 1 else { return false }
        parts += 1
        partLength = 0
      } else {
        partLength += 1
      }
    }
    return parts >= 2 && partLength == 1
  }
}
