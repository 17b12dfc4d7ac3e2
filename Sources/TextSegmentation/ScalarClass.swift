extension Unicode.Scalar {
  /// The character classes the segmenters ask about, answered for ASCII without a Unicode property look-up
  /// (most news text is ASCII, and the look-ups dominated segmentation); other scalars ask Unicode.
  @inline(__always) var isSpaceLike: Bool {
    value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
  }

  @inline(__always) var isLetterLike: Bool {
    value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : properties.isAlphabetic
  }

  @inline(__always) var isDigitLike: Bool {
    value < 0x80 ? value >= 0x30 && value <= 0x39 : properties.numericType != nil
  }

  @inline(__always) var isUppercaseLike: Bool {
    value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase
  }

  @inline(__always) var isLowercaseLike: Bool {
    value < 0x80 ? value >= 0x61 && value <= 0x7A : properties.isLowercase
  }
}
