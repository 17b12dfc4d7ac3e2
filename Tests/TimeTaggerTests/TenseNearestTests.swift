import Testing

@testable import TimeTagger

@Suite struct TenseNearestTests {
  /// The nearest marker by looking at every one: what the bisection must agree with.
  func nearestByScan(_ markers: [(index: Int, tense: Tense)], to range: Range<Int>) -> Tense {
    var best: (distance: Int, tense: Tense)?
    for marker in markers {
      let distance =
        marker.index < range.lowerBound
        ? range.lowerBound - marker.index : max(0, marker.index - range.upperBound + 1) + 1
      if distance < (best?.distance ?? Int.max) { best = (distance, marker.tense) }
    }
    return best?.tense ?? .present
  }

  @Test func theNearestTenseWordWinsAndTheLeftOneOnATie() {
    let markers: [(index: Int, tense: Tense)] = [(2, .past), (6, .future)]
    #expect(Tense.nearest(markers, to: 4..<5) == .past)
    #expect(Tense.nearest(markers, to: 5..<6) == .future)
    #expect(Tense.nearest(markers, to: 0..<1) == .past)
    #expect(Tense.nearest([], to: 0..<1) == .present)
  }

  @Test func bisectionAgreesWithAScanOverEveryMarker() {
    var generator = SystemRandomNumberGenerator()
    let tenses: [Tense] = [.past, .present, .future]
    for _ in 0..<2_000 {
      let length = Int.random(in: 1...40, using: &generator)
      let markers = (0..<length).filter { _ in Bool.random(using: &generator) }.map {
        (index: $0, tense: tenses.randomElement(using: &generator) ?? .past)
      }
      let start = Int.random(in: 0..<length, using: &generator)
      let end = Int.random(in: (start + 1)...(length + 1), using: &generator)
      #expect(Tense.nearest(markers, to: start..<end) == nearestByScan(markers, to: start..<end))
    }
  }
}
