import Testing

@testable import LegalTimeline

@Suite struct JSONValueTests {
  @Test func objectsKeepTheirKeyOrder() {
    let value = JSONValue.object([("zeta", .int(1)), ("alpha", .null), ("mid", .string("x/y"))])
    #expect(value.serialized() == #"{"zeta":1,"alpha":null,"mid":"x/y"}"#)
  }

  @Test func stringsAreEscapedForJSON() {
    let value = JSONValue.string("a \"quote\"\n\\ \u{01} “curly”")
    #expect(value.serialized() == #""a \"quote\"\n\\ \u0001 “curly”""#)
  }

  @Test func prettyOutputIndentsByTwoSpacesAndKeepsShortFlatValuesOnOneLine() {
    let value = JSONValue.object([
      ("a", .array([.int(1), .bool(true)])), ("b", .object([])),
      ("c", .array([.object([("role", .string("judge")), ("name", .string(#"say ":""#))])])),
    ])
    let expected = #"""
      {
        "a": [1, true],
        "b": {},
        "c": [
          {"role": "judge", "name": "say \":\""}
        ]
      }
      """#
    #expect(value.serialized(pretty: true) == expected)
  }

  @Test func prettyOutputBreaksLongFlatValues() {
    let value = JSONValue.array((0..<30).map { .string("item \($0)") })
    #expect(value.serialized(pretty: true).split(separator: "\n").count == 32)
  }
}
