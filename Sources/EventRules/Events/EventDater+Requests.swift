/// The day a request is made when its sentence tells none: relief a filing asks for, told just after the
/// filing ("The SEC sued Ashcombe on Monday." ¶ "The complaint asks the court to bar him …").
extension EventDater {
  /// Filings that ask a court or tribunal for relief: a suit, a regulator's action, a motion, an appeal.
  static let requestingFilings: Set<String> = filingTypes.union(["regulatory.enforcement"])

  /// Dates a request told in the one or two sentences after a filing dated to the day (the news the
  /// article tells), with no time told in between, or told anywhere after the filings of an article that
  /// files on one day only, by the filing's day: what a complaint asks for is asked the day it is filed. A
  /// filing told by its month or year is an older step, whose requests the story leaves undated; a request
  /// with a time of its own keeps it ("Later that month, the board asked …").
  func dateByFiledRequests(_ mentions: inout [Mention]) {
    let filings = mentions.filter {
      $0.status == .actual && Self.requestingFilings.contains($0.rule.type) && Self.isDay($0.date)
    }.map { (sentence: $0.sentence, date: $0.date!) }
    for i in mentions.indices
    where mentions[i].date == nil && mentions[i].status == .requested && !mentions[i].isEmbedded {
      guard var date = filingDay(forRequestIn: mentions[i].sentence, filings: filings) else { continue }
      date.resolution = "carried-from-story"
      mentions[i].date = date
    }
  }

  /// The day a request told in sentence `s` with no time of its own is asked, from the filings dated to the
  /// day (in the order told): the filing told in the two sentences before it, with no time said in between
  /// ("The SEC is asking the court to permanently enjoin both defendants" after the complaint of April 16),
  /// or the one day the filings told before it share.
  func filingDay(forRequestIn s: Int, filings: [(sentence: Int, date: EventDate)]) -> EventDate? {
    guard datedTimes(in: s).isEmpty else { return nil }
    let before = filings.filter { $0.sentence < s }
    let near = before.last.flatMap { filing in
      filing.sentence >= s - 2 && (filing.sentence + 1..<s).allSatisfy({ datedTimes(in: $0).isEmpty })
        ? filing : nil
    }
    let days = Set(before.map(\.date.value))
    return near?.date ?? (days.count == 1 ? before.last?.date : nil)
  }

  /// Whether a date names one day.
  static func isDay(_ date: EventDate?) -> Bool {
    date.map { $0.earliest != nil && $0.earliest == $0.latest } == true
  }
}
