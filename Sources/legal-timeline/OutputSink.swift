import ArgumentParser
import Foundation

/// Where a command writes its output: standard output or a file, buffered.
final class OutputSink {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  init(path: String?) throws {
    guard let path, path != "-" else {
      handle = FileHandle.standardOutput
      return
    }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw ValidationError("\(path): cannot be written")
    }
    self.handle = handle
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { try? flush() }
}
