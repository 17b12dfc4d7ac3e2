/// "Attorney General Calloway has filed a lawsuit against Crossroads Auto Group …" (the day's news, dated
/// by the publication) … "The lawsuit asks the court to bar the dealerships …": relief a filing asks for is
/// asked the day it is filed, also when only the story's news dates that filing.
extension EventBuilder {
  /// Dates an undated request told after filings dated to the day: by the filing told in the two sentences
  /// before it, with no time said in between, or by the one day the article's filings share. The same
  /// reading as the dater's for filings dated by their own words, once the news has dated the rest.
  func dateRequestsByNewsFilings(
    _ events: inout [LegalEvent], groups: [EventMerger.Group], mentions: [Mention]
  ) {
    func firstBody(_ e: Int) -> Int? {
      groups[e].mentions.map { mentions[$0].sentence }.filter { !isHeadline($0) }.min()
    }
    let filings = events.indices.filter { f in
      EventDater.requestingFilings.contains(events[f].type) && events[f].status == .actual
        && events[f].date.map { $0.earliest != nil && $0.earliest == $0.latest } == true
    }.compactMap { f in firstBody(f).map { (sentence: $0, date: events[f].date!) } }
    guard !filings.isEmpty else { return }
    for e in events.indices where events[e].date == nil && events[e].status == .requested {
      let told = groups[e].mentions.map { mentions[$0] }.filter { !$0.isEmbedded && !isHeadline($0.sentence) }
      guard let s = told.map(\.sentence).min(), dater.datedTimes(in: s).isEmpty else { continue }
      let before = filings.filter { $0.sentence < s }.sorted { $0.sentence < $1.sentence }
      let near = before.last.flatMap { filing in
        filing.sentence >= s - 2 && (filing.sentence + 1..<s).allSatisfy({ dater.datedTimes(in: $0).isEmpty })
          ? filing : nil
      }
      let days = Set(before.map(\.date.value))
      guard var date = near?.date ?? (days.count == 1 ? before.last?.date : nil) else { continue }
      date.resolution = "carried-from-story"
      events[e].date = date
    }
  }
}
