/// "Attorney General Calloway has filed a lawsuit against Crossroads Auto Group …" (the day's news, dated
/// by the publication) … "The lawsuit asks the court to bar the dealerships …": relief a filing asks for is
/// asked the day it is filed, also when only the story's news dates that filing.
extension EventBuilder {
  /// Dates an undated request by the filings the events date to the day, as the dater does for filings
  /// dated by their own words (`EventDater.filingDay`), once the news has dated the rest.
  func dateRequestsByNewsFilings(
    _ events: inout [LegalEvent], groups: [EventMerger.Group], mentions: [Mention]
  ) {
    func firstBody(_ e: Int) -> Int? {
      groups[e].mentions.map { mentions[$0].sentence }.filter { !isHeadline($0) }.min()
    }
    let filings = events.indices.filter { f in
      EventDater.requestingFilings.contains(events[f].type) && events[f].status == .actual
        && EventDater.isDay(events[f].date)
    }.compactMap { f in firstBody(f).map { (sentence: $0, date: events[f].date!) } }
      .sorted { $0.sentence < $1.sentence }
    guard !filings.isEmpty else { return }
    for e in events.indices where events[e].date == nil && events[e].status == .requested {
      let told = groups[e].mentions.map { mentions[$0] }.filter { !$0.isEmbedded && !isHeadline($0.sentence) }
      guard let s = told.map(\.sentence).min(), var date = dater.filingDay(forRequestIn: s, filings: filings)
      else { continue }
      date.resolution = "carried-from-story"
      events[e].date = date
    }
  }
}
