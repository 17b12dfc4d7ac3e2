import Testing

@testable import LegalTimeline

@Suite struct SampleComparisonTests {
  func event(
    _ id: String, _ type: String, date: String?, status: String = "actual",
    participants: [TimelineParticipant] = [], evidence: String = "It happened.", start: Int = 0
  ) -> TimelineEvent {
    TimelineEvent(
      id: id, type: type, status: status, background: false,
      date: date.map {
        TimelineDate(value: $0, text: nil, resolution: "absolute", earliest: nil, latest: nil)
      },
      after: [], before: [], participants: participants, quotes: [],
      evidence: [TimelineEvidence(text: evidence, start: start, end: start + 10)], rule: "rule.a",
      caseKey: nil)
  }

  func timeline(_ events: [TimelineEvent]) -> Timeline {
    Timeline(
      source: TimelineSource(
        file: "x.html", url: nil, title: nil, site: nil, author: nil, language: nil, encoding: "UTF-8",
        publicationDate: nil),
      events: events)
  }

  @Test func idsOffsetsAndOrderOfEqualDatesDoNotCount() {
    let expected = timeline([
      event("e1", "civil.ruling", date: "2021-03"), event("e2", "civil.settlement", date: "2021-03"),
    ])
    let actual = timeline([
      event("e1", "civil.settlement", date: "2021-03", start: 40),
      event("e2", "civil.ruling", date: "2021-03", start: 7),
    ])
    #expect(SampleComparison(expected: expected, actual: actual).passed)
  }

  @Test func aDifferentDateIsAChangeOfThatField() {
    let comparison = SampleComparison(
      expected: timeline([event("e1", "civil.ruling", date: "2021-03")]),
      actual: timeline([event("e1", "civil.ruling", date: "2021-05")]))
    guard case .changed(_, _, let changes) = comparison.differences.first else {
      Issue.record("expected a change, got \(comparison.differences)")
      return
    }
    #expect(changes == [FieldChange(field: "date", expected: "2021-03", actual: "2021-05")])
    #expect(comparison.typeAndDateMatches.isEmpty)
  }

  @Test func missingAndUnexpectedEventsAreReported() {
    let comparison = SampleComparison(
      expected: timeline([event("e1", "civil.ruling", date: "2021-03")]),
      actual: timeline([event("e1", "regulatory.designation", date: "2021-03")]))
    #expect(comparison.differences.count == 2)
    #expect(!comparison.passed)
  }

  @Test func participantNamesMatchIgnoringCaseTheAndExtraWords() {
    let x = TimelineParticipant(role: "defendant", name: "the U.S. government")
    #expect(
      SampleComparison.sameParticipant(x, TimelineParticipant(role: "defendant", name: "U.S. Government")))
    #expect(
      SampleComparison.sameParticipant(
        TimelineParticipant(role: "plaintiff", name: "Xiaomi"),
        TimelineParticipant(role: "plaintiff", name: "Xiaomi Corp")))
    #expect(
      !SampleComparison.sameParticipant(x, TimelineParticipant(role: "plaintiff", name: "U.S. government")))
    #expect(
      !SampleComparison.sameParticipant(
        TimelineParticipant(role: "plaintiff", name: "Xia"),
        TimelineParticipant(role: "plaintiff", name: "Xiaomi")))
  }

  @Test func aMissingKeyParticipantIsAChange() {
    let judge = TimelineParticipant(role: "judge", name: "Rudolph Contreras")
    let comparison = SampleComparison(
      expected: timeline([event("e1", "civil.injunction", date: "2021-03", participants: [judge])]),
      actual: timeline([event("e1", "civil.injunction", date: "2021-03")]))
    #expect(!comparison.passed)
    #expect(comparison.typeAndDateMatches.count == 1)
  }
}
