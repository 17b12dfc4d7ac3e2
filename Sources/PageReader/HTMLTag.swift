/// The element names the reader distinguishes; every other element is ``other`` (an inline container).
enum HTMLTag: UInt8, Sendable {
  case other, text
  case html, head, body, title, meta, link, base
  case a, p, div, span, br, hr, img, picture, font, center, address
  case h1, h2, h3, h4, h5, h6, hgroup
  case ul, ol, li, dl, dt, dd, menu
  case blockquote, pre, table, thead, tbody, tfoot, tr, td, th, caption
  case figure, figcaption, section, article, main, header, footer, nav, aside, details, summary, dialog
  case form, fieldset, legend, label, input, button, select, option, textarea
  case time, iframe, embed, object, video, audio
  case script, style, template, noscript, svg, math, canvas

  /// Looks up a lowercased element name.
  init(lowercased name: String) {
    self = HTMLTag.byName[name] ?? .other
  }

  private static let byName: [String: HTMLTag] = {
    var table: [String: HTMLTag] = [:]
    let all: [HTMLTag] = [
      .html, .head, .body, .title, .meta, .link, .base, .a, .p, .div, .span, .br, .hr, .img, .picture, .font,
      .center, .address, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .menu,
      .blockquote,
      .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .section, .article,
      .main, .header, .footer, .nav, .aside, .details, .summary, .dialog, .form, .fieldset, .legend, .label,
      .input, .button, .select, .option, .textarea, .time, .iframe, .embed, .object, .video, .audio, .script,
      .style, .template, .noscript, .svg, .math, .canvas,
    ]
    for tag in all { table[String(describing: tag)] = tag }
    return table
  }()

  /// Elements whose content is never article text; the parser does not copy them.
  var isSkippedContent: Bool {
    switch self {
    case .script, .style, .template, .noscript, .svg, .canvas, .select, .textarea, .button, .iframe,
      .object, .embed, .video, .audio:
      true
    default: false
    }
  }

  /// Elements that end the current run of text: a block of text never spans one of their boundaries.
  var isBlockBoundary: Bool {
    switch self {
    case .other, .text, .a, .span, .font, .img, .picture, .label, .time, .input, .br, .math:
      false
    default: true
    }
  }

  /// Headings `h1`–`h6`.
  var isHeading: Bool {
    switch self {
    case .h1, .h2, .h3, .h4, .h5, .h6: true
    default: false
    }
  }

  /// The kind of article block this element makes of the text inside it, when it decides one.
  var blockKind: BlockKind? {
    switch self {
    case .h1, .h2, .h3, .h4, .h5, .h6: .heading
    case .li, .dt, .dd: .listItem
    case .blockquote: .quote
    case .figcaption, .caption: .caption
    case .td, .th: .table
    case .pre: .preformatted
    default: nil
    }
  }
}
