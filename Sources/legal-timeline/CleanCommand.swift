import ArgumentParser
import Foundation
import PageReader

/// `legal-timeline clean [FILE]`: prints a page's article text with the chrome removed, or its metadata and
/// blocks as JSON.
struct CleanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clean",
    abstract: "Prints the article text of a saved page, with menus, sidebars, comments and footers removed."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The saved HTML page to read; '-' or nothing reads standard input.")
  var file: String = "-"

  @Option(help: "The output format: 'text' (title, then one block per line) or 'json' (metadata and blocks).")
  var format: Format = .text

  @Option(help: "The page's original URL, used as a hint for its publication date.")
  var url: String?

  func run() throws {
    let input = InputFile(path: file)
    let bytes: [UInt8]
    do {
      bytes = try input.read()
    } catch {
      FileHandle.standardError.write(Data("legal-timeline clean: \(error)\n".utf8))
      throw ExitCode(2)
    }
    let article: Article
    do {
      article = try PageReader().read(bytes, url: url)
    } catch {
      FileHandle.standardError.write(Data("legal-timeline clean: \(input.displayName): \(error)\n".utf8))
      throw ExitCode(1)
    }
    switch format {
    case .text:
      FileHandle.standardOutput.write(Data((article.text + "\n").utf8))
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(CleanOutput(article))
      FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
  }
}

/// The JSON shape of `clean --format json`.
private struct CleanOutput: Encodable {
  struct DateOutput: Encodable {
    var day: String
    var written: String
    var source: String
  }

  var title: String?
  var publicationDate: DateOutput?
  var siteName: String?
  var url: String?
  var author: String?
  var language: String?
  var encoding: String
  var blocks: [ArticleBlock]

  private enum CodingKeys: String, CodingKey {
    case title, publicationDate, siteName, url, author, language, encoding, blocks
  }

  /// Absent values are written as `null`, so every output has the same keys.
  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(title, forKey: .title)
    try container.encode(publicationDate, forKey: .publicationDate)
    try container.encode(siteName, forKey: .siteName)
    try container.encode(url, forKey: .url)
    try container.encode(author, forKey: .author)
    try container.encode(language, forKey: .language)
    try container.encode(encoding, forKey: .encoding)
    try container.encode(blocks, forKey: .blocks)
  }

  init(_ article: Article) {
    title = article.title
    publicationDate = article.publicationDate.map {
      DateOutput(day: $0.isoDay, written: $0.written, source: $0.source.rawValue)
    }
    siteName = article.siteName
    url = article.canonicalURL
    author = article.author
    language = article.language
    encoding = article.encoding
    blocks = article.blocks
  }
}
