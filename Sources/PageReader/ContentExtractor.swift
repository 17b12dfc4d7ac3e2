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

  private struct Flags {
    var stripUnlikely = true
    var weightClasses = true
    var cleanConditionally = true
  }

  func extract(tree: HTMLTree, segmentation: BlockSegmentation) -> Extraction {
    let context = Context(tree: tree, segmentation: segmentation)
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

  /// Per-page facts that do not depend on the pass's flags.
  private struct Context {
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

    func run(_ flags: Flags) -> Extraction {
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
      return Extraction(blocks: chosen, regions: regions, removed: removed, characters: characters)
    }

    private func initialScore(_ i: Int, flags: Flags) -> Double {
      var score: Double
      switch tree.nodes[i].tag {
      case .div: score = 5
      case .pre, .td, .blockquote: score = 3
      case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
      case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
      case .article, .main: score = 5
      default: score = 0
      }
      if flags.weightClasses { score += Double(hints[i].weight) }
      if let itemprop = tree.attribute(.itemprop, of: i),
        ByteMatch.containsLowercased(itemprop, "articlebody")
      {
        score += 10
      }
      return score
    }

    private func chooseTopCandidate(
      stats: ElementStatistics, removed: [Bool], flags: Flags
    ) -> (Int, [Int: Double])? {
      let nodes = tree.nodes
      var scores: [Int: Double] = [:]
      for block in segmentation.blocks where block.characters >= 25 {
        let owner = Int(block.owner)
        guard owner >= 0, !removed[owner] else { continue }
        let tag = nodes[owner].tag
        let paragraphLike: Bool
        switch tag {
        case .p, .pre, .td, .h2, .h3, .h4, .h5, .h6: paragraphLike = true
        case .body, .html, .article, .main: paragraphLike = false
        default: paragraphLike = !hasBlockDescendant[owner]
        }
        var ancestor = paragraphLike ? Int(nodes[owner].parent) : owner
        let contentScore = 1 + Double(block.commas + 1) + min(Double(block.characters / 100), 3)
        var level = 0
        while ancestor >= 0 && level < 5 {
          if nodes[ancestor].tag == .html { break }
          let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level * 3))
          scores[ancestor, default: initialScore(ancestor, flags: flags)] += contentScore / divider
          ancestor = Int(nodes[ancestor].parent)
          level += 1
        }
      }
      guard !scores.isEmpty else { return nil }
      var finalScores: [Int: Double] = [:]
      for (element, score) in scores {
        finalScores[element] = score * (1 - stats.linkDensity(element))
      }
      let ranked = finalScores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
      guard var top = ranked.first?.key, let topScore = ranked.first?.value else { return nil }
      if top == body { return nil }
      // Several strong candidates under one ancestor: the ancestor is the article.
      let strong = ranked.dropFirst().prefix(4).filter { $0.value >= topScore * 0.75 }.map(\.key)
      if strong.count >= 2 {
        var ancestor = Int(nodes[top].parent)
        while ancestor >= 0 && ancestor != body && nodes[ancestor].tag != .html {
          let inside = strong.filter { tree.isInside($0, ancestor) }.count
          if inside >= 2 {
            top = ancestor
            break
          }
          ancestor = Int(nodes[ancestor].parent)
        }
      }
      // Climb while the parent scores well enough to be the real container.
      var lastScore = finalScores[top] ?? topScore
      let threshold = lastScore / 3
      var parent = Int(nodes[top].parent)
      while parent >= 0 && parent != body && nodes[parent].tag != .html {
        guard let parentScore = finalScores[parent] else {
          parent = Int(nodes[parent].parent)
          continue
        }
        if parentScore < threshold { break }
        if parentScore > lastScore {
          top = parent
          break
        }
        lastScore = parentScore
        parent = Int(nodes[parent].parent)
      }
      // A lone child stands for its parent.
      parent = Int(nodes[top].parent)
      while parent >= 0 && parent != body && nodes[parent].tag != .html
        && childElements(of: parent).count == 1
      {
        top = parent
        parent = Int(nodes[top].parent)
      }
      if finalScores[top] == nil { finalScores[top] = initialScore(top, flags: flags) }
      return (top, finalScores)
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

    private func collectSiblings(
      of top: Int, scores: [Int: Double], stats: ElementStatistics, removed: [Bool],
      regions: inout [Range<Int>],
      loose: inout Set<Int>
    ) {
      let nodes = tree.nodes
      let parent = Int(nodes[top].parent)
      guard parent >= 0, nodes[parent].tag != .html else {
        regions = [top..<Int(nodes[top].end)]
        return
      }
      let topScore = scores[top] ?? 0
      let bestScore = scores.values.max() ?? 0
      let strongest = strongestPerChild(of: parent, scores: scores)
      let threshold = max(10, topScore * 0.2)
      let topClass = tree.attribute(.class, of: top)
      for child in childElements(of: parent) {
        if child == top {
          regions.append(child..<Int(nodes[child].end))
          continue
        }
        guard !removed[child] else { continue }
        var bonus = 0.0
        if let topClass, !topClass.isEmpty, let childClass = tree.attribute(.class, of: child),
          childClass.elementsEqual(topClass)
        {
          bonus = topScore * 0.2
        }
        // A sibling holding a strong candidate of its own (the article split around a figure) belongs too.
        let holdsStrongCandidate = (strongest[child] ?? 0) >= bestScore * 0.5
        if holdsStrongCandidate || (scores[child] ?? 0) + bonus >= threshold {
          regions.append(child..<Int(nodes[child].end))
        } else if nodes[child].tag == .p || (!hasBlockDescendant[child] && nodes[child].tag == .div) {
          if acceptsAsParagraph(
            characters: Int(stats.characters[child]), linkDensity: stats.linkDensity(child),
            text: tree.textContent(of: child))
          {
            regions.append(child..<Int(nodes[child].end))
          }
        }
      }
      // Text directly inside the parent, outside any child element, joins like a paragraph would.
      for (b, block) in segmentation.blocks.enumerated() where Int(block.owner) == parent {
        let density = block.characters > 0 ? Double(block.linkCharacters) / Double(block.characters) : 0
        if acceptsAsParagraph(
          characters: Int(block.characters), linkDensity: density, text: segmentation.string(of: block))
        {
          loose.insert(b)
        }
      }
      regions.sort { $0.lowerBound < $1.lowerBound }
    }

    /// Adds the other parts of an article split into several containers of the same class
    /// (`story-body story-body-1`, `story-body story-body-2`) when they are not already in the region.
    private func joiningSplitBodies(
      _ regions: [Range<Int>], scores: [Int: Double], stats: ElementStatistics, removed: [Bool]
    ) -> [Range<Int>] {
      guard
        let (best, bestScore) = scores.max(by: {
          $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key)
        }),
        let bestClasses = classTokens(best), !bestClasses.isEmpty
      else { return regions }
      var result = regions
      let candidates = scores.filter { $0.value >= bestScore * 0.25 }.keys.sorted()
      for candidate in candidates
      where !removed[candidate] && stats.linkDensity(candidate) < 0.3 && stats.paragraphs[candidate] >= 2
        && stats.characters[candidate] >= 250
      {
        let range = candidate..<Int(tree.nodes[candidate].end)
        if result.contains(where: { $0.contains(candidate) || range.contains($0.lowerBound) }) { continue }
        // The shared class must name content (`story-body`, `article-text`), not layout (`container`, `row`).
        guard let classes = classTokens(candidate),
          classes.intersection(bestClasses).contains(where: { ClassHints.positiveSet.matches($0) })
        else { continue }
        result.append(range)
      }
      return result.sorted { $0.lowerBound < $1.lowerBound }
    }

    private func classTokens(_ element: Int) -> Set<ArraySlice<UInt8>>? {
      guard let value = tree.attribute(.class, of: element) else { return nil }
      return Set(value.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }))
    }

    /// The best candidate score inside each child of `parent`, in one pass over the candidates.
    private func strongestPerChild(of parent: Int, scores: [Int: Double]) -> [Int: Double] {
      // Children are contiguous pre-order ranges, so a candidate's child is found by binary search.
      let children = childElements(of: parent)
      var strongest: [Int: Double] = [:]
      for (candidate, score) in scores where candidate != parent && tree.isInside(candidate, parent) {
        var low = 0
        var high = children.count
        while low < high {
          let middle = (low + high) / 2
          if children[middle] <= candidate { low = middle + 1 } else { high = middle }
        }
        guard low > 0, tree.isInside(candidate, children[low - 1]) else { continue }
        strongest[children[low - 1]] = max(strongest[children[low - 1]] ?? 0, score)
      }
      return strongest
    }

    private func acceptsAsParagraph(characters: Int, linkDensity: Double, text: String) -> Bool {
      if characters > 80 && linkDensity < 0.25 { return true }
      if characters > 0 && characters <= 80 && linkDensity == 0 {
        return text.hasSuffix(".") || text.contains(". ")
      }
      return false
    }

    /// Drops chrome inside the article region: elements Readability would "clean conditionally", share bars,
    /// bylines and headings with negative class names.
    private func clean(
      _ region: Range<Int>, stats: ElementStatistics, removed: inout [Bool], flags: Flags, root: Int
    ) {
      let nodes = tree.nodes
      var i = region.lowerBound
      while i < region.upperBound {
        let node = nodes[i]
        guard node.tag != .text, !removed[i] else {
          i = node.tag == .text ? i + 1 : Int(node.end)
          continue
        }
        if i != root && shouldClean(i, stats: stats, flags: flags) {
          for k in i..<Int(node.end) { removed[k] = true }
          i = Int(node.end)
          continue
        }
        if node.tag == .table && isDataTable(i) {
          i = Int(node.end)
          continue
        }
        i += 1
      }
    }

    private func shouldClean(_ i: Int, stats: ElementStatistics, flags: Flags) -> Bool {
      let tag = tree.nodes[i].tag
      let hint = hints[i]
      let characters = Int(stats.characters[i])
      if hint.isShare && characters < 500 { return true }
      if hint.isByline && characters < 100 { return true }
      let weight = flags.weightClasses ? hint.weight : 0
      switch tag {
      case .form, .fieldset, .footer, .aside, .table, .ul, .div, .section, .header, .ol:
        break
      case .h1, .h2:
        return weight < 0
      default:
        return false
      }
      if weight < 0 { return true }
      guard stats.commas[i] < 10 else { return false }
      let paragraphs = Int(stats.paragraphs[i])
      let images = Int(stats.images[i])
      let items = Int(stats.listItems[i]) - 100
      let inputs = Int(stats.inputs[i])
      let linkDensity = stats.linkDensity(i)
      let headingDensity = characters > 0 ? Double(stats.headingCharacters[i]) / Double(characters) : 0
      let isList =
        tag == .ul || tag == .ol
        || (characters > 0 && Double(stats.listCharacters[i]) / Double(characters) > 0.9)
      if images > 1 && Double(paragraphs) / Double(images) < 0.5 { return true }
      if !isList && items > paragraphs { return true }
      if inputs > paragraphs / 3 { return true }
      if !isList && headingDensity < 0.9 && characters < 25 && (images == 0 || images > 2) { return true }
      if !isList && weight < 25 && linkDensity > 0.2 { return true }
      if weight >= 25 && linkDensity > 0.5 { return true }
      if isList && linkDensity > 0.7 && paragraphs == 0 { return true }
      return false
    }

    private func isDataTable(_ table: Int) -> Bool {
      hasHeaderCell[table]
    }
  }
}
