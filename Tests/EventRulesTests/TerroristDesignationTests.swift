import EventRules
import Testing

/// Naming a group a terrorist organization is a designation even without "as"; a group merely described as
/// violent is none.
struct TerroristDesignationTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test func designatingAGroupATerroristOrganizationIsADesignation() {
    #expect(
      types("The State Department designated the cartel a foreign terrorist organization in 2025.").contains(
        "regulatory.designation"))
  }

  @Test func callingAGroupViolentIsNoDesignation() {
    #expect(types("Residents described the gang as a violent group that terrorized the valley.").isEmpty)
  }
}
