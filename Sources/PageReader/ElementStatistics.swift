/// Text statistics of every element's subtree, counting only blocks and elements not removed as chrome.
struct ElementStatistics: Sendable {
  var characters: [Int32]
  var linkCharacters: [Int32]
  var commas: [Int32]
  /// Paragraph blocks (runs of text that are not headings, list items or table cells).
  var paragraphs: [Int32]
  var headingCharacters: [Int32]
  var listCharacters: [Int32]
  var images: [Int32]
  var listItems: [Int32]
  var inputs: [Int32]

  init(tree: HTMLTree, segmentation: BlockSegmentation, removed: [Bool]) {
    let count = tree.nodes.count
    let zero = [Int32](repeating: 0, count: count)
    characters = zero
    linkCharacters = zero
    commas = zero
    paragraphs = zero
    headingCharacters = zero
    listCharacters = zero
    images = zero
    listItems = zero
    inputs = zero
    for block in segmentation.blocks {
      let owner = Int(block.owner)
      guard owner >= 0, !removed[owner] else { continue }
      characters[owner] += block.characters
      linkCharacters[owner] += block.linkCharacters
      commas[owner] += block.commas
      switch block.kind {
      case .paragraph, .quote: paragraphs[owner] += 1
      case .heading: headingCharacters[owner] += block.characters
      case .listItem: listCharacters[owner] += block.characters
      default: break
      }
    }
    let nodes = tree.nodes
    for i in stride(from: count - 1, through: 0, by: -1) {
      guard !removed[i] else { continue }
      switch nodes[i].tag {
      case .img: images[i] += 1
      case .li: listItems[i] += 1
      case .input: inputs[i] += 1
      default: break
      }
      let parent = Int(nodes[i].parent)
      guard parent >= 0, nodes[i].tag != .text else { continue }
      characters[parent] += characters[i]
      linkCharacters[parent] += linkCharacters[i]
      commas[parent] += commas[i]
      paragraphs[parent] += paragraphs[i]
      headingCharacters[parent] += headingCharacters[i]
      listCharacters[parent] += listCharacters[i]
      images[parent] += images[i]
      listItems[parent] += listItems[i]
      inputs[parent] += inputs[i]
    }
  }

  /// The share of an element's text that sits inside links.
  func linkDensity(_ i: Int) -> Double {
    let total = characters[i]
    return total > 0 ? Double(linkCharacters[i]) / Double(total) : 0
  }
}
