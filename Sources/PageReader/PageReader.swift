/// Reads a saved page's bytes into an ``Article``: decodes the character set, parses the HTML with
/// libxml2, removes the page chrome and finds the metadata.
public struct PageReader: Sendable {
  /// The largest input accepted, in bytes.
  public var maxBytes: Int

  public init(maxBytes: Int = 64 << 20) {
    self.maxBytes = maxBytes
  }

  /// Reads one page.
  /// - Parameter url: where the page came from, when known; a hint for the publication date and site.
  public func read(_ bytes: [UInt8], url: String? = nil) throws(PageReadError) -> Article {
    // Placeholder until the libxml2 reader lands.
    if bytes.isEmpty { throw .empty }
    if bytes.count > maxBytes { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
    throw .unparsable
  }
}
