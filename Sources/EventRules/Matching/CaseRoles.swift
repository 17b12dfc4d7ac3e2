/// Roles a mention inherits from the case it belongs to. A complaint says who sues whom; a later motion,
/// settlement or appeal by one of those parties names that party by its side in the case, and a ruling that
/// names no side belongs to the article's case. A criminal article with one named defendant gives that
/// defendant to the steps of its prosecution that do not name one.
enum CaseRoles {
  /// Civil steps that are decided between the two sides of the case.
  static let sidedTypes: Set<String> = [
    "civil.ruling", "civil.injunction", "civil.dismissal", "civil.judgment", "civil.settlement",
    "appeal.decided",
  ]
  /// Criminal steps whose accused is the defendant.
  static let prosecutionTypes: Set<String> = [
    "criminal.charge", "criminal.plea", "criminal.trial", "criminal.conviction", "criminal.acquittal",
    "criminal.sentence",
  ]

  struct Side {
    var plaintiff: String?
    var defendant: String?
    let position: Int
  }

  typealias Item = (type: String, participants: [Participant], position: Int)

  /// Renames "party" and "appellant" by the side the article's case gave the same name. A party the case
  /// does not name takes the side the case left open ("Keystone's motion" in a suit by investors), and
  /// a public body takes the side of the public body the case names ("the state" for "Department of Health").
  static func relabel(_ mentions: inout [Mention], named: [Side] = []) {
    var index = CaseSideIndex(
      cases(mentions.map { ($0.rule.type, $0.participants, $0.sentence) }, named: named))
    let criminal = mentions.contains { $0.rule.type.hasPrefix("criminal.") }
    // Who a regulator's fine, ban or licence decision is aimed at: its appeal keeps that side.
    let regulatoryTargets = mentions.filter { $0.rule.type.hasPrefix("regulatory.") }
      .flatMap { $0.participants.filter { $0.role == "target" }.map(\.name) }
    for i in mentions.indices {
      mentions[i].participants = mentions[i].participants.map { p in
        guard p.role == "party" || p.role == "appellant" else { return p }
        var role = role(of: p, in: &index, criminal: criminal)
        if role == "appellant", regulatoryTargets.contains(where: { sameParty($0, p.name) }) {
          role = "target"
        }
        return Participant(role: role, name: p.name)
      }
    }
  }

  /// Gives the case's sides to the decisions that lack them, and the sole defendant of a prosecution to
  /// its steps that name none. Done on events, after merging: inherited names must not merge happenings.
  /// Trial-court steps a lone judge of the article presides over.
  static let benchTypes: Set<String> = [
    "civil.ruling", "civil.injunction", "civil.dismissal", "civil.judgment", "civil.hearing",
    "criminal.sentence", "criminal.plea",
  ]

