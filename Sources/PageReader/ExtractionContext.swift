/// One page's facts for ``ContentExtractor`` that do not depend on a pass's flags, and the pass itself.
struct ExtractionContext {
  let tree: HTMLTree
  let segmentation: BlockSegmentation
  let hints: [ClassHints]
  let hasBlockDescendant: [Bool]
  /// Elements holding a `th`, `caption` or `thead`: the mark of a data table.
  let hasHeaderCell: [Bool]
  let body: Int

  init(tree: HTMLTree, segmentation: BlockSegmentation) {
    self.tree = tree
    self.segmentation = segmentation
    let nodes = tree.nodes
    var hints = [ClassHints](repeating: ClassHints(), count: nodes.count)
    var hasBlock = [Bool](repeating: false, count: nodes.count)
    var hasHeader = [Bool](repeating: false, count: nodes.count)
    var body = -1
    var cache = ClassHints.Cache()
    for i in nodes.indices where nodes[i].tag != .text {
      if nodes[i].attributeCount > 0 { hints[i] = ClassHints(tree: tree, element: i, cache: &cache) }
      if body < 0 && nodes[i].tag == .body { body = i }
    }
    for i in nodes.indices.reversed() {
      let parent = Int(nodes[i].parent)
      guard parent >= 0 else { continue }
      let tag = nodes[i].tag
      if hasBlock[i] || (tag.isBlockBoundary && tag != .text) { hasBlock[parent] = true }
      if hasHeader[i] || tag == .th || tag == .caption || tag == .thead { hasHeader[parent] = true }
    }
    self.hints = hints
    self.hasBlockDescendant = hasBlock
    self.hasHeaderCell = hasHeader
    self.body = body
  }

  func isUnlikely(_ i: Int) -> Bool {
    switch tree.nodes[i].tag {
    case .nav, .aside, .dialog, .menu: return true
    case .body, .html, .article, .main, .a, .text: return false
    default:
      let hint = hints[i]
      return hint.isUnlikely && !hint.isMaybeContent
    }
  }

  func run(_ flags: ContentExtractor.Flags) -> ContentExtractor.Extraction {
    let nodes = tree.nodes
    let count = nodes.count
    var removed = [Bool](repeating: false, count: count)
    if flags.stripUnlikely {
      for i in 0..<count {
        let parent = Int(nodes[i].parent)
        if parent >= 0 && removed[parent] {
          removed[i] = true
        } else if isUnlikely(i) {
          removed[i] = true
        }
      }
    } else {
      for i in 0..<count where nodes[i].tag == .nav || nodes[i].tag == .aside {
        for k in i..<Int(nodes[i].end) { removed[k] = true }
      }
    }
    let stats = ElementStatistics(tree: tree, segmentation: segmentation, removed: removed)
    let candidate = chooseTopCandidate(stats: stats, removed: removed, flags: flags)
    var regions: [Range<Int>] = []
    var looseBlocks: Set<Int> = []
    if let (top, scores) = candidate {
      collectSiblings(
        of: top, scores: scores, stats: stats, removed: removed, regions: &regions, loose: &looseBlocks)
      regions = joiningSplitBodies(regions, scores: scores, stats: stats, removed: removed)
    } else {
      regions = [(body >= 0 ? body : 0)..<count]
    }
    if flags.cleanConditionally {
      for region in regions {
        clean(region, stats: stats, removed: &removed, flags: flags, root: region.lowerBound)
      }
    }
    var chosen: [Int] = []
    var characters = 0
    for (b, block) in segmentation.blocks.enumerated() {
      let owner = Int(block.owner)
      guard owner >= 0, !removed[owner] else { continue }
      let node = Int(block.firstNode)
      guard looseBlocks.contains(b) || regions.contains(where: { $0.contains(node) }) else { continue }
      chosen.append(b)
      characters += Int(block.characters)
    }
    return ContentExtractor.Extraction(
      blocks: chosen, regions: regions, removed: removed, characters: characters)
  }

  func childElements(of parent: Int) -> [Int] {
    var children: [Int] = []
    var i = parent + 1
    let end = Int(tree.nodes[parent].end)
    while i < end {
      if tree.nodes[i].tag != .text { children.append(i) }
      i = Int(tree.nodes[i].end)
    }
    return children
  }
}
