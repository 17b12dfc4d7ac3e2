/// A versioned set of event rules, loaded from a YAML (or JSON) file described by
/// `Schemas/rules.schema.json`.
public struct RulePack: Sendable {
  public let version: Int
  /// Where the pack came from (a file path, or `default.rules.yaml` for the built-in pack).
  public let source: String
  public let rules: [EventRule]

  /// Parses a pack's text. `source` names it in error messages.
  public static func parse(_ text: String, source: String) throws(RulePackError) -> RulePack {
    throw RulePackError(file: source, message: "rule packs are not implemented yet")
  }

  /// This pack extended by the rules of `other`; a rule id in both is an error.
  public func adding(_ other: RulePack) throws(RulePackError) -> RulePack {
    throw RulePackError(file: other.source, message: "rule packs are not implemented yet")
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

/// One rule: what it matches in a sentence and the event type it yields.
public struct EventRule: Sendable {
  public let id: String
  /// The taxonomy id of the events it yields.
  public let type: String
  public let description: String
}
