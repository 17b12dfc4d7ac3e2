/// Merges the mentions of one happening (headline, lede, body) into one event, and links events of one case
/// with a shared key built from its parties.
struct EventMerger {
  /// A ruling told next to what it ordered is one happening: the more specific type names it.
  static let refinements: [String: Set<String>] = [
    "civil.ruling": [
      "civil.injunction", "civil.judgment", "civil.dismissal", "appeal.decided", "criminal.release",
    ],
    "appeal.decided": ["civil.injunction", "civil.dismissal"],
  ]

  /// An appeal court's decision told with the dismissal it affirms or orders ("A Ninth Circuit panel affirmed
  /// the dismissal of the suit") is one happening, and the appeal's decision names it, whichever is told first.
  static let namedByAppeal: Set<String> = ["civil.dismissal"]

  /// The type a group of `type` takes when a mention of `incoming` joins it, or nil when neither names the other.
  static func mergedType(_ type: String, _ incoming: String) -> String? {
    if type == "appeal.decided", namedByAppeal.contains(incoming) { return type }
    if incoming == "appeal.decided", namedByAppeal.contains(type) { return incoming }
    return refinements[type]?.contains(incoming) == true ? incoming : nil
  }

  struct Group {
    var mentions: [Int]
    var type: String
  }

  /// Groups mention indices, in order of first mention.
  /// How many of the latest groups of a family a mention is compared with: enough for any story, and the
  /// cost per mention stays bounded on a hostile page.
  static let reach = 48

  static func group(_ mentions: [Mention], headline: Set<Int> = []) -> [Group] {
    var groups: [Group] = []
    var byFamily: [String: [Int]] = [:]
    for (i, m) in mentions.enumerated() {
      let candidates = (byFamily[family(m.rule.type)] ?? []).suffix(reach)
      if let g = candidates.last(where: { compatible(m, groups[$0], mentions, headline: headline) }) {
        let onlyReferences = groups[g].mentions.allSatisfy { isBackReference(mentions[$0]) }
        groups[g].mentions.append(i)
        if let type = mergedType(groups[g].type, m.rule.type) {
          groups[g].type = type
        } else if onlyReferences && !isBackReference(m) {
          groups[g].type = m.rule.type
        }
      } else {
        groups.append(Group(mentions: [i], type: m.rule.type))
        byFamily[family(m.rule.type), default: []].append(groups.count - 1)
      }
    }
    return joiningLoneHeadlines(groups, mentions, headline: headline)
  }

  /// "UK blacklists 18 tankers as OFSI fines London broker" over "Separately, OFSI on 4 June imposed a
  /// £465,000 penalty" further down: a headline's happening that joined nothing is the one happening of its
  /// type and status the body tells.
  private static func joiningLoneHeadlines(_ groups: [Group], _ mentions: [Mention], headline: Set<Int>)
    -> [Group]
  {
    guard !headline.isEmpty else { return groups }
    var groups = groups
    var removed = Set<Int>()
    for g in groups.indices
    where Self.onceTold.contains(groups[g].type)
      && groups[g].mentions.allSatisfy({ headline.contains(mentions[$0].sentence) })
    {
      let own = groups[g].mentions.map { mentions[$0] }
      let status = own[0].status
      // A headline that tells its own time ("fined Acme on Monday") is its own happening.
      guard own.allSatisfy({ $0.date == nil || $0.date?.resolution == "carried-from-story" }) else {
        continue
      }
      let body = groups.indices.filter { b in
        b != g && !removed.contains(b) && groups[b].type == groups[g].type
          && !groups[b].mentions.contains { headline.contains(mentions[$0].sentence) }
          && groups[b].mentions.contains { mentions[$0].status == status }
      }
      guard body.count == 1, let target = body.first else { continue }
      groups[target].mentions = (groups[g].mentions + groups[target].mentions).sorted()
      removed.insert(g)
    }
    return groups.indices.filter { !removed.contains($0) }.map { groups[$0] }
  }

