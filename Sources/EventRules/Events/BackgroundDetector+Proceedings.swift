import TimeTagger

/// Another kind of proceeding than the news: "Porchly paid a civil penalty to the FTC in 2016" in a story
/// about a lawsuit dismissed in 2018, a family's civil settlement in a story about a criminal trial.
extension BackgroundDetector {
  /// How long before the publication a happening still belongs to the news, in months.
  static let newsMonths = 6

  /// Whether two kinds may be one matter: an appeal continues a civil or a criminal case.
  static func compatible(_ a: Substring, _ b: Substring) -> Bool {
    a == b || a == "appeal" || b == "appeal"
  }

  /// The events older than the news whose kind of proceeding no news event shares, told in sentences that
  /// hold no event of the news's kinds ("indicted in 2022 after an inquiry by the board, which had suspended
  /// his license in 2021" keeps the license with the indictment).
  func otherProceedings(_ events: [LegalEvent], publicationDate: CalendarDay) -> Set<Int> {
    var month = publicationDate.month - Self.newsMonths
    var year = publicationDate.year
    if month < 1 {
      month += 12
      year -= 1
    }
    guard let newsStart = CalendarDay(year: year, month: month, day: 1) else { return [] }
    let news = events.filter { e in
      guard let latest = e.date?.latest else { return false }
      return latest >= newsStart && [.actual, .announced, .scheduled].contains(e.status)
    }
    let newsKinds = Set(news.map { Taxonomy.proceeding(of: $0.type) })
    guard !newsKinds.isEmpty else { return [] }
    func isNewsKind(_ kind: Substring) -> Bool { newsKinds.contains { Self.compatible($0, kind) } }
    // The kinds of the events each evidence sentence tells.
    var kindsAt: [Int: Set<Substring>] = [:]
    for e in events {
      for evidence in e.evidence {
        kindsAt[evidence.start, default: []].insert(Taxonomy.proceeding(of: e.type))
      }
    }
    var marked: Set<Int> = []
    for (i, e) in events.enumerated() {
      guard let latest = e.date?.latest, latest < newsStart, e.status == .actual,
        !isNewsKind(Taxonomy.proceeding(of: e.type))
      else { continue }
      let told = e.evidence.flatMap { kindsAt[$0.start] ?? [] }
      if !told.contains(where: isNewsKind) { marked.insert(i) }
    }
    return marked
  }
}
