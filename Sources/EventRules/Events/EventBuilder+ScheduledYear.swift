import TimeTagger

/// "Judge Okafor set sentencing for June 27": a day without its year, read next to a past-tense verb, lands
/// before the publication; but what is scheduled lies ahead, so it is that day's next occurrence.
extension EventBuilder {
  /// Moves the year-less date of each scheduled event that falls before the publication one year ahead.
  func advanceScheduledYears(_ events: inout [LegalEvent]) {
    guard let publicationDate else { return }
    for e in events.indices where events[e].status == .scheduled {
      guard let date = events[e].date, date.resolution == "relative-to-publication",
        let text = date.text, !Self.namesAYear(text),
        let earliest = date.earliest, let latest = date.latest, latest < publicationDate,
        let next = Self.nextYear(earliest), let nextLatest = Self.nextYear(latest),
        nextLatest >= publicationDate, date.value.count >= 4, let year = Int(date.value.prefix(4))
      else { continue }
      events[e].date = EventDate(
        value: String(year + 1) + date.value.dropFirst(4), text: text, resolution: date.resolution,
        earliest: next, latest: nextLatest)
    }
  }

  /// Whether the words of a time name a year ("June 27, 2024", "'24").
  static func namesAYear(_ text: String) -> Bool {
    text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
      || text.contains("'") || text.contains("’") || text.lowercased().contains("year")
  }

  /// The same day a year later (February 29 becomes February 28).
  static func nextYear(_ day: CalendarDay) -> CalendarDay? {
    CalendarDay(year: day.year + 1, month: day.month, day: day.day)
      ?? CalendarDay(year: day.year + 1, month: day.month, day: day.day - 1)
  }
}
