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
    let plaintiff: String
    let defendant: String
    let position: Int
  }

  /// Renames "party" and "appellant" by the side the article's complaints gave the same name.
  static func relabel(_ mentions: inout [Mention]) {
    let sides = cases(mentions.map { ($0.rule.type, $0.participants, $0.sentence) })
    let criminal = mentions.contains { $0.rule.type.hasPrefix("criminal.") }
    for i in mentions.indices {
      mentions[i].participants = mentions[i].participants.map { p in
        guard p.role == "party" || p.role == "appellant" else { return p }
        return Participant(role: role(of: p, in: sides, criminal: criminal), name: p.name)
      }
    }
  }

  /// Gives the case's sides to the decisions that name neither, and the sole defendant of a prosecution to
  /// its steps that name none. Done on events, after merging: inherited names must not merge happenings.
  static func inherit(_ events: inout [LegalEvent]) {
    let position = { (e: LegalEvent) in e.evidence.map(\.start).min() ?? 0 }
    let sides = cases(events.map { ($0.type, $0.participants, position($0)) })
    let accused = soleDefendant(in: events.map { ($0.type, $0.participants) })
    for i in events.indices {
      let e = events[i]
      if sidedTypes.contains(e.type), !e.participants.contains(where: isSide),
        let side = nearestCase(to: position(e), in: sides)
      {
        events[i].participants.append(Participant(role: "plaintiff", name: side.plaintiff))
        events[i].participants.append(Participant(role: "defendant", name: side.defendant))
        // An injunction binds the defendant.
        if e.type == "civil.injunction", !e.participants.contains(where: { $0.role == "target" }) {
          events[i].participants.append(Participant(role: "target", name: side.defendant))
        }
      }
      if prosecutionTypes.contains(e.type), let accused,
        !e.participants.contains(where: { $0.role == "defendant" })
      {
        events[i].participants.append(Participant(role: "defendant", name: accused))
      }
    }
  }

  private static func isSide(_ p: Participant) -> Bool { p.role == "plaintiff" || p.role == "defendant" }

  /// A party's side: the side the case gave the same name; an appellant with none is the one who brings
  /// the appeal (the prosecution, the convicted defendant, or the appeal's plaintiff).
  private static func role(of p: Participant, in sides: [Side], criminal: Bool) -> String {
    if sides.contains(where: { sameParty($0.plaintiff, p.name) }) { return "plaintiff" }
    if sides.contains(where: { sameParty($0.defendant, p.name) }) { return "defendant" }
    guard p.role == "appellant" else { return p.role }
    let words = words(of: p.name)
    if words.contains(where: { $0.hasPrefix("prosecut") }) { return "prosecutor" }
    return criminal && sides.isEmpty ? "defendant" : "plaintiff"
  }

  /// The complaints' sides, in article order.
  static func cases(_ items: [(type: String, participants: [Participant], position: Int)]) -> [Side] {
    items.compactMap { item in
      guard item.type == "civil.complaint_filed",
        let p = item.participants.first(where: { $0.role == "plaintiff" })?.name,
        let d = item.participants.first(where: { $0.role == "defendant" })?.name
      else { return nil }
      return Side(plaintiff: p, defendant: d, position: item.position)
    }
  }

  /// The case a mention belongs to: the only one, or the nearest complaint before it, or the first after it.
  static func nearestCase(to position: Int, in sides: [Side]) -> Side? {
    guard let first = sides.first else { return nil }
    let single = sides.allSatisfy {
      sameParty($0.plaintiff, first.plaintiff) && sameParty($0.defendant, first.defendant)
    }
    if single {
      return sides.max { $0.plaintiff.count + $0.defendant.count < $1.plaintiff.count + $1.defendant.count }
    }
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
        }
      }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// Whether two names name one party: equal, or one holds the other's words in order ("Tempest" and
  /// "Tempest Games"), ignoring case, punctuation and a leading "the".
  static func sameParty(_ a: String, _ b: String) -> Bool {
    let x = words(of: a)
    let y = words(of: b)
    guard !x.isEmpty, !y.isEmpty else { return false }
    let (short, long) = x.count <= y.count ? (x, y) : (y, x)
    for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
      return true
    }
    return false
  }

  private static func words(of name: String) -> [String] {
    let key = EventMerger.key(name)
    return key.split(separator: "-").map(String.init)
  }
}
