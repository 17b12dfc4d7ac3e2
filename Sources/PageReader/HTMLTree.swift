/// A read-only copy of a parsed HTML document: elements and text in document order, with the attributes
/// the reader needs. Built by ``LibXML2Parser`` so that no libxml2 pointer outlives the parse.
///
/// Nodes are stored in pre-order; a node's subtree is the index range `index..<node.end`, so every walk
/// over the tree is a loop over a range, never a recursion.
struct HTMLTree: Sendable {
  /// All nodes in document order (pre-order).
  var nodes: [HTMLNode] = []
  /// Every attribute of every element, grouped per element (see ``HTMLNode/attributeStart``).
  var attributes: [HTMLAttribute] = []
  /// UTF-8 bytes of all text contents and attribute values.
  var bytes: [UInt8] = []
  /// The contents of `<script type="application/ld+json">` elements, in document order.
  var jsonLD: [[UInt8]] = []

  /// The UTF-8 bytes of a text node, or an empty slice for an element.
  func text(of index: Int) -> ArraySlice<UInt8> {
    let node = nodes[index]
    return bytes[Int(node.textStart)..<Int(node.textStart + node.textCount)]
  }

  /// The raw value of an attribute of an element, when the element has it.
  func attribute(_ name: HTMLAttributeName, of index: Int) -> ArraySlice<UInt8>? {
    let node = nodes[index]
    let start = Int(node.attributeStart)
    for attribute in attributes[start..<start + Int(node.attributeCount)] where attribute.name == name {
      return bytes[Int(attribute.valueStart)..<Int(attribute.valueStart + attribute.valueCount)]
    }
    return nil
  }

  /// An attribute's value as a string with surrounding whitespace removed, when it is present and not blank.
  func attributeString(_ name: HTMLAttributeName, of index: Int) -> String? {
    guard let value = attribute(name, of: index) else { return nil }
    let text = TextNormalizer.collapsed(value)
    return text.isEmpty ? nil : text
  }

  /// The collapsed text of an element's whole subtree.
  func textContent(of index: Int) -> String {
    var out: [UInt8] = []
    for i in index..<Int(nodes[index].end) where nodes[i].tag == .text {
      out.append(contentsOf: text(of: i))
      out.append(0x20)
    }
    return TextNormalizer.collapsed(out[...])
  }

  /// Whether `index` lies in the subtree of `ancestor`.
  func isInside(_ index: Int, _ ancestor: Int) -> Bool {
    index >= ancestor && index < Int(nodes[ancestor].end)
  }
}

/// One element or text node of an ``HTMLTree``.
struct HTMLNode: Sendable {
  /// The element's tag, or ``HTMLTag/text`` for a text node.
  var tag: HTMLTag
  /// The parent element's index, or -1 at the top.
  var parent: Int32
  /// One past the last index of this node's subtree.
  var end: Int32
  /// For a text node: where its bytes start in ``HTMLTree/bytes``.
  var textStart: Int32 = 0
  /// For a text node: how many bytes it has.
  var textCount: Int32 = 0
  /// For an element: where its attributes start in ``HTMLTree/attributes``.
  var attributeStart: Int32 = 0
  /// For an element: how many attributes it has.
  var attributeCount: Int32 = 0
}

/// One attribute kept from the page; its value is a byte range of ``HTMLTree/bytes``.
struct HTMLAttribute: Sendable {
  var name: HTMLAttributeName
  var valueStart: Int32
  var valueCount: Int32
}

/// The attributes the reader looks at; all others are dropped while copying the document.
enum HTMLAttributeName: UInt8, Sendable {
  case id, `class`, role, style, hidden, ariaHidden, itemprop, property, name, content, datetime, href, rel
  case lang, charset, httpEquiv, pubdate

  /// Looks up a lowercased attribute name.
  init?(lowercased name: String) {
    switch name {
    case "id": self = .id
    case "class": self = .class
    case "role": self = .role
    case "style": self = .style
    case "hidden": self = .hidden
    case "aria-hidden": self = .ariaHidden
    case "itemprop": self = .itemprop
    case "property": self = .property
    case "name": self = .name
    case "content": self = .content
    case "datetime": self = .datetime
    case "href": self = .href
    case "rel": self = .rel
    case "lang", "xml:lang": self = .lang
    case "charset": self = .charset
    case "http-equiv": self = .httpEquiv
    case "pubdate": self = .pubdate
    default: return nil
    }
  }
}
