import Foundation
import Testing

@testable import PageReader

@Suite("Publication date")
struct PublicationDateTests {
  private func date(head: String = "", before: String = "", header: String = "", url: String? = nil) throws
    -> PublicationDate?
  {
    try TestPage.read(TestPage.html(head: head, before: before, articleHeader: header), url: url)
      .publicationDate
  }

  @Test func jsonLDDatePublished() throws {
    let head = """
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "dateModified":"2021-06-01T10:00:00+02:00","datePublished":"2021-05-12T09:14:00+02:00"}</script>
      """
    let found = try date(head: head)
    #expect(found?.isoDay == "2021-05-12")
    #expect(found?.source == .jsonLD)
    #expect(found?.written == "2021-05-12T09:14:00+02:00")
  }

  @Test(arguments: [
    "article:published_time", "pubdate", "publishdate", "DC.date.issued", "sailthru.date", "parsely-pub-date",
    "date",
  ])
  func publicationMetaTags(name: String) throws {
    let attribute = name.contains(":") ? "property" : "name"
    let found = try date(head: "<meta \(attribute)=\"\(name)\" content=\"2019-03-07T23:30:00-05:00\">")
    #expect(found?.isoDay == "2019-03-07")
    #expect(found?.source == .metaTag)
  }

  @Test func aPublishedTimeInThePostsFooterDatesThePage() throws {
    let footer = """
      <footer class="entry-footer"><div class="posted-by"><span class="posted-on">Published \
      <time class="entry-date published" datetime="2025-02-05T09:30:00+01:00">5 February 2025</time></span> \
      <span class="byline">By Ana Ruiz</span></div></footer>
      """
    let found = try TestPage.read(TestPage.html(inside: footer)).publicationDate
    #expect(found?.isoDay == "2025-02-05")
    #expect(found?.source == .timeElement)
  }

  @Test func aRelatedPostsTimeDatesNothing() throws {
    let related = """
      <aside class="related-posts"><div class="entry-meta"><time class="entry-date published" \
      datetime="2019-01-02T08:00:00Z">2 January 2019</time></div></aside>
      """
    let found = try TestPage.read(TestPage.html(after: related)).publicationDate
    #expect(found?.isoDay != "2019-01-02")
  }

  @Test func publishedWinsOverModified() throws {
    let head = """
      <meta property="article:modified_time" content="2022-01-02T00:00:00Z">
      <meta property="article:published_time" content="2021-12-30T08:00:00Z">
      """
    #expect(try date(head: head)?.isoDay == "2021-12-30")
  }

  @Test func dayIsKeptAsWrittenNotConvertedToUTC() throws {
    let found = try date(
      head: "<meta property=\"article:published_time\" content=\"2017-02-23T17:18:13-08:00\">")
    #expect(found?.isoDay == "2017-02-23")
  }

  @Test func itempropDatePublished() throws {
    let header = "<span itemprop=\"datePublished\" content=\"2020-08-14\">August 14, 2020</span>"
    let found = try date(header: header)
    #expect(found?.isoDay == "2020-08-14")
    #expect(found?.source == .itemprop)
  }

  @Test func timeElementInArticleHeader() throws {
    let found = try date(header: "<time datetime=\"2018-11-08T14:00:00\">Nov. 8, 2018</time>")
    #expect(found?.isoDay == "2018-11-08")
    #expect(found?.source == .timeElement)
  }

  @Test func wordPressEntryDateMarkedUpdatedIsThePostsDateWhenNothingElseIs() throws {
    let alone = try date(
      header:
        "<time class=\"entry-date updated td-module-date\" datetime=\"2025-04-10T14:20:00+00:00\">April 10</time>"
    )
    #expect(alone?.isoDay == "2025-04-10")
    #expect(alone?.source == .timeElement)
    let withPublished = try date(
      header: """
        <time class="entry-date published" datetime="2025-04-08T09:00:00+00:00">April 8</time>
        <time class="entry-date updated" datetime="2025-04-10T14:20:00+00:00">April 10</time>
        """)
    #expect(withPublished?.isoDay == "2025-04-08")
    let modified = try date(
      header: "<time class=\"updated\" datetime=\"2025-04-10T14:20:00+00:00\">April 10</time>")
    #expect(modified == nil)
  }

  @Test func aTimeInABoxNamedThePostsHeaderIsNotChrome() throws {
    let html = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Court blocks merger</title></head><body>
      <div class="td-header-wrap"><nav><a href="/">Home</a> <a href="/news">News</a></nav></div>
      <article class="post type-post">
      <div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">Court blocks the merger</h1>
      <div class="td-module-meta-info"><div class="td-post-author-name">By <a href="/author/ana">Ana Pop</a> - </div>
      <span class="td-post-date"><time class="entry-date td-module-date" datetime="2025-04-10T14:20:00+00:00">April
      10, 2025</time></span><div class="td-post-views">3,918</div></div></header></div>
      <div class="td-post-content">\(TestPage.paragraphs.map { "<p>\($0)</p>" }.joined())</div></article>
      <footer>Copyright 2025 Hashline</footer></body></html>
      """
    let found = try TestPage.read(html).publicationDate
    #expect(found?.isoDay == "2025-04-10")
    #expect(found?.source == .timeElement)
  }

  @Test func datedByline() throws {
    let found = try date(header: "<p class=\"meta\">Published May 12, 2021 by Ana Pop</p>")
    #expect(found?.isoDay == "2021-05-12")
    #expect(found?.source == .byline)
  }

  @Test func datelineOpeningTheFirstParagraph() throws {
    let html = TestPage.html().replacingOccurrences(
      of: "<p>A federal judge", with: "<p>Feb. 23, 2015 -- A federal judge")
    let found = try TestPage.read(html).publicationDate
    #expect(found?.isoDay == "2015-02-23")
    #expect(found?.source == .byline)
  }

  @Test func dateInURLPath() throws {
    let found = try date(url: "https://news.example/2021/05/12/court-blocks-merger/")
    #expect(found?.isoDay == "2021-05-12")
    #expect(found?.source == .url)
  }

  @Test func impossibleDatesAreRejected() throws {
    #expect(
      try date(head: "<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">") == nil)
    #expect(try date(head: "<meta property=\"article:published_time\" content=\"2021-02-30\">") == nil)
    #expect(try date(head: "<meta property=\"article:published_time\" content=\"3021-05-12\">") == nil)
  }

  @Test func datesInSidebarsAndCommentsAreIgnored() throws {
    let chrome = """
      <aside class="sidebar"><time datetime="2020-01-01">Jan 1</time></aside>
      <div class="comments"><time datetime="2020-02-02">Feb 2</time></div>
      """
    #expect(try date(before: chrome) == nil)
  }

  @Test func pageWithoutDateHasNone() throws {
    #expect(try date() == nil)
  }

  @Test func writtenDatesInSeveralForms() {
    #expect(DateParser.parseWritten("Posted on 12 May 2021") == .init(year: 2021, month: 5, day: 12))
    #expect(DateParser.parseWritten("Wednesday, May 12th, 2021") == .init(year: 2021, month: 5, day: 12))
    #expect(DateParser.parseWritten("12.05.2021") == .init(year: 2021, month: 5, day: 12))
    #expect(DateParser.parseWritten("2/26/2015 7:11 AM PST") == .init(year: 2015, month: 2, day: 26))
    #expect(DateParser.parseWritten("05/08/2014") == nil)
  }
}
