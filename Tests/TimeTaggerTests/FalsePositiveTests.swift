import Testing

@testable import TimeTagger

/// Words that look like time expressions but are not.
@Suite struct FalsePositiveTests {
  static let sentences: [String] = [
    "Thousands of protesters march through the capital.",
    "May appeal the ruling, the lawyer said.",
    "The company may appeal the decision.",
    "Section 230 protects online platforms.",
    "He was charged under the Environmental Permitting (England and Wales) Regulations 2016.",
    "The firm broke the Consumer Protection Code 2012.",
    "The fine was $2,021 in total.",
    "The Xiaomi 11 went on sale.",
    "Call 555-201-2021 for details.",
    "The 9th Circuit heard the appeal.",
    "Fall risks rise with age, the study found.",
    "The board took a second look at the deal.",
    "After the verdict, the lawyers called it a day.",
    "The 52-year-old executive resigned.",
    "He paid $2 million a year in fees.",
    "The firm employs 2000 workers.",
    "It was the last day of the trial.",
    "The now-infamous memo leaked.",
    "The clip runs 3:45 and won 2:1.",
    "Plans for a future version were shelved.",
  ]

  @Test("tags nothing in", arguments: sentences)
  func tagsNothing(_ sentence: String) {
    let found = tag(sentence)
    #expect(found.isEmpty, "tagged \(found.map(\.text))")
  }
}
