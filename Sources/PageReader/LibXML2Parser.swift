import CLibXML2

/// The only code that touches libxml2: parses HTML bytes with libxml2's HTML parser, copies what the
/// reader needs into an ``HTMLTree`` and frees the C document before returning.
enum LibXML2Parser {
  /// libxml2's global initialisation, run exactly once.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  private static let options = Int32(
    bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

  /// Parses `bytes` (skipping the first `skip` bytes, a BOM) as HTML in the given encoding.
  static func parse(_ bytes: [UInt8], skip: Int, encoding: String) throws(PageReadError) -> HTMLTree {
    var tree: HTMLTree?
    try withDocument(bytes, skip: skip, encoding: encoding) { doc in tree = copy(doc) }
    guard let tree else { throw .unparsable }
    return tree
  }

  /// Parses and frees the document, returning the number of element nodes: the cost floor of reading a page.
  static func parseOnly(_ bytes: [UInt8], encoding: String) -> Int {
    var elements = 0
    try? withDocument(bytes, skip: 0, encoding: encoding) { doc in
      var node = xmlDocGetRootElement(doc)
      while let current = node {
        if current.pointee.type == XML_ELEMENT_NODE {
          elements += 1
          if let child = current.pointee.children {
            node = child
            continue
          }
        }
        node = nextInPreorder(after: current)
      }
    }
    return elements
  }

  private static func withDocument(
    _ bytes: [UInt8], skip: Int, encoding: String, _ body: (htmlDocPtr) -> Void
  ) throws(PageReadError) {
    _ = initialized
    clibxml2_silence_errors()
    guard bytes.count > skip else { throw .empty }
    guard bytes.count - skip < Int(Int32.max) else {
      throw .tooLarge(bytes: bytes.count, limit: Int(Int32.max))
    }
    let parsed: Bool = bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      let start = UnsafeRawPointer(base + skip).assumingMemoryBound(to: CChar.self)
      guard let doc = htmlReadMemory(start, Int32(buffer.count - skip), nil, encoding, options) else {
        return false
      }
      defer { xmlFreeDoc(doc) }
      body(doc)
      return true
    }
    if !parsed { throw .unparsable }
  }

  /// The next node in pre-order after `node`'s subtree (its next sibling, or an ancestor's).
  private static func nextInPreorder(after node: xmlNodePtr) -> xmlNodePtr? {
    var current = node
    while true {
      if let next = current.pointee.next { return next }
      guard let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
      current = parent
    }
  }

  /// Copies the document into an ``HTMLTree``, iteratively, skipping scripts, styles and similar content.
  private static func copy(_ doc: htmlDocPtr) -> HTMLTree {
    var tree = HTMLTree()
    tree.nodes.reserveCapacity(4096)
    tree.bytes.reserveCapacity(65536)
    var open: [Int32] = []
    var cursor: xmlNodePtr? = doc.pointee.children
    while let node = cursor {
      var descend = false
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let tag = node.pointee.name.map { HTMLTag(lowercased: String(cString: $0)) } ?? .other
        if tag.isSkippedContent {
          if tag == .script, isJSONLD(node) { tree.jsonLD.append(textBytes(of: node)) }
          break
        }
        let index = Int32(tree.nodes.count)
        var element = HTMLNode(tag: tag, parent: open.last ?? -1, end: index + 1)
        element.attributeStart = Int32(tree.attributes.count)
        copyAttributes(of: node, into: &tree)
        element.attributeCount = Int32(tree.attributes.count) - element.attributeStart
        tree.nodes.append(element)
        if node.pointee.children != nil {
          open.append(index)
          descend = true
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        guard let content = node.pointee.content, let parent = open.last else { break }
        let length = Int(xmlStrlen(content))
        guard length > 0 else { break }
        let start = Int32(tree.bytes.count)
        tree.bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
        let index = Int32(tree.nodes.count)
        tree.nodes.append(
          HTMLNode(tag: .text, parent: parent, end: index + 1, textStart: start, textCount: Int32(length)))
      default:
        break
      }
      if descend, let child = node.pointee.children {
        cursor = child
        continue
      }
      // Climb until a node with a next sibling, closing the elements left behind.
      var current = node
      cursor = nil
      while true {
        if let next = current.pointee.next {
          cursor = next
          break
        }
        guard let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
        if let closed = open.popLast() { tree.nodes[Int(closed)].end = Int32(tree.nodes.count) }
        current = parent
      }
    }
    while let closed = open.popLast() { tree.nodes[Int(closed)].end = Int32(tree.nodes.count) }
    return tree
  }

  private static func copyAttributes(of node: xmlNodePtr, into tree: inout HTMLTree) {
    var attribute = node.pointee.properties
    while let current = attribute {
      attribute = current.pointee.next
      guard let rawName = current.pointee.name,
        let name = HTMLAttributeName(lowercased: String(cString: rawName))
      else { continue }
      let start = Int32(tree.bytes.count)
      var child = current.pointee.children
      while let text = child {
        if let content = text.pointee.content {
          tree.bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        }
        child = text.pointee.next
      }
      tree.attributes.append(
        HTMLAttribute(name: name, valueStart: start, valueCount: Int32(tree.bytes.count) - start))
    }
  }

  private static func isJSONLD(_ node: xmlNodePtr) -> Bool {
    guard let value = xmlGetProp(node, "type") else { return false }
    defer { clibxml2_free(value) }
    let type = String(cString: value).lowercased()
    // Most scripts' types lack the bytes: ruled out before the search by characters.
    return ByteMatch.mayContainCharacters(Array(type.utf8), "ld+json") && type.contains("ld+json")
  }

  private static func textBytes(of node: xmlNodePtr) -> [UInt8] {
    var out: [UInt8] = []
    var child = node.pointee.children
    while let text = child {
      if let content = text.pointee.content {
        out.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
      }
      child = text.pointee.next
    }
    return out
  }
}
