/// A quick "certainly not" for set look-ups of words: which lengths occur for each first byte, and for each
/// last byte. Most words of a text are in none of the lexicon's sets, and ruling them out this way costs a
/// few loads instead of hashing the word.
public struct WordFilter: Sendable {
  /// Bit `n` of entry `b`: some word of the set starts with byte `b` and has `n` UTF-8 bytes (63: longer).
  private var lengths = [UInt64](repeating: 0, count: 256)
  /// The same by last byte: a large set (every form of every trigger word) fills the first table, and
  /// the two together still rule out most words.
  private var lastLengths = [UInt64](repeating: 0, count: 256)

  public init<S: Sequence<String>>(_ words: S) {
    for word in words {
      guard let first = word.utf8.first, let last = word.utf8.last else { continue }
      let bit: UInt64 = 1 << UInt64(min(word.utf8.count, 63))
      lengths[Int(first)] |= bit
      lastLengths[Int(last)] |= bit
    }
  }

  /// False only when `word` is in none of the filter's words.
  @inline(__always)
  public func mayContain(_ word: String) -> Bool {
    guard let first = word.utf8.first else { return false }
    let bit: UInt64 = 1 << UInt64(min(word.utf8.count, 63))
    guard lengths[Int(first)] & bit != 0, let last = word.utf8.last else { return false }
    return lastLengths[Int(last)] & bit != 0
  }
}
