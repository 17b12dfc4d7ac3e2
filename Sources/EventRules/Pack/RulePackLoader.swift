import Yams

/// Reads a rule pack's YAML (or JSON) text into rules, checking every field and reporting the first fault
/// with its line and column.
struct RulePackLoader {
  let text: String
  let source: String

  private static let packKeys: Set<String> = ["version", "description", "rules"]
  private static let ruleKeys: Set<String> = [
    "id", "type", "description", "triggers", "near", "vetoes", "retells", "window", "roles", "status",
    "priority",
  ]
  static let supportedVersion = 1

  func load() throws(RulePackError) -> RulePack {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else { throw fault(nil, "the pack is empty") }
      root = node
    } catch let error as RulePackError {
      throw error
    } catch let error as YamlError {
      throw syntaxFault(error)
    } catch {
      throw fault(nil, "cannot read YAML: \(error)")
    }
    guard let mapping = root.mapping else {
      throw fault(root, "a pack is a mapping with 'version' and 'rules'")
    }
    try checkKeys(mapping, allowed: Self.packKeys, what: "pack", ruleID: nil)
    guard let versionNode = mapping["version"] else { throw fault(root, "missing 'version'") }
    let version = try integer(versionNode, field: "version", ruleID: nil)
    guard version == Self.supportedVersion else {
      throw fault(
        versionNode, "unsupported version \(version) (this program reads version \(Self.supportedVersion))")
    }
    if let description = mapping["description"] {
      _ = try string(description, field: "description", ruleID: nil)
    }
    guard let rulesNode = mapping["rules"] else { throw fault(root, "missing 'rules'") }
    guard let ruleNodes = rulesNode.sequence else {
      throw fault(rulesNode, "'rules' must be a list of rules")
    }
    var rules: [EventRule] = []
    var seen: [String: Node] = [:]
    for ruleNode in ruleNodes {
      let rule = try self.rule(ruleNode)
      if let first = seen[rule.id] {
        let place = first.mark.map { " (first at line \($0.line))" } ?? ""
        throw fault(ruleNode, "duplicate rule id\(place)", ruleID: rule.id)
      }
      seen[rule.id] = ruleNode
      rules.append(rule)
    }
    return RulePack(version: version, source: source, rules: rules)
  }

  private func rule(_ node: Node) throws(RulePackError) -> EventRule {
    guard let mapping = node.mapping else { throw fault(node, "a rule is a mapping with 'id', 'type', ...") }
    let idNode = mapping["id"]
    let id = try idNode.map { (n) throws(RulePackError) in try string(n, field: "id", ruleID: nil) }
    guard let id, !id.isEmpty else { throw fault(node, "a rule needs an 'id'") }
    try checkKeys(mapping, allowed: Self.ruleKeys, what: "rule", ruleID: id)
    guard let typeNode = mapping["type"] else { throw fault(node, "missing 'type'", ruleID: id) }
    let type = try string(typeNode, field: "type", ruleID: id)
    guard Taxonomy.types.contains(type) else {
      throw fault(
        typeNode, "unknown event type '\(type)' (see the taxonomy in Schemas/rules.schema.json)", ruleID: id)
    }
    guard let descriptionNode = mapping["description"] else {
      throw fault(node, "missing 'description'", ruleID: id)
    }
    let description = try string(descriptionNode, field: "description", ruleID: id)
    guard let triggersNode = mapping["triggers"] else { throw fault(node, "missing 'triggers'", ruleID: id) }
    let roleSet = Set(Taxonomy.roles)
    let triggers = try patterns(triggersNode, field: "triggers", ruleID: id, roles: roleSet)
    guard !triggers.isEmpty else {
      throw fault(triggersNode, "'triggers' needs at least one phrase", ruleID: id)
    }
    let near = try mapping["near"].map { (n) throws(RulePackError) in
      try patterns(n, field: "near", ruleID: id, roles: [])
    }
    let vetoes = try mapping["vetoes"].map { (n) throws(RulePackError) in
      try patterns(n, field: "vetoes", ruleID: id, roles: [])
    }
    let retells = try mapping["retells"].map { (n) throws(RulePackError) in
      try patterns(n, field: "retells", ruleID: id, roles: [])
    }
    var window = 6
    if let windowNode = mapping["window"] {
      window = try integer(windowNode, field: "window", ruleID: id)
      guard (1...30).contains(window) else {
        throw fault(windowNode, "'window' must be 1...30 words", ruleID: id)
      }
    }
    var roles: [String] = []
    if let rolesNode = mapping["roles"] {
      for (roleNode, role) in try strings(rolesNode, field: "roles", ruleID: id) where !roleSet.contains(role)
      {
        throw fault(roleNode, "unknown role '\(role)'", ruleID: id)
      }
      roles = try strings(rolesNode, field: "roles", ruleID: id).map(\.1)
    }
    var status = EventStatus.actual
    if let statusNode = mapping["status"] {
      let text = try string(statusNode, field: "status", ruleID: id)
      guard let value = EventStatus(rawValue: text) else {
        let known = EventStatus.allCases.map(\.rawValue).joined(separator: ", ")
        throw fault(statusNode, "unknown status '\(text)' (one of \(known))", ruleID: id)
      }
      status = value
    }
    let priority = try mapping["priority"].map { (n) throws(RulePackError) in
      try integer(n, field: "priority", ruleID: id)
    }
    return EventRule(
      id: id, type: type, description: description, triggers: triggers, near: near ?? [],
      vetoes: vetoes ?? [], retells: retells ?? [],
      window: window, roles: roles, status: status, priority: priority ?? 0)
  }

  private func patterns(
    _ node: Node, field: String, ruleID: String, roles: Set<String>
  ) throws(RulePackError) -> [TriggerPattern] {
    var result: [TriggerPattern] = []
    for (itemNode, text) in try strings(node, field: field, ruleID: ruleID) {
      do {
        result.append(try TriggerPattern(text, roles: roles))
      } catch {
        throw fault(itemNode, "bad pattern '\(text)' in '\(field)': \(error.message)", ruleID: ruleID)
      }
    }
    return result
  }

  private func checkKeys(
    _ mapping: Node.Mapping, allowed: Set<String>, what: String, ruleID: String?
  ) throws(RulePackError) {
    for (key, _) in mapping {
      guard let name = key.scalar?.string, allowed.contains(name) else {
        let name = key.scalar?.string ?? "?"
        let known = allowed.sorted().joined(separator: ", ")
        throw fault(key, "unknown field '\(name)' in a \(what) (known: \(known))", ruleID: ruleID)
      }
    }
  }

  private func string(_ node: Node, field: String, ruleID: String?) throws(RulePackError) -> String {
    guard let scalar = node.scalar, isPlainText(node) else {
      throw fault(node, "'\(field)' must be a string", ruleID: ruleID)
    }
    return scalar.string
  }

  /// A plain scalar resolves to `str` unless it reads as a number, boolean or null.
  private func isPlainText(_ node: Node) -> Bool {
    guard let scalar = node.scalar else { return false }
    if scalar.style != .plain { return true }
    return Int(scalar.string) == nil && Double(scalar.string) == nil
      && !["true", "false", "null", "~", "yes", "no", ""].contains(scalar.string.lowercased())
  }

  private func integer(_ node: Node, field: String, ruleID: String?) throws(RulePackError) -> Int {
    guard let scalar = node.scalar, scalar.style == .plain, let value = Int(scalar.string) else {
      throw fault(node, "'\(field)' must be an integer", ruleID: ruleID)
    }
    return value
  }

  private func strings(_ node: Node, field: String, ruleID: String?) throws(RulePackError) -> [(Node, String)]
  {
    guard let items = node.sequence else {
      throw fault(node, "'\(field)' must be a list of strings", ruleID: ruleID)
    }
    var result: [(Node, String)] = []
    for item in items {
      result.append((item, try string(item, field: field, ruleID: ruleID)))
    }
    return result
  }

  private func fault(_ node: Node?, _ message: String, ruleID: String? = nil) -> RulePackError {
    RulePackError(
      file: source, line: node?.mark?.line, column: node?.mark?.column, ruleID: ruleID, message: message)
  }

  private func syntaxFault(_ error: YamlError) -> RulePackError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) (\($0.text))" } ?? problem
      return RulePackError(
        file: source, line: mark.line, column: mark.column, message: "YAML syntax error: \(detail)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return RulePackError(
        file: source, line: context.mark.line, column: context.mark.column,
        message: "duplicate keys: \(duplicates.joined(separator: ", "))")
    default:
      return RulePackError(file: source, message: "YAML error: \(error)")
    }
  }
}
