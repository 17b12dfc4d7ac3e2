/// Recognises inputs that are not HTML or text at all, so they fail with a clear reason instead of being
/// parsed into noise.
enum InputSniffer {
  /// What the bytes look like when they are plainly not a page (`"a PNG image"`), or nil.
  static func nonHTMLKind(_ bytes: [UInt8]) -> String? {
    let signatures: [([UInt8], String)] = [
      ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
      ([0xFF, 0xD8, 0xFF], "a JPEG image"),
      ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
      ([0x1F, 0x8B], "gzip-compressed data"),
      ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
      ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
      ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
      ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
      ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
      ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
      ([0x00, 0x00, 0x01, 0x00], "an icon image"),
      ([0x4F, 0x67, 0x67, 0x53], "an Ogg media file"),
      ([0x49, 0x44, 0x33], "an MP3 audio file"),
      ([0x77, 0x4F, 0x46], "a web font"),
    ]
    for (magic, kind) in signatures where bytes.starts(with: magic) { return kind }
    if bytes.count >= 12, bytes.starts(with: [0x52, 0x49, 0x46, 0x46]) {
      return "a RIFF media file (WebP, WAV, AVI)"
    }
    if bytes.count >= 12, bytes[4...7].elementsEqual([0x66, 0x74, 0x79, 0x70]) {
      return "an MP4/QuickTime media file"
    }
    if EncodingSniffer.utf16WithoutBOM(bytes) != nil || bytes.starts(with: [0xFF, 0xFE])
      || bytes.starts(with: [0xFE, 0xFF])
    {
      return nil
    }
    // Text has almost no control bytes; binary data has many.
    let sample = bytes.prefix(4096)
    var control = 0
    for byte in sample
    where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
      && byte != 0x1B
    {
      control += 1
    }
    if control * 20 > sample.count {
      return "binary data (\(control) control bytes in the first \(sample.count))"
    }
    return nil
  }
}
