extension Sentence {
  /// The sentence cut at spaces into pieces of at most `maxScalars` scalars (a piece is cut mid-word only
  /// when it has no space), so that a stage that holds a sentence's words at once stays bounded on an
  /// endless line of text. A sentence within the limit comes back whole.
  public func pieces(maxScalars: Int) -> [Sentence] {
    guard range.count > maxScalars, maxScalars > 0 else { return [self] }
    let scalars = Array(text.unicodeScalars)
    var slicer = ScalarSlicer(text)
    var result: [Sentence] = []
    var start = 0
    while start < scalars.count {
      var end = min(start + maxScalars, scalars.count)
      if end < scalars.count {
        var cut = end
        while cut > start, !scalars[cut].isSpaceLike { cut -= 1 }
        if cut > start { end = cut }
      }
      var lo = start
      while lo < end, scalars[lo].isSpaceLike { lo += 1 }
      if lo < end {
        let piece = slicer.text(lo..<end)
        result.append(
          Sentence(text: piece, range: (range.lowerBound + lo)..<(range.lowerBound + end), line: line))
      }
      start = end
    }
    return result
  }
}
