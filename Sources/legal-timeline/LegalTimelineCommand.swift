import ArgumentParser
import LegalTimeline

@main
struct LegalTimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "legal-timeline",
    abstract: "Turns saved news pages into JSON timelines of dated legal events."
  )
}
