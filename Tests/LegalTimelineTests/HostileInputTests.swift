import Foundation
import Testing

@testable import LegalTimeline

/// Inputs from the open web that must give a timeline or a clear error, never a crash or a hang.
/// The inputs are generated here rather than committed.
@Suite(.timeLimit(.minutes(2))) struct HostileInputTests {
  let extractor = TimelineExtractor()

  /// Extracts, and returns the error message when the page was refused.
  func outcome(_ bytes: [UInt8]) -> String? {
    do {
      _ = try extractor.extract(bytes)
      return nil
    } catch {
      let message = error.description
      #expect(!message.isEmpty)
      return message
    }
  }

  func article(_ body: String) -> [UInt8] {
    Array("<html><head><title>T</title></head><body><article><p>\(body)</p></article></body></html>".utf8)
  }

  @Test func emptyInputIsRefusedAsEmpty() {
    #expect(outcome([])?.contains("empty") == true)
  }

  @Test func binaryFilesAreRefusedAsNotHTML() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)
    let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00] + Array(repeating: 0x41, count: 64)
    #expect(outcome(png)?.contains("not an HTML page") == true)
    #expect(outcome(gzip)?.contains("not an HTML page") == true)
  }

  @Test func randomBytesGiveAResultOrAnError() {
    var generator = SplitMix64(seed: 42)
    for length in [1, 7, 100, 4096, 65_536] {
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      _ = outcome(bytes)
    }
  }

  @Test func inputOverTheLimitIsRefusedWithItsSize() {
    let small = TimelineExtractor(options: ExtractionOptions(maxBytes: 1000))
    let page = Array(String(repeating: "<div>", count: 1000).utf8)
    #expect(throws: ExtractionError.self) { try small.extract(page) }
  }

  @Test func deeplyNestedElementsDoNotOverflowTheStack() {
    let depth = 100_000
    let page =
      "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text here.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    _ = outcome(Array(page.utf8))
  }

  @Test func aMillionAttributesAreSurvived() {
    var page = "<html><body><p"
    for n in 0..<1_000_000 { page += " a\(n)=\"x\"" }
    page += ">The court ruled on Monday.</p></body></html>"
    _ = outcome(Array(page.utf8))
  }

  @Test func aTenMegabyteLineOfTextIsSurvived() {
    let line = String(repeating: "The judge ruled that the ban was unlawful ", count: 250_000)
    _ = outcome(article(line))
  }

  @Test func invalidUTF8AndNULBytesAreSurvived() {
    var bytes = article("Caf\u{E9} court ruled on Monday and the company sued.")
    bytes.insert(contentsOf: [0xC3, 0x28, 0xFF, 0x00, 0x00, 0xE2, 0x82], at: 60)
    _ = outcome(bytes)
  }

  @Test func utf16WithoutAByteOrderMarkIsSurvived() {
    let text =
      "<html><body><article><p>The court ruled on Monday that the ban was unlawful.</p></article></body></html>"
    let bytes = text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    _ = outcome(bytes)
  }

  @Test func lyingOrUnknownCharsetsAreSurvived() {
    let lying =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café “quoted” – ruling.</p></body></html>"
    let unknown =
      "<html><head><meta charset=\"x-klingon-9\"></head><body><p>Café ruling on Monday.</p></body></html>"
    _ = outcome(Array(lying.utf8))
    _ = outcome(Array(unknown.utf8))
  }

  @Test func aPageThatIsAllScriptHasNoArticle() {
    let page =
      "<html><head><script>" + String(repeating: "var x = 1;", count: 10_000) + "</script></head></html>"
    #expect(outcome(Array(page.utf8)) != nil)
  }

  @Test func aTruncatedPageGivesAResultOrAnError() throws {
    let seed = GoldenSampleTests.samplesDirectory + "/techthelead-xiaomi-blacklist.html"
    let bytes = [UInt8](try #require(FileManager.default.contents(atPath: seed)))
    for fraction in [0.1, 0.33, 0.5, 0.77, 0.99] {
      _ = outcome(Array(bytes.prefix(Int(Double(bytes.count) * fraction))))
    }
  }
}

/// A small deterministic random generator, so generated inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
