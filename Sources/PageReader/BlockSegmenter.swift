/// One run of text between block boundaries, with the statistics the content scorer needs.
struct TextBlock: Sendable {
  /// The nearest enclosing block-level element.
  var owner: Int32
  /// The first text node of the run (its position in document order).
  var firstNode: Int32
  /// Where its collapsed UTF-8 text sits in ``BlockSegmentation/bytes``.
  var start: Int32
  var count: Int32
  /// Length in Unicode scalars.
  var characters: Int32
  /// Length of the part inside links, in Unicode scalars.
  var linkCharacters: Int32
  /// Commas (Latin, Arabic and full-width).
  var commas: Int32
  var kind: BlockKind
}

/// The text of a page's body cut into blocks.
struct BlockSegmentation: Sendable {
  var blocks: [TextBlock] = []
  var bytes: [UInt8] = []

  func text(of block: TextBlock) -> ArraySlice<UInt8> {
    bytes[Int(block.start)..<Int(block.start + block.count)]
  }

  func string(of block: TextBlock) -> String {
    String(decoding: text(of: block), as: UTF8.self)
  }
}

/// Cuts the body text of an ``HTMLTree`` into blocks at block-level tags, whatever the tree's shape
/// (libxml2 parses HTML4, so HTML5 sectioning elements may nest where a browser would close a paragraph).
///
/// Two consecutive `<br>` end a block; a single one is a space. Hidden elements are skipped.
enum BlockSegmenter {
  private struct OpenElement {
    var index: Int32
    var end: Int32
    var isBlock: Bool
    var isLink: Bool
    var kind: BlockKind
    /// The nearest block element at or above this one (the owner of text inside it).
    var block: Int32
  }

  static func segment(_ tree: HTMLTree) -> BlockSegmentation {
    var result = BlockSegmentation()
    // Collapsed text is about as long as the text bytes it comes from at most: usually one allocation.
    result.bytes.reserveCapacity(tree.bytes.count)
    var open: [OpenElement] = []
    var runStart = 0
    var runFirstNode: Int32 = -1
    var linkCharacters = 0
    var linkDepth = 0
    var pendingBreak = false

    func flush() {
      if result.bytes.count > runStart, result.bytes.last == 0x20 { result.bytes.removeLast() }
      let count = result.bytes.count - runStart
      if count > 0 {
        let text = result.bytes[runStart...]
        var commas = 0
        var i = text.startIndex
        while i < text.endIndex {
          let byte = text[i]
          if byte == 0x2C {
            commas += 1
          } else if byte == 0xEF, i + 2 < text.endIndex, text[i + 1] == 0xBC, text[i + 2] == 0x8C {
            commas += 1
          } else if byte == 0xD8, i + 1 < text.endIndex, text[i + 1] == 0x8C {
            commas += 1
          }
          i += 1
        }
        let owner = open.last
        result.blocks.append(
          TextBlock(
            owner: owner?.block ?? -1, firstNode: runFirstNode, start: Int32(runStart), count: Int32(count),
            characters: Int32(TextNormalizer.scalarCount(text)), linkCharacters: Int32(linkCharacters),
            commas: Int32(commas), kind: open.last?.kind ?? .paragraph))
      }
      runStart = result.bytes.count
      runFirstNode = -1
      linkCharacters = 0
      pendingBreak = false
    }

    var index = 0
    let nodes = tree.nodes
    while index < nodes.count {
      while let last = open.last, last.end <= index {
        if last.isBlock { flush() }  // the run belongs to the closing element: its owner and kind
        open.removeLast()
        if last.isLink { linkDepth -= 1 }
      }
      let node = nodes[index]
      if node.tag == .text {
        let before = result.bytes.count
        TextNormalizer.appendCollapsed(tree.text(of: index), to: &result.bytes)
        if result.bytes.count > runStart, result.bytes[runStart] == 0x20 { result.bytes.remove(at: runStart) }
        if result.bytes.count > before {
          if runFirstNode < 0 { runFirstNode = Int32(index) }
          if linkDepth > 0 {
            linkCharacters += TextNormalizer.scalarCount(result.bytes[before...])
          }
          if result.bytes[before...].contains(where: { $0 != 0x20 }) { pendingBreak = false }
        }
        index += 1
        continue
      }
      if node.tag == .head || node.tag == .title || isHidden(tree, index) {
        index = Int(node.end)
        continue
      }
      if node.tag == .br {
        if pendingBreak {
          flush()
        } else {
          if result.bytes.count > runStart, result.bytes.last != 0x20 { result.bytes.append(0x20) }
          pendingBreak = true
        }
      }
      let isBlock = node.tag.isBlockBoundary
      if isBlock { flush() }
      let kind = node.tag.blockKind ?? open.last?.kind ?? .paragraph
      let isLink = node.tag == .a
      if isLink { linkDepth += 1 }
      open.append(
        OpenElement(
          index: Int32(index), end: node.end, isBlock: isBlock, isLink: isLink, kind: kind,
          block: isBlock ? Int32(index) : (open.last?.block ?? -1)))
      index += 1
    }
    while let last = open.last {
      if last.isBlock { flush() }
      open.removeLast()
    }
    flush()
    return result
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
  }

  /// Whether an element is hidden by its attributes (`hidden`, `aria-hidden="true"`, `display:none`).
  static func isHidden(_ tree: HTMLTree, _ index: Int) -> Bool {
    guard tree.nodes[index].attributeCount > 0 else { return false }
    if tree.attribute(.hidden, of: index) != nil { return true }
    if let aria = tree.attribute(.ariaHidden, of: index), ByteMatch.containsLowercased(aria, "true") {
      return true
    }
    if let style = tree.attribute(.style, of: index) {
      var compact: [UInt8] = []
      for byte in style where byte != 0x20 { compact.append(byte) }
      if ByteMatch.containsLowercased(compact[...], "display:none")
        || ByteMatch.containsLowercased(compact[...], "visibility:hidden")
      {
        return true
      }
    }
    return false
  }
}