  static func inherit(
    _ events: inout [LegalEvent], judges: [String] = [], regulator: String? = nil, named: [Side] = []
  ) {
    let position = { (e: LegalEvent) in e.evidence.map(\.start).min() ?? 0 }
    let sides = cases(events.map { ($0.type, $0.participants, position($0)) }, named: named)
    let accused = soleDefendant(in: events.map { ($0.type, $0.participants) })
    let single = singleCase(sides)
    for i in events.indices {
      let e = events[i]
      if sidedTypes.contains(e.type), let side = nearestCase(to: position(e), in: sides, single: single) {
        let plaintiffs = e.participants.filter { $0.role == "plaintiff" }.map(\.name)
        let defendants = e.participants.filter { $0.role == "defendant" }.map(\.name)
        // A decision that names another party on one side is about another case.
        let sameCase =
          plaintiffs.allSatisfy { p in side.plaintiff.map { sameParty($0, p) } ?? true }
          && defendants.allSatisfy { d in side.defendant.map { sameParty($0, d) } ?? true }
        // "ordered the group to pay the city": who pays a costs order may be the plaintiff; a party never
        // takes both sides.
        if sameCase, plaintiffs.isEmpty, let p = side.plaintiff,
          !defendants.contains(where: { sameParty($0, p) })
        {
          events[i].participants.append(Participant(role: "plaintiff", name: p))
        }
        if sameCase, defendants.isEmpty, let d = side.defendant,
          !events[i].participants.contains(where: { $0.role == "plaintiff" && sameParty($0.name, d) })
        {
          events[i].participants.append(Participant(role: "defendant", name: d))
          // An injunction binds the defendant.
          if e.type == "civil.injunction", !e.participants.contains(where: { $0.role == "target" }) {
            events[i].participants.append(Participant(role: "target", name: d))
          }
        }
      }
      // A complaint that names only who sues: the case's other side, once a decision named it.
      if e.type == "civil.complaint_filed", !e.participants.contains(where: { $0.role == "defendant" }),
        let side = nearestCase(to: position(e), in: sides, single: single), let d = side.defendant,
        e.participants.filter({ $0.role == "plaintiff" }).allSatisfy({
          compatible(side.plaintiff, $0.name) && !sameParty($0.name, d)
        })
      {
        events[i].participants.append(Participant(role: "defendant", name: d))
      }
      // An article naming one judge: the judge of its trial-court steps that name none.
      if benchTypes.contains(e.type), judges.count == 1, let judge = judges.first,
        !e.participants.contains(where: { $0.role == "judge" })
      {
        events[i].participants.append(Participant(role: "judge", name: judge))
      }
      if prosecutionTypes.contains(e.type), let accused,
        !e.participants.contains(where: { $0.role == "defendant" })
      {
        events[i].participants.append(Participant(role: "defendant", name: accused))
      }
      // The investigation of a prosecution with one accused is an investigation of that accused.
      if e.type == "criminal.investigation", let accused,
        !e.participants.contains(where: { ["target", "person", "defendant"].contains($0.role) })
      {
        events[i].participants.append(Participant(role: "target", name: accused))
      }
      // An article about one regulator: the authority of its regulatory steps that name none.
      if e.type.hasPrefix("regulatory."), let regulator,
        !e.participants.contains(where: { $0.role == "authority" })
      {
        events[i].participants.append(Participant(role: "authority", name: regulator))
      }
    }
  }

  /// A party's side: the side the case gave the same name, else the one side of a single case that is still
  /// open, else the side of the same kind (a public body, or not). The one who appeals keeps its side in the
  /// case; an appellant the article gives no side stays the appellant, unless it is the prosecution or the
  /// accused of a criminal article.
  private static func role(of p: Participant, in index: inout CaseSideIndex, criminal: Bool) -> String {
    let words = words(of: p.name)
    if let side = index.side(of: words) { return side }
    if words.contains(where: { $0.hasPrefix("prosecut") }) { return "prosecutor" }
    let isPublic = words.contains { publicBodyWords.contains($0) }
    // A public body takes the open side only when no side of the case is a public body already.
    let mayTakeOpenSide = isPublic ? !index.publicSideNamed : p.name.first?.isUppercase == true
    if mayTakeOpenSide, let side = index.fillOpenSide(with: p.name, words: words) { return side }
    if isPublic, index.publicRoles.count == 1 { return index.publicRoles[0] }
    if p.role == "appellant", criminal, index.sides.isEmpty { return "defendant" }
    return p.role
  }

  /// Words that make a party a public body: a state, a city, a ministry or agency.
  static let publicBodyWords: Set<String> = [
    "state", "city", "county", "government", "department", "ministry", "agency", "administration",
    "commission", "council", "board", "authority", "office", "bureau", "regulator", "directorate",
  ]

  static func isPublicBody(_ name: String) -> Bool {
    words(of: name).contains { publicBodyWords.contains($0) }
  }

  /// The cases' sides, in article order: a complaint says who sues whom; a decision of the case may name
  /// the side its complaint left out.
  static func cases(_ items: [Item], named: [Side] = []) -> [Side] {
    var sides: [Side] = items.compactMap { item in
      guard item.type == "civil.complaint_filed" else { return nil }
      // The fullest wording of each side the complaint gives ("Neighbors", "group of ... residents").
      let p = item.participants.filter { $0.role == "plaintiff" }.map(\.name).reduce(nil, fuller)
      let d = item.participants.filter { $0.role == "defendant" }.map(\.name).reduce(nil, fuller)
      return p == nil && d == nil ? nil : Side(plaintiff: p, defendant: d, position: item.position)
    }
    // Complaints that name no different parties are one case ("two residents sued"; "the plaintiffs would
    // file an amended complaint").
    var merged: [Side] = []
    for side in sides {
      if let k = merged.indices.last, compatible(merged[k].plaintiff, side.plaintiff),
        compatible(merged[k].defendant, side.defendant)
      {
        merged[k].plaintiff = fuller(merged[k].plaintiff, side.plaintiff)
        merged[k].defendant = fuller(merged[k].defendant, side.defendant)
      } else {
        merged.append(side)
      }
    }
    sides = merged
    // A case name ("X v. Y") the complaints do not already give is a case of the article too.
    for side in named
    where !sides.contains(where: { s in
      s.plaintiff.map { p in side.plaintiff.map { sameParty(p, $0) } ?? false } ?? false
    }) {
      sides.append(side)
    }
    sides.sort { $0.position < $1.position }
    guard sides.count == 1 else { return sides }
    for item in items where sidedTypes.contains(item.type) {
      let p = item.participants.first { $0.role == "plaintiff" }?.name
      let d = item.participants.first { $0.role == "defendant" }?.name
      if sides[0].plaintiff == nil, let p,
        d.map({ x in sides[0].defendant.map { sameParty($0, x) } ?? true }) ?? true
      {
        sides[0].plaintiff = p
      }
      if sides[0].defendant == nil, let d,
        p.map({ x in sides[0].plaintiff.map { sameParty($0, x) } ?? true }) ?? true
      {
        sides[0].defendant = d
      }
    }
    return sides
  }

