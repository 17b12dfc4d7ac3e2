import ArgumentParser

struct TimesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "times", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("'times' is not implemented yet")
  }
}
