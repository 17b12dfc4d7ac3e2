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

  @Test func prettyOutputIndentsByTwoSpaces() {
    let value = JSONValue.object([
      ("a", .array([.int(1), .bool(true)])), ("b", .object([])), ("c", .array([])),
    ])
    #expect(
      value.serialized(pretty: true) == "{\n  \"a\": [\n    1,\n    true\n  ],\n  \"b\": {},\n  \"c\": []\n}")
  }
}
