/// Turns the chosen blocks into the article's ``ArticleBlock`` list: drops boilerplate lines and the
/// headline when it repeats the title.
struct ArticleAssembler: Sendable {
  let title: String?

  func blocks(_ indices: [Int], in segmentation: BlockSegmentation) -> [ArticleBlock] {
    var out: [ArticleBlock] = []
    out.reserveCapacity(indices.count)
    let titleKey = title.map(Self.comparisonKey) ?? []
    for index in indices {
      let block = segmentation.blocks[index]
      if BoilerplateFilter.isBoilerplate(segmentation.text(of: block), characters: Int(block.characters)) {
        continue
      }
      let text = segmentation.string(of: block)
      if out.count < 3, !titleKey.isEmpty, block.characters < 400,
        Self.isSameTitle(Self.comparisonKey(text), titleKey)
      {
        continue
      }
      out.append(ArticleBlock(kind: block.kind, text: text))
    }
    return out
  }

  /// Lowercased letters and digits only.
  static func comparisonKey(_ text: String) -> [Character] {
    text.lowercased().filter { $0.isLetter || $0.isNumber }.map { $0 }
  }

  /// Equal, or one contains the other and they differ by at most a quarter of the longer one.
  static func isSameTitle(_ a: [Character], _ b: [Character]) -> Bool {
    if a == b { return true }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard !short.isEmpty, short.count * 4 >= long.count * 3 else { return false }
    return String(long).contains(String(short))
  }
}
