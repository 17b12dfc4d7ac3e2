import Foundation

/// A versioned set of event rules, loaded from a YAML (or JSON) file described by
/// `Schemas/rules.schema.json`.
public struct RulePack: Sendable {
  public let version: Int
  /// Where the pack came from (a file path, or `default.rules.yaml` for the built-in pack).
  public let source: String
  public let rules: [EventRule]

  init(version: Int, source: String, rules: [EventRule]) {
    self.version = version
    self.source = source
    self.rules = rules
  }

  /// Parses a pack's text. `source` names it in error messages.
  public static func parse(_ text: String, source: String) throws(RulePackError) -> RulePack {
    try RulePackLoader(text: text, source: source).load()
  }

  /// Reads and parses the pack at `path` (what `--rules FILE` and `--add-rules FILE` name).
  public static func load(path: String) throws(RulePackError) -> RulePack {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw RulePackError(file: path, message: "cannot read the rule pack: \(error.localizedDescription)")
    }
    return try parse(text, source: path)
  }

  /// This pack extended with the rules of `other` (`--add-rules FILE`). A rule id both packs use is an
  /// error: extending never silently replaces a rule.
  public func adding(_ other: RulePack) throws(RulePackError) -> RulePack {
    let ids = Set(rules.map(\.id))
    if let clash = other.rules.first(where: { ids.contains($0.id) }) {
      throw RulePackError(
        file: other.source, ruleID: clash.id, message: "rule id already defined in \(source)")
    }
    return RulePack(version: version, source: "\(source) + \(other.source)", rules: rules + other.rules)
  }

  /// The pack built into the program.
  public static let builtIn: RulePack = {
    do {
      return try parse(embeddedDefaultRulePackYAML, source: embeddedDefaultRulePackName)
    } catch {
      // The built-in pack is checked by the tests; a broken one is a build defect, not a user error.
      preconditionFailure("the built-in rule pack does not load: \(error)")
    }
  }()
}
