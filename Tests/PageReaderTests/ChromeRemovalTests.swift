import Testing

@testable import PageReader

@Suite("Chrome removal")
struct ChromeRemovalTests {
  private func text(_ html: String) throws -> String {
    let article = try TestPage.read(html)
    #expect(TestPage.hasAllParagraphs(article))
    return article.text
  }

  @Test func navigationMenusAreRemoved() throws {
    let nav = """
      <header class="site-header"><nav class="main-menu"><ul><li><a href="/">Home</a></li>
      <li><a href="/politics">Politics and Government</a></li><li><a href="/business">Business News</a></li>
      </ul></nav></header><div class="breadcrumbs"><a href="/">Home</a> › <a href="/courts">Courts Section</a></div>
      """
    let text = try text(TestPage.html(before: nav))
    #expect(!text.contains("Politics and Government"))
    #expect(!text.contains("Courts Section"))
  }

  @Test func commentsAndReplyFormAreRemoved() throws {
    let comments = """
      <div id="comments" class="comments-area"><h3>3 Comments</h3>
      <ol class="comment-list"><li class="comment"><p>Great article, the judge got this one exactly right, \
      and I hope the appeal fails, because prices are already too high.</p></li></ol>
      <div id="respond"><h3 class="comment-reply-title">Leave a Reply</h3>
      <form><p>Your email address will not be published. Required fields are marked *</p>
      <textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
      """
    let text = try text(TestPage.html(after: comments))
    #expect(!text.contains("Great article"))
    #expect(!text.contains("Leave a Reply"))
    #expect(!text.contains("Your email address"))
  }

  @Test func shareBarIsRemoved() throws {
    let share = """
      <div class="share-buttons"><span>Share this:</span><a href="#">Facebook</a><a href="#">Twitter</a>
      <a href="#">LinkedIn</a></div>
      """
    let text = try text(TestPage.html(inside: share, articleHeader: share))
    #expect(!text.contains("Share this"))
    #expect(!text.contains("Facebook"))
  }

  @Test func relatedAndMustReadBlocksAreRemoved() throws {
    let related = """
      <div class="td-related"><h4>Must Read</h4><ul>
      <li><a href="/a">Shipping rates climb again as ports struggle with record demand</a></li>
      <li><a href="/b">Regulator opens new probe into rail freight pricing</a></li></ul></div>
      <section class="related-posts"><h3>Related Articles</h3><a href="/c">Harbor strike ends after talks</a></section>
      """
    let text = try text(TestPage.html(after: related, inside: "<h4>Must Read</h4>"))
    #expect(!text.contains("Must Read"))
    #expect(!text.contains("Shipping rates climb"))
    #expect(!text.contains("Harbor strike ends"))
  }

  @Test func subscribeAndNewsletterBoxesAreRemoved() throws {
    let subscribe = """
      <div class="newsletter-signup"><h3>Get the Morning Briefing</h3><p>The day's top stories from our \
      newsroom, in your inbox every morning at six, free of charge.</p><input type="email"><button>Sign up</button></div>
      """
    let lines = """
      <p>Subscribe to our website and stay in touch with the latest news in technology.</p>
      <p>Follow Harbor Times on Google News to get the news first.</p>
      <p>Are you looking for the latest news? You're in the right place, just subscribe to our RSS feed</p>
      """
    let text = try text(TestPage.html(after: subscribe, inside: lines))
    #expect(!text.contains("Morning Briefing"))
    #expect(!text.contains("Subscribe to our website"))
    #expect(!text.contains("Google News"))
    #expect(!text.contains("RSS feed"))
  }

  @Test func aPrintEditionNoteWithItsLongHeadlineIsRemoved() throws {
    let note = """
      <p class="print-note">A version of this article appears in print on Oct. 21, 2023, Section A, Page 14 of \
      the National edition with the headline: Jury Awards $7.2 Million to Nurse Fired After Complaint About \
      Staffing on the Night Shift at a Duluth Hospital.</p>
      """
    let text = try text(TestPage.html(inside: note))
    #expect(!text.contains("appears in print"))
  }