  /// Of two wordings of one side, the one that says more: a name of several words over a lone word, else the
  /// longer ("group of Riverside Heights residents" over a headline's "Neighbors").
  static func fuller(_ a: String?, _ b: String?) -> String? {
    guard let a, let b else { return a ?? b }
    let words = { (s: String) in s.split(separator: " ").count }
    return words(b) > words(a) && (words(a) == 1 || a.first?.isUppercase != true) ? b : a
  }

  /// Whether two names of one side may be one party: either is missing or a description, or they match.
  static func compatible(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b, a.first?.isUppercase == true, b.first?.isUppercase == true else { return true }
    return sameParty(a, b)
  }

  /// The case a mention belongs to: the only one, or the nearest complaint before it, or the first after it.
  static func nearestCase(to position: Int, in sides: [Side]) -> Side? {
    nearestCase(to: position, in: sides, single: singleCase(sides))
  }

  /// The fullest wording of the article's case when all its complaints name the same sides, else nil.
  static func singleCase(_ sides: [Side]) -> Side? {
    guard let first = sides.first else { return nil }
    let firstPlaintiff = first.plaintiff.map(words(of:))
    let firstDefendant = first.defendant.map(words(of:))
    func same(_ a: String?, _ b: [String]?) -> Bool {
      guard let a, let b else { return a == nil && b == nil }
      return sameWords(words(of: a), b)
    }
    let single = sides.allSatisfy { same($0.plaintiff, firstPlaintiff) && same($0.defendant, firstDefendant) }
    guard single else { return nil }
    return sides.max {
      ($0.plaintiff ?? "").count + ($0.defendant ?? "").count < ($1.plaintiff ?? "").count
        + ($1.defendant ?? "").count
    }
  }

  /// The case of a mention at `position`, given `singleCase(sides)` worked out once.
  static func nearestCase(to position: Int, in sides: [Side], single: Side?) -> Side? {
    guard let first = sides.first else { return nil }
    if let single { return single }
    return sides.last { $0.position <= position } ?? first
  }

  /// The defendant or accused person, when the article's prosecution names only one.
  static func soleDefendant(in items: [(type: String, participants: [Participant])]) -> String? {
    var found: [String] = []
    for item in items where prosecutionTypes.contains(item.type) || item.type == "criminal.arrest" {
      for p in item.participants
      where (p.role == "defendant" || p.role == "person") && p.name.first?.isUppercase == true {
        if let k = found.firstIndex(where: { sameParty($0, p.name) }) {
          if p.name.count > found[k].count { found[k] = p.name }
        } else {
          found.append(p.name)
          // Two accused: no sole defendant, whatever follows.
          if found.count > 1 { return nil }
        }
      }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// Whether two names name one party: equal, or one holds the other's words in order ("Tempest" and
  /// "Tempest Games"), ignoring case, punctuation and a leading "the".
  static func sameParty(_ a: String, _ b: String) -> Bool {
    sameWords(words(of: a), words(of: b))
  }

  /// `sameParty` on names already split into words.
  static func sameWords(_ x: [String], _ y: [String]) -> Bool {
    guard !x.isEmpty, !y.isEmpty else { return false }
    let (short, long) = x.count <= y.count ? (x, y) : (y, x)
    for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
      return true
    }
    return false
  }

  static func words(of name: String) -> [String] {
    let key = EventMerger.key(name)
    return key.split(separator: "-").map(String.init)
  }
}
