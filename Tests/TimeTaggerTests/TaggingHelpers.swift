import Testing

@testable import TimeTagger

/// Tags `text` as published on `dct` (YYYY-MM-DD).
func tag(_ text: String, dct: String = "2021-05-12", dayFirst: Bool = false) -> [TimeExpression] {
  TimeTagger(publicationDate: CalendarDay(iso: dct), dayFirst: dayFirst).expressions(in: text)
}

/// One row of a table-driven test: a sentence, the expression expected in it, and its values.
struct ExpectedTimex: Sendable, CustomTestStringConvertible {
  let sentence: String
  let dct: String
  let text: String
  let type: TimexType
  let value: String
  /// The resolved value, or nil when the expression must have none.
  let resolved: String?
  let resolution: TimeResolution?

  init(
    _ sentence: String, dct: String = "2021-05-12", _ text: String, _ type: TimexType, _ value: String,
    resolved: String? = nil, _ resolution: TimeResolution? = nil
  ) {
    self.sentence = sentence
    self.dct = dct
    self.text = text
    self.type = type
    self.value = value
    self.resolved = resolved
    self.resolution = resolution
  }

  var testDescription: String { "\(text) in \"\(sentence)\" (\(dct))" }
}
