import Testing

@testable import TimeTagger

/// An update appended to an older story carries its own stamp ("UPDATE (Wednesday, June 12, 5:45 p.m.):"),
/// and what it tells is counted from that day: "on Tuesday" in the update is the Tuesday before the stamp,
/// not the one before the story was first published.
@Suite struct UpdateStampTests {
  // 2019-06-10 is a Monday.
  let text =
    "Deputies arrested the driver on Sunday. UPDATE (Wednesday, June 12, 5:45 p.m.): Prosecutors on Tuesday "
    + "formally charged him with assault. A judge on Wednesday denied bond."

  @Test func theUpdateCountsFromItsStamp() {
    let values = tag(text, dct: "2019-06-10").map(\.value)
    #expect(values.first == "2019-06-09")
    #expect(values.contains("2019-06-11"))
    #expect(values.last == "2019-06-12")
  }

  @Test func aSentenceThatOnlyMentionsAnUpdateMovesNothing() {
    let values = tag(
      "Updates to the list were published on June 12. Prosecutors on Tuesday charged him.", dct: "2019-06-10"
    ).map(\.value)
    #expect(values.last == "2019-06-04")
  }
}
