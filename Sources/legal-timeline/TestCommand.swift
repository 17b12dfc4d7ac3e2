import ArgumentParser

struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "test", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("'test' is not implemented yet")
  }
}
