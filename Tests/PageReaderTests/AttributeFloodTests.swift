import Testing

@testable import PageReader

/// libxml2's HTML parser is quadratic in the attributes of one tag, so floods are capped before parsing.
@Suite struct AttributeFloodTests {
  func page(attributes: Int) -> [UInt8] {
    var html = "<html><body><p class=\"lead\""
    for n in 0..<attributes { html += " a\(n)='x y'" }
    html += ">The court ruled on Monday.</p><p>Next.</p></body></html>"
    return Array(html.utf8)
  }

  @Test func ordinaryPagesAreLeftAsTheyAre() {
    #expect(AttributeFlood.capped(page(attributes: 30)) == nil)
    #expect(AttributeFlood.capped(Array("if (a<b && c>d) { x = 1 }".utf8)) == nil)
  }

  @Test func aTagWithTooManyAttributesKeepsTheFirstOnesAndItsText() throws {
    let capped = try #require(AttributeFlood.capped(page(attributes: 2000), limit: 100))
    let text = String(decoding: capped, as: UTF8.self)
    #expect(text.contains(" a98='x y'"))
    #expect(!text.contains(" a99='x y'"))
    #expect(text.contains(">The court ruled on Monday.</p><p>Next.</p>"))
  }

  @Test func aFloodedPageIsReadWithItsText() throws {
    let article = try PageReader().read(page(attributes: 100_000))
    #expect(article.blocks.contains { $0.text.contains("The court ruled on Monday.") })
  }

  @Test func aBracketInsideAQuotedValueDoesNotEndTheTag() throws {
    var html = "<html><body><div"
    for n in 0..<300 { html += " v\(n)=\"<b>\" w\(n)=bare" }
    html += ">Kept text.</div></body></html>"
    let capped = try #require(AttributeFlood.capped(Array(html.utf8), limit: 100))
    let text = String(decoding: capped, as: UTF8.self)
    #expect(text.contains(" w49=bare"))
    #expect(!text.contains(" v50="))
    #expect(text.hasSuffix(">Kept text.</div></body></html>"))
  }
}