  /// Types that may merge share a family: court decisions (which refine and refer back to one another), or
  /// otherwise the type itself.
  private static func family(_ type: String) -> String {
    decisionTypes.contains(type) ? "decision" : type
  }

  /// Whether mention `m` reports the happening of `group`: same (or refined) type, same polarity, overlapping
  /// dates, no role naming different parties (headline names in title case are not trusted for that), and a
  /// shared name, or nearness, or a mention that only refers back ("after his indictment", "the ruling").
  private static func compatible(
    _ mention: Mention, _ group: Group, _ mentions: [Mention], headline: Set<Int>
  ) -> Bool {
    let m = datedForMerging(mention)
    // The group's first mentions and its latest ones stand for it: the cost per mention stays bounded.
    let members =
      group.mentions.count <= 8 ? group.mentions : Array(group.mentions.prefix(3) + group.mentions.suffix(5))
    let others = members.map { datedForMerging(mentions[$0]) }
    guard let last = others.last else { return false }
    let distance = m.sentence - last.sentence
    // "Separately, …", "a second inquiry": one more happening of the kind, not the one told before.
    if m.isAnother, distance > 0 { return false }
    // "Owner Pleads Guilty" and "The third defendant has pleaded not guilty": two pleas.
    if others.contains(where: { differInPlea($0, m) }) { return false }
    if refersBack(m, to: group, others, distance: distance) { return true }
    let sameType = group.type == m.rule.type
    let refined =
      refinements[group.type]?.contains(m.rule.type) == true
      || refinements[m.rule.type]?.contains(group.type) == true
    guard sameType || (refined && distance <= 2) else { return false }
    for o in others {
      // What was asked for, planned or feared is not what happened: statuses must agree (an announcement
      // reports what happened).
      let statuses: Set<EventStatus> = [o.status, m.status]
      // "is scheduled to be arraigned on Friday, and said he would plead not guilty": the plan and its
      // date told in one sentence are one happening.
      let planAndSchedule = statuses == [.scheduled, .intended] && o.sentence == m.sentence
      // "Acme to pay penalty" and "Acme will pay a civil penalty of $2 million": the payment an order
      // imposes is told as what the payer will do.
      let payment = statuses == [.actual, .intended] && Self.paymentTypes.contains(m.rule.type)
      guard statuses.count == 1 || statuses == [.actual, .announced] || planAndSchedule || payment else {
        return false
      }
      if let a = o.date, let b = m.date, !overlap(a, b) { return false }
      if !headline.contains(o.sentence), !headline.contains(m.sentence), conflicting(o, m) { return false }
    }
    if others.contains(where: { shareName($0, m) }) { return true }
    // "will pay $6.4 million to resolve claims ..., under a settlement approved last month": one sentence
    // telling one happening twice.
    if sameType, distance == 0 { return true }
    // The headline announces the news the lede then tells: it joins a mention of its type there.
    if others.contains(where: { headline.contains($0.sentence) }) || headline.contains(m.sentence) {
      // "Judge orders mechanics back to work" over the lede's "A judge … ordered": an order and the
      // injunction it names.
      // ("Judge rules …, bars …" over an injunction told below stays two events.)
      let general = refinements[m.rule.type]?.contains(group.type) == true
      return (sameType || general) && distance <= 6
    }
    let bare = m.participants.isEmpty || others.allSatisfy { $0.participants.isEmpty }
    if bare && distance <= 3 { return true }
    // A later mention with no date of its own refers back to the happening already told.
    if sameType, m.date == nil { return true }
    // "has been arrested … ¶ Officers arrested him at his home on Tuesday": the day told after an undated
    // first telling of the same happening.
    if sameType, m.date != nil, others.allSatisfy({ $0.date == nil }), distance <= 12 { return true }
    // "at the January hearing" after a hearing told in January: the one the reader knows.
    if sameType, m.isDefinite, let date = m.date, others.contains(where: { $0.date?.value == date.value }) {
      return true
    }
    // The same day told twice.
    if sameType, let date = m.date, date.earliest == date.latest,
      others.contains(where: { $0.date.map { overlap($0, date) } == true })
    {
      return true
    }
    return false
  }

