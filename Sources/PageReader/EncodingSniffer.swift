/// Decides which character set a page's bytes are in, before libxml2 sees them.
///
/// The order follows the WHATWG encoding-sniffing steps, simplified: a byte-order mark, then a `<meta>`
/// declaration in the first bytes (checked against the bytes), then UTF-16 without a BOM, then UTF-8
/// validity, then windows-1252.
struct EncodingSniffer: Sendable {
  /// How many leading bytes the `<meta charset>` prescan looks at.
  var prescanLength = 8192

  /// The sniffed encoding: the name passed to libxml2 (an iconv name) and how many BOM bytes to skip.
  struct Result: Equatable, Sendable {
    var name: String
    var bomLength: Int
    /// Whether the name came from the page's own declaration (which can be wrong).
    var isDeclared = false
  }

  /// The encoding the bytes themselves suggest, ignoring any declaration: UTF-8 when they are valid UTF-8,
  /// windows-1252 otherwise.
  func undeclared(_ bytes: [UInt8]) -> Result {
    Result(name: Self.utf8Validity(bytes).invalid == 0 ? "UTF-8" : "WINDOWS-1252", bomLength: 0)
  }

  func sniff(_ bytes: [UInt8]) -> Result {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Result(name: "UTF-8", bomLength: 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return Result(name: "UTF-16LE", bomLength: 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return Result(name: "UTF-16BE", bomLength: 2) }
    if let utf16 = Self.utf16WithoutBOM(bytes) { return Result(name: utf16, bomLength: 0) }
    let validity = Self.utf8Validity(bytes)
    if let declared = declaredEncoding(bytes) {
      if declared == "UTF-8" {
        // A page that says UTF-8 but has no valid multi-byte sequence and some invalid bytes is legacy.
        let legacy = validity.invalid > 0 && validity.multiByte == 0
        return Result(name: legacy ? "WINDOWS-1252" : "UTF-8", bomLength: 0)
      }
      // A legacy declaration contradicted by well-formed multi-byte UTF-8 is a lie (re-saved pages keep
      // their old meta); legacy multi-byte text is practically never valid UTF-8 by chance.
      if validity.invalid == 0, validity.multiByte > 0 {
        return Result(name: "UTF-8", bomLength: 0)
      }
      return Result(name: declared, bomLength: 0, isDeclared: true)
    }
    return Result(name: validity.invalid == 0 ? "UTF-8" : "WINDOWS-1252", bomLength: 0)
  }

  /// The charset a `<meta charset>`, `<meta http-equiv content="…; charset=…">` or XML declaration names in
  /// the first bytes, mapped to an iconv name; nil when none is declared or the name is unknown.
  func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(prescanLength)
    var i = head.startIndex
    while i < head.endIndex {
      guard head[i] == 0x3C else {  // "<"
        i += 1
        continue
      }
      guard let tagEnd = head[i...].firstIndex(of: 0x3E) else { break }  // no tag closes after this point
      let tag = head[i..<tagEnd]
      if Self.startsWithLowercased(tag, "<meta") || Self.startsWithLowercased(tag, "<?xml") {
        let keyword = Self.startsWithLowercased(tag, "<?xml") ? "encoding" : "charset"
        if let label = Self.value(after: keyword, in: tag), let name = Self.iconvName(forLabel: label) {
          return name
        }
      }
      i = tagEnd
    }
    return nil
  }

