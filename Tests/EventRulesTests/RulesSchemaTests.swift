import EventRules
import Foundation
import Testing

/// `Schemas/rules.schema.json` names the same event types, roles and statuses as the loader accepts.
struct RulesSchemaTests {
  static let schemaURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Schemas/rules.schema.json")

  func ruleProperties() throws -> [String: Any] {
    let data = try Data(contentsOf: Self.schemaURL)
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let defs = try #require(schema["$defs"] as? [String: Any])
    let rule = try #require(defs["rule"] as? [String: Any])
    return try #require(rule["properties"] as? [String: Any])
  }

  @Test func schemaListsTheTaxonomyRolesAndStatuses() throws {
    let properties = try ruleProperties()
    let types = (properties["type"] as? [String: Any])?["enum"] as? [String]
    #expect(types == Taxonomy.types)
    let roles = ((properties["roles"] as? [String: Any])?["items"] as? [String: Any])?["enum"] as? [String]
    #expect(roles == Taxonomy.roles)
    let statuses = (properties["status"] as? [String: Any])?["enum"] as? [String]
    #expect(statuses == EventStatus.allCases.map(\.rawValue))
  }
}
