import ArgumentParser
import Foundation

/// The inputs of a command, from its arguments: files, folders searched recursively for pages, `-`
/// for standard input, and paths listed in a file.
struct InputList {
  let files: [InputFile]
  /// True when the user named exactly one file (or standard input) rather than a batch.
  let isSingle: Bool

  init(arguments: [String], pathsFrom: String? = nil) throws {
    var files: [InputFile] = []
    var sawFolder = false
    for argument in arguments.isEmpty && pathsFrom == nil ? ["-"] : arguments {
      var isDirectory: ObjCBool = false
      if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
        isDirectory.boolValue
      {
        sawFolder = true
        files.append(contentsOf: Self.pages(under: argument).map(InputFile.init(path:)))
      } else {
        files.append(InputFile(path: argument))
      }
    }
    if let pathsFrom {
      let text: String
      if pathsFrom == "-" {
        text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      } else {
        guard let data = FileManager.default.contents(atPath: pathsFrom) else {
          throw ValidationError("\(pathsFrom): cannot read the list of paths")
        }
        text = String(decoding: data, as: UTF8.self)
      }
      let paths = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      files.append(contentsOf: paths.filter { !$0.isEmpty }.map(InputFile.init(path:)))
    }
    self.files = files
    self.isSingle = files.count == 1 && !sawFolder && pathsFrom == nil
  }

  /// The .html and .htm files under a folder, sorted by path.
  static func pages(under folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var paths: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let lower = relative.lowercased()
      if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
        paths.append((folder as NSString).appendingPathComponent(relative))
      }
    }
    return paths.sorted()
  }
}
