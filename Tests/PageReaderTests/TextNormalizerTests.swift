import Testing

@testable import PageReader

@Suite struct TextNormalizerTests {
  func collapsed(_ parts: [String]) -> String {
    var out: [UInt8] = []
    for part in parts { TextNormalizer.appendCollapsed(ArraySlice(part.utf8), to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  @Test func everyRunOfWhitespaceBecomesOneSpaceAndNoneLeads() {
    #expect(collapsed(["  The\tcourt\n\n ruled.  "]) == "The court ruled. ")
    #expect(collapsed(["A", "  ", "B"]) == "A B")
  }

  @Test func unicodeSpacesCollapseAndTheByteOrderMarkIsDropped() {
    #expect(collapsed(["a\u{00A0}\u{2009}b\u{3000}c\u{202F}d\u{FEFF}e"]) == "a b c de")
  }

  @Test func lettersThatShareALeadByteWithASpaceAreKept() {
    // "Â" is C3 82 (no), "¢" is C2 A2, "€" is E2 82 AC, "〈" is E3 80 88, "ﬁ" is EF AC 81.
    #expect(collapsed(["¢5 €3 〈x〉 ﬁle Zoë"]) == "¢5 €3 〈x〉 ﬁle Zoë")
    #expect(collapsed(["\u{01}ctl"]) == "\u{01}ctl")
  }
}