  /// A mention as merging sees it: a happening an article usually tells once ("was sentenced" after the
  /// verdict's day) takes no date from the story when it is matched with the others, so a time carried from
  /// a nearby sentence does not split it from the same happening told with its own date.
  private static func datedForMerging(_ m: Mention) -> Mention {
    guard m.date?.resolution == "carried-from-story", onceTold.contains(m.rule.type) else { return m }
    var undated = m
    undated.date = nil
    return undated
  }

  /// Types an article's news usually has one of, unlike an enforcement step or a filing (an inquiry
  /// opened, a complaint, a consent order are three): a lone headline one is the body's.
  static let onceTold: Set<String> = [
    "regulatory.penalty", "regulatory.designation", "regulatory.delisting", "criminal.sentence",
    "criminal.conviction", "criminal.acquittal", "criminal.extradition", "criminal.pardon",
    "criminal.release", "civil.settlement",
    "civil.judgment", "appeal.decided",
  ]

  /// Types whose happening is a payment, which the article may tell as owed ("will pay") once imposed.
  static let paymentTypes: Set<String> = ["regulatory.penalty", "civil.settlement"]

  /// Court decisions a bare "the ruling" may refer back to.
  static let decisionTypes: Set<String> = [
    "civil.ruling", "civil.injunction", "civil.judgment", "civil.dismissal", "appeal.decided",
    "criminal.conviction", "criminal.acquittal", "criminal.sentence", "criminal.release",
  ]

  /// Roles that name the bench, which a back reference may name ("the day after Caldwell's ruling").
  static let benchRoles: Set<String> = ["judge", "court"]

  /// Whether two dates can name the same happening: their calendar ranges overlap (2021-05 and 2021-05-12).
  static func overlap(_ a: EventDate, _ b: EventDate) -> Bool {
    guard let a0 = a.earliest, let a1 = a.latest, let b0 = b.earliest, let b1 = b.latest else {
      return a.value == b.value
    }
    return a0 <= b1 && b0 <= a1
  }

  static let nameRoles: Set<String> = [
    "plaintiff", "defendant", "target", "person", "party", "judge", "authority", "appellant", "court",
  ]

  private static func shareName(_ a: Mention, _ b: Mention) -> Bool {
    let leftNames = a.participants.filter { nameRoles.contains($0.role) }.map(\.name)
    let left = Set(leftNames.map(key))
    return b.participants.contains { p in
      guard nameRoles.contains(p.role) else { return false }
      let k = key(p.name)
      if left.contains(k) { return true }
      // "Copping" and "Darren Copping", "OFAC" and "the Office of Foreign Assets Control": one party.
      return leftNames.contains {
        (p.name.first?.isUppercase == true && $0.first?.isUppercase == true
          && CaseRoles.sameParty($0, p.name))
          || abbreviates($0, p.name) || abbreviates(p.name, $0)
      }
    }
  }

