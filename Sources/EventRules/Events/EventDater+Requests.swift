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
    let dated = mentions
    for i in mentions.indices
    where mentions[i].date == nil && mentions[i].status == .requested && !mentions[i].isEmbedded {
      let m = mentions[i]
      guard datedTimes(in: m.sentence).isEmpty else { continue }
      let filings = dated.filter {
        $0.sentence < m.sentence && $0.status == .actual && Self.requestingFilings.contains($0.rule.type)
          && $0.date.map { $0.earliest != nil && $0.earliest == $0.latest } == true
      }
      // The filing just told, with no time told since; or the one day the article files on ("The SEC is
      // asking the court to permanently enjoin both defendants" after the complaint of April 16).
      let near = filings.last.flatMap { filing in
        filing.sentence >= m.sentence - 2
          && (filing.sentence + 1..<m.sentence).allSatisfy({ datedTimes(in: $0).isEmpty }) ? filing : nil
      }
      let days = Set(filings.compactMap { $0.date?.value })
      guard var date = near?.date ?? (days.count == 1 ? filings.last?.date : nil) else { continue }
      date.resolution = "carried-from-story"
      mentions[i].date = date
    }
  }
}
