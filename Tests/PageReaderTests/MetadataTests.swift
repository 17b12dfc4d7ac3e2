import Testing

@testable import PageReader

@Suite("Metadata")
struct MetadataTests {
  @Test func titleLosesSiteSuffix() throws {
    let article = try TestPage.read(TestPage.html())
    #expect(article.title == TestPage.headline)
  }

  @Test func ogTitleComesFirst() throws {
    let article = try TestPage.read(
      TestPage.html(head: "<meta property=\"og:title\" content=\"Merger Blocked\">"))
    #expect(article.title == "Merger Blocked")
  }

  @Test(arguments: [
    ("Court Blocks Merger | Harbor Times", "Court Blocks Merger"),
    ("Court Blocks Merger - Harbor Times", "Court Blocks Merger"),
    ("Harbor Times – Court Blocks Merger of Two Operators", "Court Blocks Merger of Two Operators"),
    ("Q&A - A Long Title That Has A Dash - Inside It", "Q&A - A Long Title That Has A Dash"),
  ])
  func siteNameIsStripped(title: String, expected: String) {
    #expect(MetadataReader.strippingSiteName(title, siteName: "Harbor Times") == expected)
  }

  @Test func siteCanonicalAuthorAndLanguage() throws {
    let head = """
      <meta property="og:site_name" content="Harbor Times"><meta name="author" content="Ana Pop">
      <meta property="og:url" content="https://harbortimes.example/merger">
      """
    let article = try TestPage.read(TestPage.html(head: head))
    #expect(article.siteName == "Harbor Times")
    #expect(article.author == "Ana Pop")
    #expect(article.canonicalURL == "https://harbortimes.example/merger")
    #expect(article.language == "en")
  }

  @Test func authorFromJSONLD() throws {
    let head = """
      <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Li Wei"}],
      "publisher":{"@type":"Organization","name":"Harbor Times"}}</script>
      """
    let article = try TestPage.read(TestPage.html(head: head))
    #expect(article.author == "Li Wei")
    #expect(article.siteName == "Harbor Times")
  }
}
