import ArgumentParser
import EventRules
import Foundation

/// The `--rules` and `--add-rules` options shared by the commands that extract events.
struct RuleOptions: ParsableArguments {
  @Option(name: .customLong("rules"), help: "A rule pack (YAML or JSON) to use instead of the built-in one.")
  var rulesFile: String?

  @Option(
    name: .customLong("add-rules"), help: "A rule pack whose rules extend the chosen pack (repeatable).")
  var addedRuleFiles: [String] = []

  /// The pack these options name; a file that cannot be read or parsed is a usage error (exit 2).
  func pack() throws -> RulePack {
    var pack = try rulesFile.map(Self.load) ?? RulePack.builtIn
    for file in addedRuleFiles {
      let added = try Self.load(file)
      let base = pack
      pack = try Self.check { () throws(RulePackError) in try base.adding(added) }
    }
    return pack
  }

  private static func load(_ path: String) throws -> RulePack {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ValidationError("\(path): cannot read the rule pack")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw ValidationError("\(path): the rule pack is not UTF-8 text")
    }
    return try check { () throws(RulePackError) in try RulePack.parse(text, source: path) }
  }

  private static func check<T>(_ body: () throws(RulePackError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw ValidationError(error.description)
    }
  }
}
