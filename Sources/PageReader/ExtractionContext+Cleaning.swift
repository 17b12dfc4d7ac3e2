/// Conditional cleaning: the chrome left inside the chosen article region.
extension ExtractionContext {
  /// Drops chrome inside the article region: elements Readability would "clean conditionally", share bars,
  /// bylines and headings with negative class names.
  func clean(
    _ region: Range<Int>, stats: ElementStatistics, removed: inout [Bool], flags: ContentExtractor.Flags,
    root: Int
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

  func shouldClean(_ i: Int, stats: ElementStatistics, flags: ContentExtractor.Flags) -> Bool {
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

  func isDataTable(_ table: Int) -> Bool {
    hasHeaderCell[table]
  }
}
