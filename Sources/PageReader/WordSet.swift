/// A set of lowercase ASCII words searched for inside attribute values in one pass: candidates are looked up
/// by their first byte, so a value is scanned once, not once per word.
struct WordSet: Sendable {
  /// A word to look for: `start`/`end` require a word boundary there (short words would match inside others).
  struct Word: Sendable {
    var text: String
    var start = false
    var end = false
  }

  private var words: [(bytes: [UInt8], start: Bool, end: Bool, family: UInt8)]
  private var buckets: [[Int]]

  /// One set; every word belongs to family bit 1.
  init(_ list: [Word]) {
    self.init(families: [(1, list)])
  }

  /// Several word lists in one set, each with its own family bit, so one scan answers for all of them.
  init(families: [(bit: UInt8, words: [Word])]) {
    words = families.flatMap { family in
      family.words.map { (Array($0.text.utf8), $0.start, $0.end, family.bit) }
    }
    var buckets = [[Int]](repeating: [], count: 256)
    for (index, word) in words.enumerated() {
      if let first = word.bytes.first { buckets[Int(first)].append(index) }
    }
    self.buckets = buckets
  }

  /// Whether any word occurs in `value` (ASCII case ignored; a boundary is the edge or a non-letter byte).
  func matches(_ value: ArraySlice<UInt8>) -> Bool {
    matches(lowercased: value.map(ByteMatch.lower))
  }

  /// ``matches(_:)`` for a value already lowercased (ASCII letters only).
  func matches(lowercased lower: [UInt8]) -> Bool {
    families(lowercased: lower, stopAtFirst: true) != 0
  }

  /// The family bits of every word found in a lowercased value.
  func families(lowercased lower: [UInt8], stopAtFirst: Bool = false) -> UInt8 {
    lower.withUnsafeBufferPointer { lower in
      words.withUnsafeBufferPointer { words in
        var found: UInt8 = 0
        let count = lower.count
        for i in 0..<count {
          for index in buckets[Int(lower[i])] {
            // Read the word in place: copying the entry would retain and release its bytes.
            guard found & words[index].family == 0 else { continue }
            let matched = words[index].bytes.withUnsafeBufferPointer { bytes in
              let length = bytes.count
              guard i + length <= count else { return false }
              var k = 1
              while k < length, lower[i + k] == bytes[k] { k += 1 }
              guard k >= length else { return false }
              if words[index].start && i > 0 && ByteMatch.isLetter(lower[i - 1]) { return false }
              if words[index].end && i + length < count && ByteMatch.isLetter(lower[i + length]) {
                return false
              }
              return true
            }
            guard matched else { continue }
            found |= words[index].family
            if stopAtFirst { return found }
          }
        }
        return found
      }
    }
  }
}
