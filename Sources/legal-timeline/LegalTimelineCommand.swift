import ArgumentParser

@main
struct LegalTimelineCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "legal-timeline",
    abstract: "Turns saved news pages into JSON timelines of dated legal events.",
    subcommands: [
      ExtractCommand.self, CleanCommand.self, TimesCommand.self, ExplainCommand.self, TestCommand.self,
    ],
    defaultSubcommand: nil
  )
}
