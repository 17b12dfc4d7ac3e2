@testable import PageReader

/// Small pages written for the tests: a news article with whatever chrome a test wraps around it.
enum TestPage {
  static let headline = "Court Blocks Harbor Merger After Two-Year Fight"

  static let paragraphs = [
    "A federal judge on Tuesday blocked the proposed merger of the two largest harbor operators in the region, "
      + "ruling that the deal would have left shippers with almost no alternative for container traffic.",
    "The decision, issued in a 64-page opinion, followed a three-week trial in which economists for both sides "
      + "disagreed sharply about how much the combined company could raise its prices, and for how long.",
    "Lawyers for the operators said they were reviewing the ruling, and that an appeal to the circuit court "
      + "remained possible. The regulator, which sued to stop the deal last spring, called the ruling a victory.",
  ]

  /// A full page: `head` goes into `<head>`, `before`/`after` around the article, `inside` at the end of it.
  static func html(
    head: String = "", before: String = "", after: String = "", inside: String = "",
    articleHeader: String = ""
  ) -> String {
    let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>\(headline) | Harbor Times</title>\(head)</head>
      <body>
      \(before)
      <div class="content"><article class="post">
      <h1>\(headline)</h1>
      \(articleHeader)
      <div class="entry-content">
      \(body)
      \(inside)
      </div>
      </article></div>
      \(after)
      </body></html>
      """
  }

  static func read(_ html: String, url: String? = nil) throws -> Article {
    try PageReader().read(Array(html.utf8), url: url)
  }

  /// Whether every article paragraph came out, whole.
  static func hasAllParagraphs(_ article: Article) -> Bool {
    let texts = Set(article.blocks.map(\.text))
    return paragraphs.allSatisfy(texts.contains)
  }
}
