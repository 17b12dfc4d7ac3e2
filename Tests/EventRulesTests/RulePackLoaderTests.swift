import Testing

@testable import EventRules

/// Loading packs: the built-in pack, combining packs, and every kind of malformed pack with its place.
struct RulePackLoaderTests {
  static let goodRule = """
    version: 1
    rules:
      - id: test.sue
        type: civil.complaint_filed
        description: A party sues.
        triggers: ["{plaintiff?} sue {defendant?}"]
    """

  func failure(_ yaml: String) -> RulePackError? {
    do {
      _ = try RulePack.parse(yaml, source: "bad.yaml")
      return nil
    } catch {
      return error
    }
  }

  @Test func builtInPackLoadsAndCoversEveryTaxonomyType() {
    let pack = RulePack.builtIn
    #expect(pack.version == 1)
    let types = Set(pack.rules.map(\.type))
    for type in Taxonomy.types {
      #expect(types.contains(type), "no rule yields \(type)")
    }
    #expect(pack.rules.allSatisfy { !$0.description.isEmpty && !$0.triggers.isEmpty })
  }

  @Test func aValidPackParsesWithItsFields() throws {
    let pack = try RulePack.parse(Self.goodRule, source: "good.yaml")
    #expect(pack.rules.map(\.id) == ["test.sue"])
    #expect(pack.rules.first?.status == .actual)
    #expect(pack.rules.first?.window == 6)
    #expect(pack.source == "good.yaml")
  }

  @Test func jsonIsAcceptedAsYAML() throws {
    let json = """
      {"version": 1, "rules": [{"id": "j.fine", "type": "regulatory.penalty", "description": "A fine.",
        "triggers": ["fined"], "vetoes": ["fine day"], "status": "actual", "priority": 1}]}
      """
    let pack = try RulePack.parse(json, source: "pack.json")
    #expect(pack.rules.first?.vetoes == ["fine day"])
    #expect(pack.rules.first?.priority == 1)
  }

  @Test func retoldPhrasesParseAndABadOneIsReportedWithItsRule() throws {
    let pack = try RulePack.parse(
      Self.goodRule + "\n    retells: [\"lawsuit\", \"complaint|suit\"]\n", source: "good.yaml")
    #expect(pack.rules.first?.retells == ["lawsuit", "complaint|suit"])
    let error = failure(Self.goodRule + "\n    retells: [\"{plaintiff} sued\"]\n")
    #expect(error?.ruleID == "test.sue")
    #expect(error?.line == 7)
    #expect(error?.message.contains("in 'retells'") == true)
    #expect(failure(Self.goodRule + "\n    retells: lawsuit\n")?.message.contains("must be a list") == true)
  }

  @Test func yamlSyntaxErrorGivesLineAndColumn() {
    let error = failure("version: 1\nrules:\n  - id: [unclosed\n")
    #expect(error?.line != nil && error?.column != nil)
    #expect(error?.description.hasPrefix("bad.yaml:") == true)
    #expect(error?.message.contains("YAML syntax error") == true)
  }

  @Test func unknownFieldIsReportedAtItsKey() {
    let yaml = Self.goodRule + "\n    trigger: [oops]\n"
    let error = failure(yaml)
    #expect(error?.line == 7)
    #expect(error?.column == 5)
    #expect(error?.ruleID == "test.sue")
    #expect(error?.message.contains("unknown field 'trigger'") == true)
    #expect(error?.description.hasPrefix("bad.yaml:7:5: rule 'test.sue': unknown field") == true)
  }

  @Test func unknownTopLevelFieldIsReported() {
    let error = failure("version: 1\nrulez: []\n")
    #expect(error?.line == 2)
    #expect(error?.message.contains("unknown field 'rulez'") == true)
  }

  @Test func wrongTypeIsReported() {
    let yaml = Self.goodRule + "\n    window: many\n"
    let error = failure(yaml)
    #expect(error?.line == 7)
    #expect(error?.column == 13)
    #expect(error?.message == "'window' must be an integer")
    let listError = failure(
      Self.goodRule.replacingOccurrences(of: "[\"{plaintiff?} sue {defendant?}\"]", with: "sue"))
    #expect(listError?.message.contains("must be a list") == true)
    #expect(listError?.line == 6)
  }

