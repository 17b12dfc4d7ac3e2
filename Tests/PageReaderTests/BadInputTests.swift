import Testing

@testable import PageReader

@Suite("Bad input")
struct BadInputTests {
  @Test func emptyInput() {
    #expect(throws: PageReadError.empty) { try PageReader().read([]) }
  }

  @Test func inputOverTheLimit() {
    #expect(throws: PageReadError.tooLarge(bytes: 11, limit: 10)) {
      try PageReader(maxBytes: 10).read(Array("<p>hello</p>".utf8).prefix(11).map { $0 })
    }
  }

  @Test func pngImageIsNamed() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
    #expect(throws: PageReadError.notHTML(reason: "it looks like a PNG image")) { try PageReader().read(png) }
  }

  @Test func gzipAndPDFAreNamed() throws {
    do {
      _ = try PageReader().read([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02])
      Issue.record("gzip was read as a page")
    } catch {
      #expect(error.description.contains("gzip"))
    }
    do {
      _ = try PageReader().read(Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8))
      Issue.record("a PDF was read as a page")
    } catch {
      #expect(error.description.contains("PDF"))
    }
  }

  @Test func randomBytesAreRejectedWithoutCrashing() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
      #expect(throws: PageReadError.self) { try PageReader().read(bytes) }
    }
  }

  @Test func truncatedPageStillGivesItsText() throws {
    let html = TestPage.html()
    let cut = Array(html.utf8.prefix(html.utf8.count * 3 / 4))
    let article = try PageReader().read(cut)
    #expect(article.blocks.first?.text == TestPage.paragraphs[0])
  }

  @Test func everyPrefixOfAPageIsHandled() {
    let bytes = Array(TestPage.html().utf8)
    for length in stride(from: 1, to: bytes.count, by: 37) {
      do {
        _ = try PageReader().read(Array(bytes.prefix(length)))
      } catch {
        // Any PageReadError is fine; reaching here without a crash is the point.
      }
    }
  }

  @Test func pageWithoutArticleText() {
    let html = "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    #expect(throws: PageReadError.noArticle) { try PageReader().read(Array(html.utf8)) }
  }

  @Test func deeplyNestedPageDoesNotCrash() throws {
    let depth = 10_000
    let html =
      "<html><body>" + String(repeating: "<div>", count: depth)
      + "<p>\(TestPage.paragraphs[0])</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
    let article = try PageReader().read(Array(html.utf8))
    #expect(article.blocks.contains { $0.text == TestPage.paragraphs[0] })
  }

  // Speed is measured by the benchmark, not here: the time limits only catch a hang (a quadratic pass over
  // 10,000 levels would take hours), generously enough for a debug build under a sanitizer.
  @Test(.timeLimit(.minutes(5))) func deepNestingWithTextAtEveryLevelIsReadWithinTheHangGuard() throws {
    let depth = 10_000
    var html = "<html><body>"
    for level in 0..<depth {
      html += "<div class=\"c\(level % 7)\">Level \(level), with a comma, and words. "
    }
    html += String(repeating: "</div>", count: depth) + "</body></html>"
    let article = try PageReader().read(Array(html.utf8))
    #expect(article.text.contains("Level 9999, with a comma"))
  }

  @Test(.timeLimit(.minutes(5))) func thousandsOfSiblingContainersAreReadWithinTheHangGuard() throws {
    let paragraph = "<div class=\"item\"><p>\(TestPage.paragraphs[1])</p></div>"
    let html = "<html><body><div>" + String(repeating: paragraph, count: 20_000) + "</div></body></html>"
    let article = try PageReader().read(Array(html.utf8))
    #expect(article.text.contains(TestPage.paragraphs[1]))
  }

  @Test func plainTextIsReadAsAPage() throws {
    let text = TestPage.paragraphs.joined(separator: "\n\n")
    let article = try PageReader().read(Array(text.utf8))
    #expect(!article.blocks.isEmpty)
  }
}
