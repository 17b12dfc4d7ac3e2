import EventRules
import Testing

/// A rule's description shows the rule at work: the quoted examples in its parentheses ("…", "…") are whole
/// news sentences, and each one makes that very rule fire. Rule authors learn a rule from its examples, so an
/// example that matches nothing, or that another rule outranks, teaches the wrong thing; these tests keep the
/// examples true to the matcher as triggers, vetoes and priorities change.
struct RuleDescriptionExampleTests {
  /// The examples of a description: the text between straight double quotes that stand inside parentheses.
  /// Quoted words outside parentheses ("is still on" is a state) are not examples.
  static func examples(in description: String) -> [String] {
    var examples: [String] = []
    var depth = 0
    var quote: String?
    for character in description {
      if var open = quote {
        if character == "\"" {
          if depth > 0 { examples.append(open) }
          quote = nil
        } else {
          open.append(character)
          quote = open
        }
      } else if character == "\"" {
        quote = ""
      } else if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      }
    }
    return examples
  }

  /// Every example of the built-in pack, with the id of the rule it belongs to.
  static let ruleExamples: [(String, String)] = RulePack.builtIn.rules.flatMap { rule in
    examples(in: rule.description).map { (rule.id, $0) }
  }

  @Test func everyRuleHasAnExample() {
    for rule in RulePack.builtIn.rules {
      #expect(
        !Self.examples(in: rule.description).isEmpty, "\(rule.id) has no quoted example in its description")
    }
  }

  @Test(arguments: ruleExamples)
  func everyDescriptionExampleFiresItsRule(rule: String, example: String) {
    let explanations = ArticleFixture(example).tagged().explain()
    let fired = explanations.flatMap(\.matches).map(\.rule)
    let cancelled = explanations.flatMap(\.vetoed).filter { $0.rule == rule }.map(\.reason)
    #expect(
      fired.contains(rule),
      "\(rule): its example \"\(example)\" does not fire it (fired: \(fired); \(rule) cancelled: \(cancelled))"
    )
  }

  @Test func examplesAreReadAndQuotesOutsideParenthesesAreNot() {
    let description =
      #"A party is listed ("He was listed on Monday.", "It was added."); "is still on" is a state."#
    #expect(Self.examples(in: description) == ["He was listed on Monday.", "It was added."])
    #expect(Self.examples(in: "A trial opens (where the plea is entered).").isEmpty)
  }
}
