import Testing

@testable import PageReader

/// A WordPress-style news page with the usual theme chrome around the article.
@Suite("WordPress-style page")
struct WordPressPageTests {
  static let page = """
    <!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
    <title>Court Blocks Harbor Merger After Two-Year Fight - Harbor Times</title>
    <meta property="og:site_name" content="Harbor Times">
    <meta property="article:published_time" content="2021-05-12T09:14:00+03:00">
    <meta property="article:modified_time" content="2021-05-14T10:00:00+03:00">
    <link rel="canonical" href="https://harbortimes.example/2021/05/12/court-blocks-harbor-merger/">
    </head><body class="post-template-default single single-post">
    <div class="td-header-wrap"><div class="td-header-menu-wrap"><ul id="menu-main" class="menu">
    <li class="menu-item"><a href="/">News</a></li><li class="menu-item"><a href="/reviews">Reviews</a></li>
    <li class="menu-item"><a href="/deals">Deals of the Week</a></li></ul></div></div>
    <div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row">
    <div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
    <article id="post-1" class="post-1 post type-post status-publish">
    <div class="td-post-header"><header class="td-post-title">
    <h1 class="entry-title">Court Blocks Harbor Merger After Two-Year Fight</h1>
    <div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/ana">Ana Pop</a></span>
    <span class="td-post-date"><time class="entry-date" datetime="2021-05-12T09:14:00+03:00">May 12, 2021</time></span>
    </div></header></div>
    <div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-facebook" href="#">Facebook</a>
    <a class="td-social-twitter" href="#">Twitter</a><a class="td-social-pinterest" href="#">Pinterest</a></div></div>
    <div class="td-post-content tagdiv-type">
    <figure><img src="harbor.jpg"><figcaption class="wp-caption-text">Image: Harbor Times</figcaption></figure>
    \(TestPage.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
    <p><strong>Follow Harbor Times on Google News to get the news first.</strong></p>
    <p>Subscribe to our website and stay in touch with the latest news in shipping.</p>
    </div>
    <div class="td-post-sharing-bottom"><span class="td-post-share-title">Share</span><a href="#">Facebook</a></div>
    </article>
    <div class="comments" id="comments"><a class="td-comment-link">Click to comment</a>
    <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
    <form id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are
    marked *</p><textarea id="comment"></textarea><p class="akismet_comment_form_privacy_notice">This site uses Akismet
    to reduce spam. Learn how your comment data is processed.</p></form></div></div>
    </div></div></div>
    <div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_related_posts">
    <h4 class="block-title"><span>Must Read</span></h4><div class="td_module_wrap"><h3><a href="/x">Port strike ends as
    unions accept a new three-year contract with the operators</a></h3></div></div></div>
    </div></div></div>
    <div class="td-footer-wrapper"><p>Are you looking for the latest news on shipping? You're in the right place,
    just subscribe to our RSS feed</p></div>
    <div class="td-sub-footer-container"><div class="td-sub-footer-copy">Copyright © 2021 Harbor Times</div>
    <a href="#" class="td-scroll-up">To Top</a></div>
    </body></html>
    """

  @Test func everyParagraphAndNoChrome() throws {
    let article = try TestPage.read(Self.page)
    #expect(TestPage.hasAllParagraphs(article))
    let text = article.text
    for chrome in [
      "Deals of the Week", "Pinterest", "Google News", "Subscribe to our", "Click to comment",
      "Leave a Reply",
      "Your email address", "Akismet", "Must Read", "Port strike ends", "RSS feed", "Copyright", "To Top",
      "Share",
    ] {
      #expect(!text.contains(chrome), "chrome left in: \(chrome)")
    }
  }

  @Test func metadataComesFromTheHead() throws {
    let article = try TestPage.read(Self.page)
    #expect(article.title == "Court Blocks Harbor Merger After Two-Year Fight")
    #expect(article.publicationDate?.isoDay == "2021-05-12")
    #expect(article.publicationDate?.source == .metaTag)
    #expect(article.siteName == "Harbor Times")
    #expect(article.canonicalURL == "https://harbortimes.example/2021/05/12/court-blocks-harbor-merger/")
    #expect(article.language == "en-US")
    #expect(article.encoding == "UTF-8")
  }
}
