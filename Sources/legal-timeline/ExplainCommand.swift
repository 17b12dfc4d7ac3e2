import ArgumentParser

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "explain", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("'explain' is not implemented yet")
  }
}
