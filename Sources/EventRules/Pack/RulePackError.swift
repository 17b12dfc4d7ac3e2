/// Why a rule pack could not be loaded: the file, the place in it, the rule, and what is wrong.
public struct RulePackError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file (or other source name) the pack came from.
  public var file: String
  /// 1-based line and column of the offending text, when known.
  public var line: Int?
  public var column: Int?
  /// The id of the rule at fault, when the fault is inside one rule.
  public var ruleID: String?
  public var message: String

  public init(file: String, line: Int? = nil, column: Int? = nil, ruleID: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.ruleID = ruleID
    self.message = message
  }

  /// `rules.yaml:12:5: rule 'civil.sue': message`.
  public var description: String {
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    if let ruleID { return "\(place): rule '\(ruleID)': \(message)" }
    return "\(place): \(message)"
  }
}
