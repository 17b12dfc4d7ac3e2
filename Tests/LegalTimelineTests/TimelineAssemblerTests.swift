import EventRules
import Testing
import TimeTagger

@testable import LegalTimeline

@Suite struct TimelineAssemblerTests {
  let source = TimelineSource(
    file: nil, url: nil, title: nil, site: nil, author: nil, language: nil, encoding: "UTF-8",
    publicationDate: nil)

  func event(
    _ type: String, _ value: String?, from: String? = nil, to: String? = nil, after: [Int] = [],
    before: [Int] = [], status: EventStatus = .actual
  ) -> LegalEvent {
    let date = value.map {
      EventDate(
        value: $0, text: nil, resolution: "absolute", earliest: from.flatMap(CalendarDay.init(iso:)),
        latest: to.flatMap(CalendarDay.init(iso:)))
    }
    return LegalEvent(
      type: type, status: status, date: date, after: after, before: before, participants: [],
      evidence: [Evidence(text: type, start: 0, end: 1)], rule: "r")
  }

  @Test func ordersDatedEventsByTheirEarliestDay() {
    let events = [
      event("b", "2021-05", from: "2021-05-01", to: "2021-05-31"),
      event("a", "2021-01", from: "2021-01-01", to: "2021-01-31"),
    ]
    let timeline = TimelineAssembler(source: source).timeline(from: events) { _ in true }
    #expect(timeline.events.map(\.type) == ["a", "b"])
    #expect(timeline.events.map(\.id) == ["e1", "e2"])
  }

  @Test func placesAnUndatedEventAfterTheEventItFollows() {
    let events = [
      event("designation", "2021-01", from: "2021-01-01", to: "2021-01-31"),
      event("ruling", "2021-03", from: "2021-03-01", to: "2021-03-31"),
      event("lawsuit", nil, after: [0], before: [1]),
    ]
    let timeline = TimelineAssembler(source: source).timeline(from: events) { _ in true }
    #expect(timeline.events.map(\.type) == ["designation", "lawsuit", "ruling"])
    let lawsuit = timeline.events[1]
    #expect(lawsuit.after == ["e1"])
    #expect(lawsuit.before == ["e3"])
  }

  @Test func aMonthComesBeforeADayInsideIt() {
    let events = [
      event("day", "2021-03-12", from: "2021-03-12", to: "2021-03-12"),
      event("month", "2021-03", from: "2021-03-01", to: "2021-03-31"),
    ]
    let timeline = TimelineAssembler(source: source).timeline(from: events) { _ in true }
    #expect(timeline.events.map(\.type) == ["month", "day"])
  }

  @Test func hiddenEventsLeaveNoDanglingRelations() {
    let events = [
      event("sentence", nil, status: .hypothetical),
      event("charge", "2021", from: "2021-01-01", to: "2021-12-31", before: [0]),
    ]
    let timeline = TimelineAssembler(source: source).timeline(from: events) { $0.status != .hypothetical }
    #expect(timeline.events.map(\.type) == ["charge"])
    #expect(timeline.events[0].before.isEmpty)
  }
}
