/// Cuts pieces out of a text by Unicode-scalar offsets, best in increasing order, copying UTF-8 bytes instead of
/// re-encoding scalars one by one: the segmenters' offsets are in scalars, their pieces are strings.
public struct ScalarSlicer: Sendable {
  /// The text's UTF-8 bytes.
  public let utf8: [UInt8]
  /// The last offset asked for, in scalars and in bytes: later requests walk on from it.
  private var scalar = 0
  private var byte = 0

  public init(_ text: String) {
    utf8 = Array(text.utf8)
  }

  /// The text between scalar offsets `range`; offsets must not go back before the last request's start.
  public mutating func text(_ range: Range<Int>) -> String {
    let lo = byteOffset(range.lowerBound)
    let (savedScalar, savedByte) = (scalar, byte)
    let hi = byteOffset(range.upperBound)
    (scalar, byte) = (savedScalar, savedByte)
    return utf8.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self)
    }
  }

  /// Where scalar offset `target` starts in `utf8`; cheapest when offsets are asked in increasing order.
  public mutating func byteOffset(_ target: Int) -> Int {
    if target < scalar { (scalar, byte) = (0, 0) }
    while scalar < target, byte < utf8.count {
      byte += 1
      while byte < utf8.count, utf8[byte] & 0xC0 == 0x80 { byte += 1 }
      scalar += 1
    }
    return byte
  }
}

extension String {
  /// A string of the given scalars, encoded straight to UTF-8: appending scalars to a
  /// `String.UnicodeScalarView` one by one costs thousands of instructions for a short word. Inlinable, so
  /// that callers in other modules get a copy specialized to their sequence rather than generic dispatch.
  @inlinable
  public init<S: Sequence<Unicode.Scalar>>(scalars: S) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    self = String(decoding: bytes, as: UTF8.self)
  }
}
