import ArgumentParser
import Foundation

/// One input of a command: a file path, or `-` for standard input.
struct InputFile: Sendable {
  /// The path as the user gave it, or `-` for standard input.
  let path: String

  /// How error messages name this input.
  var displayName: String { path == "-" ? "<stdin>" : path }

  /// Reads the whole input, refusing anything over `limit` bytes.
  func read(limit: Int = 64 << 20) throws -> [UInt8] {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return [UInt8](data)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(input: displayName, message: "no such file")
    }
    if isDirectory.boolValue { throw InputError(input: displayName, message: "is a folder, not a file") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputError(input: displayName, message: "cannot be opened for reading")
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.read(upToCount: limit + 1) ?? Data())
    } catch {
      throw InputError(input: displayName, message: "cannot be read: \(error.localizedDescription)")
    }
  }
}

/// An input that could not be read; the message names the input. Exits with code 2.
struct InputError: Error, CustomStringConvertible {
  let input: String
  let message: String
  var description: String { "\(input): \(message)" }
}
