import Foundation
import TextSegmentation

/// A compiled trigger phrase such as `"{plaintiff} sue {defendant}"` or `"file {0-3} lawsuit"`.
///
/// Syntax, word by word:
/// - `sue`: the word or any of its inflections (sues, sued, suing); `=sue`: that exact form only.
/// - `remove|lift|drop`: any one of the alternatives (each inflected).
/// - `court?`: the word, or nothing.
/// - `!the|ruling`: exactly one word that is none of these (their inflections included): "the appeal of
///   !the|a|ruling" finds the appeal *of an idea*, not of a ruling.
/// - `{0-3}`: between 0 and 3 words of any kind (at most ``maxGap``).
/// - `{plaintiff}`: a named slot; a name (a capitalized span, "the company") must stand there and fills that
///   role; `{plaintiff?}`: the same, but the phrase also matches when no name stands there.
///
/// Matching is a bounded left-to-right pass with no backtracking (see `PatternMatcher`).
struct TriggerPattern: Sendable, Hashable {
  /// One element of a pattern.
  enum Element: Sendable, Hashable {
    /// A word, as the set of its accepted lowercase forms.
    case word(WordForms, optional: Bool)
    /// One word that is none of these lowercase forms.
    case otherThan(WordForms)
    /// Between `min` and `max` words of any kind.
    case gap(min: Int, max: Int)
    /// A role's name captured here; an optional slot at either end may stay empty.
    case slot(String, optional: Bool)
  }

  /// The widest gap a pattern may ask for, so that no pattern makes matching slow.
  static let maxGap = 8
  /// The most elements a pattern may have.
  static let maxElements = 16

  /// The pattern as written in the pack.
  let source: String
  let elements: [Element]
  /// The index of the first required word: the matcher looks a pattern up by this word's forms.
  let anchor: Int

  /// Compiles `source`, or says what is wrong with it.
  init(_ source: String, roles: Set<String>) throws(PatternError) {
    self.source = source
    var elements: [Element] = []
    let pieces = source.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    for piece in pieces {
      elements.append(try Self.element(piece, roles: roles))
    }
    try Self.checkPhraseAlternatives(pieces)
    guard !elements.isEmpty else { throw PatternError("the pattern is empty") }
    guard elements.count <= Self.maxElements else {
      throw PatternError("the pattern has more than \(Self.maxElements) elements")
    }
    guard
      let anchor = elements.firstIndex(where: {
        if case .word(_, let optional) = $0 { return !optional }
        return false
      })
    else { throw PatternError("the pattern needs at least one required word") }
    for (i, element) in elements.enumerated() where i > 0 {
      if case .slot = element, case .slot = elements[i - 1] {
        throw PatternError("two slots in a row cannot be told apart")
      }
    }
    if case .gap = elements.first { throw PatternError("a pattern cannot start with a gap") }
    if case .otherThan = elements.first {
      throw PatternError("a pattern cannot start with a negated word (!): it needs a word to be found by")
    }
    if anchor > 1 || (anchor == 1 && !Self.isSlot(elements[0])) {
      throw PatternError("before the first required word only one {slot} may stand")
    }
    if case .gap = elements.last { throw PatternError("a pattern cannot end with a gap") }
    self.elements = elements
    self.anchor = anchor
  }

