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
    ("Judge dismisses class action — for now", "Judge dismisses class action — for now"),
    ("Jury acquits former deputy | Local News | Harbor Times", "Jury acquits former deputy"),
  ])
  func siteNameIsStripped(title: String, expected: String) {
    #expect(MetadataReader.strippingSiteName(title, siteName: "Harbor Times") == expected)
  }

  @Test func siteSuffixIsGuessedWithoutASiteName() {
    #expect(
      MetadataReader.strippingSiteName("Court Blocks Harbor Merger | Harbor Times", siteName: nil)
        == "Court Blocks Harbor Merger")
  }

  @Test(arguments: [
    "<span itemprop=\"author\">By Bev Sizemore</span>",
    "<span class=\"byline\">By Bev Sizemore · Staff</span>",
    "<span class=\"post-author vcard\">Posted by <span class=\"fn\">Bev Sizemore</span></span>",
    "<a rel=\"author\" href=\"/a\">Bev Sizemore</a>",
  ])
  func authorFromVisibleByline(byline: String) throws {
    let comments = "<div class=\"comments\"><span class=\"comment-author\">Anonymous Reader</span></div>"
    let article = try TestPage.read(TestPage.html(before: comments, articleHeader: byline))
    #expect(article.author == "Bev Sizemore")
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
