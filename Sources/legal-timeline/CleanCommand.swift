import ArgumentParser

struct CleanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "clean", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("'clean' is not implemented yet")
  }
}