  /// "court action|legal action" reads as `court`, `action|legal`, `action`: alternatives are one word each.
  /// A word repeated right after an alternative list that holds it, or a hyphenated compound listed right
  /// after its own first half, is that mistake, never a phrase anyone means, so the pack fails to load
  /// rather than silently matching nothing.
  private static func checkPhraseAlternatives(_ pieces: [String]) throws(PatternError) {
    func bare(_ word: Substring) -> String {
      word.trimmingCharacters(in: CharacterSet(charactersIn: "=?!")).lowercased()
    }
    for i in pieces.indices.dropFirst() where pieces[i - 1].contains("|") && !pieces[i].contains("|") {
      let word = bare(Substring(pieces[i]))
      guard !word.isEmpty, !pieces[i].hasPrefix("{"),
        pieces[i - 1].split(separator: "|").contains(where: { bare($0) == word })
      else { continue }
      throw PatternError(
        "'\(pieces[i - 1]) \(pieces[i])' repeats '\(word)' after a list of alternatives; alternatives are one "
          + "word each, so write each phrase as a trigger of its own")
    }
    // "stop work|stop-work order" reads as `stop`, `work|stop-work`, `order`: the compound can never follow
    // its own first half.
    for i in pieces.indices.dropFirst() where pieces[i].contains("|") && pieces[i].contains("-") {
      let before = Set(pieces[i - 1].split(separator: "|").map(bare))
      for alternative in pieces[i].split(separator: "|") {
        guard let head = alternative.split(separator: "-").first, alternative.contains("-"),
          before.contains(bare(head))
        else { continue }
        throw PatternError(
          "'\(pieces[i - 1]) \(pieces[i])' puts '\(alternative)' after '\(head)'; alternatives are one word each, "
            + "so write the compound's phrase as a trigger of its own")
      }
    }
  }

  private static func isSlot(_ element: Element) -> Bool {
    if case .slot = element { return true }
    return false
  }

  private static func element(_ piece: String, roles: Set<String>) throws(PatternError) -> Element {
    if piece.hasPrefix("{") {
      guard piece.hasSuffix("}"), piece.count > 2 else { throw PatternError("unclosed brace in '\(piece)'") }
      let inner = String(piece.dropFirst().dropLast())
      if let first = inner.first, first.isNumber {
        let bounds = inner.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let lo = Int(bounds[0]), let hi = Int(bounds[1]), lo >= 0, lo <= hi else {
          throw PatternError("a gap is written {MIN-MAX} with MIN <= MAX, not '\(piece)'")
        }
        guard hi <= maxGap else { throw PatternError("gap '\(piece)' is wider than \(maxGap) words") }
        return .gap(min: lo, max: hi)
      }
      let optional = inner.hasSuffix("?")
      let role = optional ? String(inner.dropLast()) : inner
      guard roles.contains(role) else {
        throw PatternError(
          "unknown slot '{\(role)}' (known roles: \(roles.sorted().joined(separator: ", ")))")
      }
      return .slot(role, optional: optional)
    }
    var text = piece
    let optional = text.hasSuffix("?") && text.count > 1
    if optional { text.removeLast() }
    let negated = text.hasPrefix("!") && text.count > 1
    if negated {
      guard !optional else { throw PatternError("'\(piece)' cannot be both negated (!) and optional (?)") }
      text.removeFirst()
    }
    var forms: Set<String> = []
    for alternative in text.split(separator: "|", omittingEmptySubsequences: false) {
      var word = String(alternative)
      let exact = word.hasPrefix("=")
      if exact { word.removeFirst() }
      guard !word.isEmpty else { throw PatternError("empty alternative in '\(piece)'") }
      guard !word.contains(where: { "{}()[]*+\\^".contains($0) }) else {
        throw PatternError(
          "'\(piece)' has a character patterns do not use; write words, A|B, word?, {0-3}, {role}")
      }
      guard Self.canBeAToken(word) else {
        throw PatternError(
          "'\(word)' never matches: a sentence's words keep a period only between single letters (U.S., "
            + "F.I.R.) or digits (1.5), so write the word and the period apart ('Circ .?')")
      }
      forms.formUnion(exact ? [word.lowercased()] : Inflections.forms(of: word))
      // A name or acronym also stands in its possessive ("the CFTC's action", "the Commission's order").
      if word.first?.isUppercase == true { forms.insert(word.lowercased() + "'s") }
    }
    return negated ? .otherThan(WordForms(forms)) : .word(WordForms(forms), optional: optional)
  }
}

extension TriggerPattern {
  /// Whether the tokenizer can yield `word` as one token: a period stays inside a word only between single
  /// letters ("u.s.", "f.i.r.") or digits ("1.5"); "Circ." or "v." are a word and a period.
  static func canBeAToken(_ word: String) -> Bool {
    guard word != ".", word.contains(".") else { return true }
    let tokens = Tokenizer().tokens(in: word)
    return tokens.count == 1 && tokens[0].text == word
  }
}

/// What is wrong with a trigger pattern.
struct PatternError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
