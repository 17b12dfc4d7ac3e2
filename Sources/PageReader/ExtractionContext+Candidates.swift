/// Candidate scoring: which container holds the article, and which of its siblings belong to it.
extension ExtractionContext {
  func initialScore(_ i: Int, flags: ContentExtractor.Flags) -> Double {
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

  func chooseTopCandidate(
    stats: ElementStatistics, removed: [Bool], flags: ContentExtractor.Flags
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

  func collectSiblings(
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
  func joiningSplitBodies(
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

  func classTokens(_ element: Int) -> Set<ArraySlice<UInt8>>? {
    guard let value = tree.attribute(.class, of: element) else { return nil }
    return Set(value.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }))
  }

  /// The best candidate score inside each child of `parent`, in one pass over the candidates.
  func strongestPerChild(of parent: Int, scores: [Int: Double]) -> [Int: Double] {
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

  func acceptsAsParagraph(characters: Int, linkDensity: Double, text: String) -> Bool {
    if characters > 80 && linkDensity < 0.25 { return true }
    if characters > 0 && characters <= 80 && linkDensity == 0 {
      return text.hasSuffix(".") || text.contains(". ")
    }
    return false
  }

}