  @Test func footerAndCopyrightAreRemoved() throws {
    let footer = """
      <footer class="site-footer"><p>About us · Contact · Advertise with us · Careers at the paper</p>
      <p>Copyright © 2024 Harbor Times Media. All rights reserved.</p></footer>
      <div class="bottom-bar">© 2024 Harbor Times <a href="#top">To Top</a></div>
      """
    let text = try text(TestPage.html(after: footer))
    #expect(!text.contains("Copyright"))
    #expect(!text.contains("Advertise with us"))
    #expect(!text.contains("To Top"))
  }

  @Test func sidebarWidgetsAreRemoved() throws {
    let sidebar = """
      <aside id="sidebar"><div class="widget widget_popular"><h3>Most Popular</h3><ul>
      <li><a href="/x">Mayor announces new budget plan for the harbor district next year</a></li></ul></div></aside>
      <div class="sidebar-widget"><p>Download our app for the fastest, most complete coverage of the port, \
      with alerts, podcasts, and exclusive interviews every single day.</p></div>
      """
    let text = try text(TestPage.html(after: sidebar))
    #expect(!text.contains("Mayor announces"))
    #expect(!text.contains("Download our app"))
  }

  @Test func cookieBannerIsRemoved() throws {
    let banner = """
      <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our site, \
      to personalise content and ads, and to analyse our traffic. By continuing you agree.</p>
      <a href="#">Accept all</a></div>
      """
    let text = try text(TestPage.html(before: banner))
    #expect(!text.contains("We use cookies"))
  }

  @Test func titleIsNotRepeatedAsFirstBlock() throws {
    let article = try TestPage.read(TestPage.html())
    #expect(article.title == TestPage.headline)
    #expect(article.blocks.first?.text != TestPage.headline)
    #expect(article.text.hasPrefix(TestPage.headline + "\n" + TestPage.paragraphs[0]))
  }

  @Test func blocksKeepTheirKindsAndOrder() throws {
    let inside = """
      <h2>What happens next</h2><ul><li>The operators may appeal within thirty days of the ruling.</li>
      <li>The regulator may seek costs from both companies.</li></ul>
      <blockquote><p>This ruling protects every shipper on the coast, large and small.</p></blockquote>
      <figure><img src="x.jpg"><figcaption>The container terminal at dawn.</figcaption></figure>
      """
    let article = try TestPage.read(TestPage.html(inside: inside))
    let kinds = article.blocks.suffix(5).map(\.kind)
    #expect(kinds == [.heading, .listItem, .listItem, .quote, .caption])
    #expect(article.blocks.last?.text == "The container terminal at dawn.")
  }

  @Test func whitespaceIsCollapsedOnOneLine() throws {
    let inside =
      "<p>Spread   over\n several\tlines&nbsp;and <b>bold</b>words, with enough text to stay in.</p>"
    let article = try TestPage.read(TestPage.html(inside: inside))
    #expect(
      article.blocks.contains {
        $0.text == "Spread over several lines and boldwords, with enough text to stay in."
      })
  }

  @Test func articleSplitAroundAnAdKeepsBothParts() throws {
    let more = [
      "The regulator argued throughout the trial that the two operators had competed fiercely on price, on "
        + "service, and on the speed of unloading, and that the merger would end that rivalry for good.",
      "Shippers who testified, including two of the largest importers on the coast, said they had no practical "
        + "alternative, because the nearest competing harbor lies more than three hundred miles away.",
      "Economists for the operators countered that new terminals planned further north would discipline prices, "
        + "but the judge found that those terminals were years from opening, if they opened at all.",
    ]
    let html = """
      <html><head><title>Harbor ruling</title></head><body><article>
      <div class="story-body story-body-1"><p>\(TestPage.paragraphs[0])</p></div>
      <div class="ad-slot"><p>Advertisement</p></div>
      <div class="story-body story-body-2">\(more.map { "<p>\($0)</p>" }.joined())</div>
      <div class="teaser-list"><p><a href="/a">Another story about the port</a></p></div>
      </article></body></html>
      """
    let article = try TestPage.read(html)
    let texts = article.blocks.map(\.text)
    #expect(texts == [TestPage.paragraphs[0]] + more)
  }
}