  /// Maps a WHATWG encoding label to the iconv name libxml2 understands; nil for unknown labels.
  static func iconvName(forLabel label: String) -> String? {
    let key = label.lowercased()
    switch key {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8":
      return "UTF-8"
    // UTF-16 declared in an ASCII-compatible byte stream is impossible; WHATWG reads it as UTF-8.
    case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2": return "UTF-8"
    case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
      "iso_8859-1", "iso-ir-100", "cp819", "ibm819", "csisolatin1", "ansi_x3.4-1968":
      return "WINDOWS-1252"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis", "ms932",
      "cp932":
      return "CP932"
    case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": return "EUC-JP"
    case "iso-2022-jp", "csiso2022jp": return "ISO-2022-JP"
    case "gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312", "cp936", "ms936", "windows-936",
      "euc-cn":
      return "GB18030"
    case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5": return "BIG5-HKSCS"
    case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean": return "CP949"
    case "koi8-r", "koi8", "cskoi8r": return "KOI8-R"
    case "koi8-u", "koi8-ru": return "KOI8-U"
    case "iso-8859-9", "latin5", "windows-1254", "cp1254": return "WINDOWS-1254"
    case "tis-620", "iso-8859-11", "windows-874": return "WINDOWS-874"
    default: break
    }
    if key.hasPrefix("windows-125"), key.count == 12, let digit = key.last, ("0"..."8").contains(digit) {
      return key.uppercased()
    }
    if key.hasPrefix("cp125"), key.count == 6, let digit = key.last, ("0"..."8").contains(digit) {
      return "WINDOWS-125" + String(digit)
    }
    for prefix in ["iso-8859-", "iso8859-", "iso_8859-"] where key.hasPrefix(prefix) {
      if let part = Int(key.dropFirst(prefix.count)), (2...16).contains(part), part != 12 {
        return "ISO-8859-\(part)"
      }
    }
    return nil
  }

  /// Counts well-formed multi-byte UTF-8 sequences and invalid bytes.
  static func utf8Validity(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
    bytes.withUnsafeBufferPointer { utf8Validity(of: $0) }
  }

  /// `utf8Validity` over unchecked memory, skipping ASCII eight bytes at a time: it reads the whole page.
  private static func utf8Validity(of bytes: UnsafeBufferPointer<UInt8>) -> (multiByte: Int, invalid: Int) {
    var multiByte = 0
    var invalid = 0
    var i = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return (0, 0) }
    while i < count {
      while i + 8 <= count,
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
      }
      guard i < count else { break }
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      guard length > 0, i + length <= count else {
        // A sequence cut by the end of the input is not evidence against UTF-8.
        if length > 0 { break }
        invalid += 1
        i += 1
        continue
      }
      var ok = true
      for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { ok = false }
      if ok {
        multiByte += 1
        i += length
      } else {
        invalid += 1
        i += 1
      }
    }
    return (multiByte, invalid)
  }

  /// Recognises UTF-16 without a BOM by its NUL bytes: ASCII markup puts a NUL in every other byte.
  static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
    let sample = bytes.prefix(1024)
    guard sample.count >= 8 else { return nil }
    var evenNUL = 0
    var oddNUL = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
    }
    let half = sample.count / 2
    if oddNUL * 10 >= half * 7, evenNUL * 10 < half { return "UTF-16LE" }
    if evenNUL * 10 >= half * 7, oddNUL * 10 < half { return "UTF-16BE" }
    return nil
  }

  private static func startsWithLowercased(_ bytes: ArraySlice<UInt8>, _ prefix: String) -> Bool {
    var i = bytes.startIndex
    for expected in prefix.utf8 {
      guard i < bytes.endIndex else { return false }
      var byte = bytes[i]
      if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
      if byte != expected { return false }
      i += 1
    }
    return true
  }

  /// The value after `keyword` and `=` in a tag (`charset="utf-8"`, `content="text/html; charset=utf-8"`).
  private static func value(after keyword: String, in tag: ArraySlice<UInt8>) -> String? {
    let lower = Array(String(decoding: tag, as: UTF8.self).lowercased().utf8)
    guard let range = lower.firstRange(of: Array(keyword.utf8)) else { return nil }
    var i = range.upperBound
    func skip(_ set: [UInt8]) {
      while i < lower.count, set.contains(lower[i]) { i += 1 }
    }
    skip([0x20, 0x09, 0x0A, 0x0D])
    guard i < lower.count, lower[i] == 0x3D else { return nil }  // "="
    i += 1
    skip([0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27])
    let start = i
    while i < lower.count {
      let byte = lower[i]
      let isName =
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
        || byte == 0x2E || byte == 0x3A
      guard isName else { break }
      i += 1
    }
    return i > start ? String(decoding: lower[start..<i], as: UTF8.self) : nil
  }
}
