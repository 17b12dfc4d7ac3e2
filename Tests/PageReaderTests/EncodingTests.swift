import Testing

@testable import PageReader

@Suite("Character encodings")
struct EncodingTests {
  private let filler =
    " The court heard arguments from both sides for three full days, and the judge asked many questions."

  /// A page whose ASCII markup is given as a string and whose text bytes are given raw.
  private func page(meta: String = "", text: [UInt8]) -> [UInt8] {
    let open = "<html><head>\(meta)<title>Test</title></head><body><article><p>"
    let close = filler + filler + filler + "</p></article></body></html>"
    return Array(open.utf8) + text + Array(close.utf8)
  }

  private func firstBlock(_ bytes: [UInt8]) throws -> (String, String) {
    let article = try PageReader().read(bytes)
    return (article.blocks.first?.text ?? "", article.encoding)
  }

  @Test func windows1252WithoutMetaKeepsSmartQuotesAndAccents() throws {
    // “café” – in windows-1252: 0x93 c a f 0xE9 0x94 space 0x96
    let (text, encoding) = try firstBlock(page(text: [0x93, 0x63, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96]))
    #expect(text.hasPrefix("“café” –"))
    #expect(encoding == "windows-1252")
  }

  @Test func iso88591DeclarationIsReadAsWindows1252() throws {
    let (text, encoding) = try firstBlock(
      page(meta: "<meta charset=\"iso-8859-1\">", text: [0x93, 0x63, 0x61, 0x66, 0xE9, 0x94]))
    #expect(text.hasPrefix("“café”"))
    #expect(encoding == "windows-1252")
  }

  @Test func utf8ByteOrderMark() throws {
    let (text, encoding) = try firstBlock([0xEF, 0xBB, 0xBF] + page(text: Array("naïve “quote”".utf8)))
    #expect(text.hasPrefix("naïve “quote”"))
    #expect(encoding == "UTF-8")
  }

  @Test func utf16LittleEndianWithBOM() throws {
    let html = String(decoding: page(text: Array("Zürich — ½".utf8)), as: UTF8.self)
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let (text, encoding) = try firstBlock(bytes)
    #expect(text.hasPrefix("Zürich — ½"))
    #expect(encoding == "UTF-16LE")
  }

  @Test func utf16BigEndianWithoutBOMIsDetected() throws {
    let html = String(decoding: page(text: Array("Zürich".utf8)), as: UTF8.self)
    var bytes: [UInt8] = []
    for unit in html.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let (text, encoding) = try firstBlock(bytes)
    #expect(text.hasPrefix("Zürich"))
    #expect(encoding == "UTF-16BE")
  }

  @Test func lyingMetaCharsetLosesToValidUTF8() throws {
    let (text, encoding) = try firstBlock(
      page(
        meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        text: Array("café “déjà vu”".utf8)))
    #expect(text.hasPrefix("café “déjà vu”"))
    #expect(encoding == "UTF-8")
  }

  @Test func shiftJISDeclared() throws {
    // 日本 in Shift_JIS
    let (text, encoding) = try firstBlock(
      page(meta: "<meta charset=\"Shift_JIS\">", text: [0x93, 0xFA, 0x96, 0x7B]))
    #expect(text.hasPrefix("日本"))
    #expect(encoding == "Shift_JIS")
  }

  @Test func gb2312Declared() throws {
    // 中文 in GB2312
    let (text, _) = try firstBlock(page(meta: "<meta charset=\"gb2312\">", text: [0xD6, 0xD0, 0xCE, 0xC4]))
    #expect(text.hasPrefix("中文"))
  }

  @Test func iso88592Declared() throws {
    // Łódź in ISO-8859-2: 0xA3 0xF3 0x64 0xBC
    let (text, encoding) = try firstBlock(
      page(meta: "<meta charset=\"ISO-8859-2\">", text: [0xA3, 0xF3, 0x64, 0xBC]))
    #expect(text.hasPrefix("Łódź"))
    #expect(encoding == "ISO-8859-2")
  }

  @Test func declaredEncodingThatFailsEarlyIsRetriedFromTheBytes() throws {
    // Bytes that are not GB18030 right at the start of the text: libxml2 would stop converting there.
    let text: [UInt8] = [0x80, 0x63, 0x61, 0x66, 0xE9] + Array(String(repeating: filler, count: 5).utf8)
    let (first, encoding) = try firstBlock(page(meta: "<meta charset=\"gb2312\">", text: text))
    #expect(first.contains("The court heard arguments"))
    #expect(encoding == "windows-1252")
  }

  @Test func unknownCharsetFallsBackToSniffing() throws {
    let (text, encoding) = try firstBlock(
      page(meta: "<meta charset=\"x-made-up\">", text: Array("café".utf8)))
    #expect(text.hasPrefix("café"))
    #expect(encoding == "UTF-8")
  }
}