  /// "OFAC" and "the Treasury's Office of Foreign Assets Control": an acronym of three or more capitals
  /// that the other name's capitalized words spell.
  static func abbreviates(_ acronym: String, _ name: String) -> Bool {
    guard acronym.count >= 3, acronym.count <= 8, acronym.allSatisfy({ $0.isUppercase || $0.isNumber }) else {
      return false
    }
    let initials = String(
      name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
        word.first.flatMap { $0.isUppercase ? $0 : nil }
      })
    return initials.contains(acronym)
  }

  /// Two mentions naming different parties in the same role are different happenings. Only proper names
  /// count: descriptions ("12 Chinese chip firms") may word one party two ways.
  /// Whether two pleas differ in kind: one of guilty, one of not guilty.
  static func differInPlea(_ a: Mention, _ b: Mention) -> Bool {
    guard a.rule.type == "criminal.plea", b.rule.type == "criminal.plea" else { return false }
    func notGuilty(_ m: Mention) -> Bool { m.triggerText.lowercased().contains("not guilty") }
    func guilty(_ m: Mention) -> Bool { m.triggerText.lowercased().contains("guilty") && !notGuilty(m) }
    return (notGuilty(a) && guilty(b)) || (guilty(a) && notGuilty(b))
  }

  private static func conflicting(_ a: Mention, _ b: Mention) -> Bool {
    func proper(_ names: [String]) -> [String] {
      names.filter { $0.first?.isUppercase == true }
    }
    // "Kestrel" and "Kestrel Residential LLC" name one party.
    func differ(in role: String) -> Bool {
      let x = proper(a.names(for: role))
      let y = proper(b.names(for: role))
      return !x.isEmpty && !y.isEmpty
        && !x.contains(where: { p in y.contains { CaseRoles.sameParty(p, $0) } })
    }
    if ["plaintiff", "defendant", "target", "person"].contains(where: differ) { return true }
    // An appeal to the Court of Appeals and one taken on to the Supreme Court are two appeals.
    if a.rule.type == "appeal.filed", b.rule.type == "appeal.filed", differ(in: "court") { return true }
    // A $170,000 penalty and a $5 million one are two penalties; "$312K" and "$312,480" are one.
    let x = Set(a.names(for: "amount").map(key))
    let y = Set(b.names(for: "amount").map(key))
    guard !x.isEmpty, !y.isEmpty, x.isDisjoint(with: y) else { return false }
    let sumsA = a.names(for: "amount").compactMap(SumOfMoney.init)
    let sumsB = b.names(for: "amount").compactMap(SumOfMoney.init)
    return !sumsA.contains { s in sumsB.contains { s.isRoughly($0) } }
  }

  /// A name as a key: lowercase letters and digits, words joined by "-" ("U.S. government" → "us-government").
  static func key(_ name: String) -> String {
    var words: [String] = []
    var current = ""
    for c in name.lowercased() {
      if c.isLetter || c.isNumber {
        current.append(c)
      } else if c == "." || c == "’" || c == "'" {
        continue
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.filter { $0 != "the" }.joined(separator: "-")
  }

  /// Case keys: "plaintiff-v-defendant" for events naming both sides; an agreement or ruling between the same
  /// two parties, and other court events of an article with a single case, share it.
  static func assignCaseKeys(_ events: inout [LegalEvent]) {
    var cases: [(key: String, parties: Set<String>)] = []
    for i in events.indices {
      let e = events[i]
      let plaintiffs = e.participants.filter { $0.role == "plaintiff" || $0.role == "appellant" }.map {
        key($0.name)
      }
      let defendants = e.participants.filter { $0.role == "defendant" }.map { key($0.name) }
      if let p = plaintiffs.first, let d = defendants.first {
        let k = "\(p)-v-\(d)"
        events[i].caseKey = k
        if !cases.contains(where: { $0.key == k }) { cases.append((k, Set(plaintiffs + defendants))) }
      }
    }
    for i in events.indices where events[i].caseKey == nil {
      let family = Taxonomy.proceeding(of: events[i].type)
      let parties = Set(
        events[i].participants.filter { $0.role == "party" || nameRoles.contains($0.role) }.map {
          key($0.name)
        })
      if let match = cases.first(where: { !$0.parties.isDisjoint(with: parties) }), family != "regulatory" {
        events[i].caseKey = match.key
      } else if cases.count == 1, family == "civil" || family == "appeal", let only = cases.first {
        events[i].caseKey = only.key
      } else {
        let sides = events[i].participants.filter { $0.role == "party" }.map { key($0.name) }
        if sides.count == 2 { events[i].caseKey = "\(sides[0])-v-\(sides[1])" }
      }
    }
  }
}