  @Test func duplicateIDIsReportedAtTheSecondRule() {
    let yaml =
      Self.goodRule + "\n" + Self.goodRule.split(separator: "\n").dropFirst(2).joined(separator: "\n")
    let error = failure(yaml)
    #expect(error?.line == 7)
    #expect(error?.ruleID == "test.sue")
    #expect(error?.message.contains("duplicate rule id (first at line 3)") == true)
  }

  @Test func unknownEventTypeIsReportedAtTheType() {
    let error = failure(
      Self.goodRule.replacingOccurrences(of: "civil.complaint_filed", with: "civil.lawsuit"))
    #expect(error?.line == 4)
    #expect(error?.column == 11)
    #expect(error?.message.contains("unknown event type 'civil.lawsuit'") == true)
  }

  @Test(arguments: [
    ("{plaintif} sue", "unknown slot '{plaintif}'"),
    ("file {0-20} lawsuit", "wider than 8 words"),
    ("file {3-1} lawsuit", "MIN <= MAX"),
    ("{plaintiff}", "at least one required word"),
    ("sue (again)", "a character patterns do not use"),
    ("{0-2} sue", "cannot start with a gap"),
    ("sue {plaintiff} {defendant}", "two slots in a row"),
    ("!sue lawsuit", "cannot start with a negated word"),
    ("sue !lawsuit?", "both negated (!) and optional (?)"),
    ("take court action|legal action", "alternatives are one word each"),
    ("issued a stop work|stop-work order", "puts 'stop-work' after 'stop'"),
    ("Circuit|Circ. =upheld", "'Circ.' never matches"),
    ("v. {0-4} , =filed", "'v.' never matches"),
  ])
  func badPatternIsReportedWithItsRule(pattern: String, problem: String) {
    let error = failure(
      Self.goodRule.replacingOccurrences(of: "{plaintiff?} sue {defendant?}", with: pattern))
    #expect(error?.line == 6)
    #expect(error?.ruleID == "test.sue")
    #expect(error?.message.contains(problem) == true, "\(String(describing: error))")
  }

  @Test func aPeriodBetweenSingleLettersOrDigitsIsPartOfAWord() {
    #expect(TriggerPattern.canBeAToken("U.S."))
    #expect(TriggerPattern.canBeAToken("F.I.R."))
    #expect(TriggerPattern.canBeAToken("d.c"))
    #expect(TriggerPattern.canBeAToken("1.5"))
    #expect(!TriggerPattern.canBeAToken("Inc."))
    #expect(!TriggerPattern.canBeAToken("Circ."))
    #expect(!TriggerPattern.canBeAToken("v."))
  }

  @Test func unknownStatusAndRoleAreReported() {
    let status = failure(Self.goodRule + "\n    status: maybe\n")
    #expect(status?.message.contains("unknown status 'maybe'") == true)
    let role = failure(Self.goodRule + "\n    roles: [court, lawyer]\n")
    #expect(role?.message.contains("unknown role 'lawyer'") == true)
    #expect(role?.column == 20)
  }

  @Test func missingFieldsAndVersionAreReported() {
    #expect(failure("rules: []\n")?.message == "missing 'version'")
    #expect(failure("version: 2\nrules: []\n")?.message.contains("unsupported version 2") == true)
    let noTriggers = failure("version: 1\nrules:\n  - id: x\n    type: civil.hearing\n    description: d\n")
    #expect(noTriggers?.message == "missing 'triggers'")
    #expect(noTriggers?.line == 3)
  }

  @Test func addingPacksExtendsAndRejectsDuplicateIDs() throws {
    let extra = try RulePack.parse(
      Self.goodRule.replacingOccurrences(of: "test.sue", with: "extra.sue"), source: "extra.yaml")
    let combined = try RulePack.builtIn.adding(extra)
    #expect(combined.rules.count == RulePack.builtIn.rules.count + 1)
    let clash = try RulePack.parse(
      Self.goodRule.replacingOccurrences(of: "test.sue", with: "civil.sue"), source: "clash.yaml")
    #expect(throws: RulePackError.self) { try RulePack.builtIn.adding(clash) }
  }

  @Test func loadReportsAnUnreadableFile() {
    #expect(throws: RulePackError.self) { try RulePack.load(path: "/nonexistent/rules.yaml") }
  }
}
