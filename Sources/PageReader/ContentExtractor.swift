/// Finds the main content of a page, Readability-style: scores runs of text by length and commas, gives the
/// score to their ancestors, picks the best-scoring container (with the siblings that belong to it), then
/// drops the chrome left inside it (link-heavy lists, share bars, forms, bylines).
///
/// When a pass keeps too little text, it is retried with the rules relaxed, and the longest result wins.
struct ContentExtractor: Sendable {
  /// Article text shorter than this (in characters) makes the extractor retry with relaxed rules.
  var minimumArticleLength = 500

  /// The outcome: the blocks of the article in reading order, and where the article sits in the tree.
  struct Extraction: Sendable {
    var blocks: [Int]
    /// Node ranges of the article region (the winning element and the siblings joined to it).
    var regions: [Range<Int>]
    /// Elements dropped as chrome (and everything inside them).
    var removed: [Bool]
    var characters: Int
  }

  /// Which of the extraction rules a pass applies; later passes relax them.
  struct Flags {
    var stripUnlikely = true
    var weightClasses = true
    var cleanConditionally = true
  }

  func extract(tree: HTMLTree, segmentation: BlockSegmentation) -> Extraction {
    let context = ExtractionContext(tree: tree, segmentation: segmentation)
    var best: Extraction?
    let attempts = [
      Flags(), Flags(stripUnlikely: false), Flags(stripUnlikely: false, weightClasses: false),
      Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: false),
    ]
    for flags in attempts {
      let result = context.run(flags)
      if result.characters >= minimumArticleLength { return result }
      if best == nil || result.characters > (best?.characters ?? 0) { best = result }
    }
    return best ?? Extraction(blocks: [], regions: [], removed: [], characters: 0)
  }
}
