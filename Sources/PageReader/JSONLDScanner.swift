/// Pulls string values out of JSON-LD blocks without a full JSON parse: pages often ship JSON-LD that is
/// invalid (trailing commas, raw newlines), and only a handful of keys matter.
struct JSONLDScanner: Sendable {
  let sources: [[UInt8]]

  /// The first string value of `key` in any block (`"datePublished": "2021-05-12"`).
  func firstString(forKey key: String) -> String? {
    for source in sources {
      var from = 0
      while let valueStart = valueStart(of: key, in: source, from: from) {
        if let value = stringLiteral(in: source, at: valueStart) { return value }
        from = valueStart
      }
    }
    return nil
  }

  /// The first `name` inside the value of `key`, or the value itself when it is a string
  /// (`"author": {"@type": "Person", "name": "Ann"}` → `Ann`).
  func firstName(forKey key: String) -> String? {
    for source in sources {
      var from = 0
      while let valueStart = valueStart(of: key, in: source, from: from) {
        from = valueStart
        if let value = stringLiteral(in: source, at: valueStart) { return value }
        let window = source[valueStart..<min(source.count, valueStart + 600)]
        let slice = Array(window)
        if let nameStart = self.valueStart(of: "name", in: slice, from: 0),
          let value = stringLiteral(in: slice, at: nameStart)
        {
          return value
        }
      }
    }
    return nil
  }

  /// The index just after `"key"` and its colon, skipping whitespace.
  private func valueStart(of key: String, in source: [UInt8], from: Int) -> Int? {
    let needle = Array("\"\(key)\"".utf8)
    guard source.count >= needle.count else { return nil }
    var i = from
    while i + needle.count <= source.count {
      if source[i] == 0x22, source[i..<i + needle.count].elementsEqual(needle) {
        var k = i + needle.count
        while k < source.count,
          source[k] == 0x20 || source[k] == 0x0A || source[k] == 0x09 || source[k] == 0x0D
        {
          k += 1
        }
        if k < source.count, source[k] == 0x3A {
          k += 1
          while k < source.count,
            source[k] == 0x20 || source[k] == 0x0A || source[k] == 0x09 || source[k] == 0x0D
          {
            k += 1
          }
          return k
        }
      }
      i += 1
    }
    return nil
  }

  /// Decodes the JSON string literal starting at `start`, or nil when there is none.
  private func stringLiteral(in source: [UInt8], at start: Int) -> String? {
    guard start < source.count, source[start] == 0x22 else { return nil }
    var out: [UInt8] = []
    var i = start + 1
    while i < source.count {
      let byte = source[i]
      if byte == 0x22 { break }
      if byte == 0x5C, i + 1 < source.count {
        let escaped = source[i + 1]
        switch escaped {
        case 0x6E: out.append(0x20)
        case 0x74: out.append(0x20)
        case 0x72: break
        case 0x75:
          if i + 5 < source.count,
            let code = UInt32(String(decoding: source[i + 2...i + 5], as: UTF8.self), radix: 16),
            let scalar = Unicode.Scalar(code)
          {
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            i += 4
          }
        default: out.append(escaped)
        }
        i += 2
        continue
      }
      out.append(byte)
      i += 1
    }
    let text = TextNormalizer.collapsed(out[...])
    return text.isEmpty ? nil : text
  }
}
