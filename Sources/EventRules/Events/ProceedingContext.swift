/// What some triggers mean depends on the kind of case the article is about. The taxonomy has no civil
/// trial: in an article about a civil case and no criminal one, "the trial opened Oct. 7" is the case's
/// hearing on the merits (`civil.hearing`). In an article about a criminal case and no civil one, "the
/// jury returned its verdicts" is the conviction told with its date; a court's ruling (on bail, on
/// extradition, "made public on Friday") is a step of the criminal case the article tells otherwise, not a
/// civil ruling, unless a regulator's case is told beside it; and a hearing is a step of the criminal case
/// (bail, sentencing), not a civil hearing.
enum ProceedingContext {
  /// Civil types that also stand for a criminal court's acts ("ruling", "hearing", "verdict").
  static let sharedTypes: Set<String> = ["civil.ruling", "civil.hearing", "civil.judgment"]

  /// Retypes or drops the mentions whose meaning the article's kind of case settles.
  static func apply(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    // "A jury has acquitted X. Jurors returned their verdict on Tuesday": a verdict told beside a criminal
    // one, naming no sum, is that verdict.
    for i in mentions.indices where isSumlessVerdict(mentions[i]) {
      let s = mentions[i].sentence
      if let near = mentions.filter({
        criminalVerdicts.contains($0.rule.type) && abs($0.sentence - s) <= 2
      }).min(by: { abs($0.sentence - s) < abs($1.sentence - s) }) {
        mentions[i].rule = mentions[i].rule.yielding(near.rule.type)
      }
    }
    retypeRegulatorsPenalties(&mentions)
    retypeRegulatorsSuits(&mentions, sentences: sentences)
    retypeCriminalCourtsFines(&mentions)
    retypeCourtOrderedPenalties(&mentions, sentences: sentences)
    retypeProsecutionFines(&mentions, sentences: sentences)
    retypeRegulatorsInvestigations(&mentions, sentences: sentences)
    dropFindingsBehindDecisions(&mentions, sentences: sentences)
    dropInspectionFindingsBehindDecisions(&mentions, sentences: sentences)
    dropChargesOfAVerdict(&mentions, sentences: sentences)
    retypeCivilTrials(&mentions)
    retypeCriminalHearings(&mentions, sentences: sentences)
    let types = mentions.map(\.rule.type)
    let civil = types.contains { $0.hasPrefix("civil.") && !sharedTypes.contains($0) }
    let criminal = tellsCriminalCase(mentions)
    if types.contains(where: { $0.hasPrefix("civil.") }), !criminal {
      for i in mentions.indices where mentions[i].rule.type == "criminal.trial" {
        mentions[i].rule = mentions[i].rule.yielding("civil.hearing")
      }
    }
    guard criminal, !civil else { return }
    let convicted = types.contains("criminal.conviction")
    let regulatory = types.contains { $0.hasPrefix("regulatory.") }
    var kept: [Mention] = []
    for var m in mentions {
      if m.rule.type == "civil.judgment", isVerdict(m) {
        guard convicted, isSumlessVerdict(m) else { continue }
        m.rule = m.rule.yielding("criminal.conviction")
      } else if m.rule.type == "civil.hearing" {
        // A criminal case's hearings (bail, sentencing) are no civil hearing; what they decide is told.
        continue
      } else if m.rule.type == "civil.ruling" {
        // "The ministry welcomed the ruling" after an acquittal refers back to it: the merger joins them.
        if isBareDecisionNoun(m) {
          if !kept.contains(where: { EventMerger.decisionTypes.contains($0.rule.type) }) { continue }
        } else if !regulatory {
          // "Judge Castille rejected a request that he remain free on bail", "a judge ruled that the request
          // met the treaty's terms": a criminal court's rulings are the steps of the criminal case, told by
          // those steps' own words. Beside a regulator's case, a ruling may be a court's on its act.
          continue
        }
      }
      kept.append(m)
    }
    mentions = kept
  }

  /// "The first hearing in the criminal trial is scheduled for Feb. 27", "At Wednesday's detention hearing,
  /// the magistrate sided with prosecutors": in an article that tells a criminal case beside a civil one, a
  /// hearing its own sentence places in the criminal case is that case's trial, or a sitting whose outcome
  /// (bail refused) is told as its own step.
  private static func retypeCriminalHearings(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    guard tellsCriminalCase(mentions) else { return }
    var kept: [Mention] = []
    for var m in mentions {
      guard m.rule.type == "civil.hearing", m.sentence < sentences.count else {
        kept.append(m)
        continue
      }
      let words = sentences[m.sentence].lower
      let criminalTrial = zip(words, words.dropFirst()).contains { $0 == "criminal" && $1 == "trial" }
      if criminalTrial {
        m.rule = m.rule.yielding("criminal.trial")
      } else if words.contains(where: { criminalSittingWords.contains($0) }) {
        continue
      }
      kept.append(m)
    }
    mentions = kept
  }

  /// Whether a step of a criminal case other than a trial is told (a trial alone may be a civil one).
  private static func tellsCriminalCase(_ mentions: [Mention]) -> Bool {
    mentions.contains { $0.rule.type.hasPrefix("criminal.") && $0.rule.type != "criminal.trial" }
  }

  /// Words that place a hearing in a criminal case.
  static let criminalSittingWords: Set<String> = [
    "prosecutors", "prosecution", "bail", "detention", "sentencing", "arraignment", "indictment", "indicted",
  ]

  /// "After a seven-day trial, a jury awarded Bellamy $21.5 million": in an article that also tells a criminal
  /// case, a trial told in a sentence with a civil step and no criminal one is the civil case's trial, and the
  /// taxonomy, which has no civil trial, types it as the case's hearing on the merits (`civil.hearing`). So is
  /// a trial told with no step of its own whose nearest civil or criminal step, within four sentences, is a
  /// civil one ("The trial began Jan. 6 before U.S. District Judge Warren Castellano." after the jury's award).
  private static func retypeCivilTrials(_ mentions: inout [Mention]) {
    var civilSentences: Set<Int> = []
    var criminalSentences: Set<Int> = []
    for m in mentions {
      // A court's ruling is no sign of a civil case: criminal and appeal courts rule too.
      if m.rule.type.hasPrefix("civil."), m.rule.type != "civil.ruling" { civilSentences.insert(m.sentence) }
      if m.rule.type.hasPrefix("criminal."), m.rule.type != "criminal.trial" {
        criminalSentences.insert(m.sentence)
      }
    }
    guard !criminalSentences.isEmpty else { return }
    for i in mentions.indices where mentions[i].rule.type == "criminal.trial" {
      if isNearer(civilSentences, than: criminalSentences, to: mentions[i].sentence) {
        mentions[i].rule = mentions[i].rule.yielding("civil.hearing")
      }
    }
  }

  /// Whether, within four sentences of `s`, a sentence of `these` comes nearer than any of `those`.
  static func isNearer(_ these: Set<Int>, than those: Set<Int>, to s: Int) -> Bool {
    for d in 0...4 {
      let around = [s - d, s + d]
      let here = around.contains(where: these.contains)
      let there = around.contains(where: those.contains)
      if here || there { return here && !there }
    }
    return false
  }

  static let criminalVerdicts: Set<String> = ["criminal.conviction", "criminal.acquittal"]

  /// Decisions whose reasons a sentence may tell as a court's finding.
  static let reasonedDecisions: Set<String> = [
    "regulatory.penalty", "regulatory.license", "regulatory.ban", "criminal.sentence", "criminal.conviction",
    "criminal.acquittal",
  ]

  /// "ordered to pay a $14.5 million penalty after the Federal Court found it misled …", "sentenced after a
  /// jury found him guilty": a court's finding told beside the decision it led to is that decision's
  /// reason, not a ruling of its own.
  private static func dropFindingsBehindDecisions(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    let decided = Set(mentions.filter { reasonedDecisions.contains($0.rule.type) }.map(\.sentence))
    let judged = Set(mentions.filter { judgedDecisions.contains($0.rule.type) }.map(\.sentence))
    guard !decided.isEmpty || !judged.isEmpty else { return }
    mentions.removeAll { m in
      guard m.rule.type == "civil.ruling" else { return false }
      let words = m.triggerText.lowercased().split(separator: " ")
      // "holds Wayfarer in contempt, fines it $5,000 a day": the contempt finding is a decision of its own.
      if words.contains("contempt") { return false }
      if decided.contains(m.sentence) {
        return words.contains {
          ["found", "finds", "held", "holds", "ruled", "rules", "ruling"].contains($0)
        }
      }
      // "The judge found the company had failed to install guard rails.", told just after the judgment or
      // the conviction, with no time of its own: the reasons of that decision.
      return (1...2).contains { judged.contains(m.sentence - $0) }
        && words.contains { ["found", "finds", "held", "holds", "noted", "concluded"].contains($0) }
        && !tellsATime(sentences[m.sentence])
    }
  }

  /// Decisions a judge gives reasons for in the sentences after them.
  static let judgedDecisions: Set<String> = reasonedDecisions.union([
    "civil.judgment", "appeal.decided", "civil.dismissal", "civil.injunction",
  ])

  /// Whether a sentence names a day, a month or a year of its own.
  static func tellsATime(_ t: SentenceTokens) -> Bool {
    t.tokens.indices.contains { k in
      let w = t.lower[k]
      return NameFinder.months.contains(w) || NameFinder.weekdays.contains(w)
        || ["yesterday", "today", "week", "month", "year"].contains(w)
        || (t.tokens[k].kind == .number && w.count == 4 && (w.hasPrefix("19") || w.hasPrefix("20")))
    }
  }

  /// "the criminal court convicted the director and fined the company €200,000": a fine told beside a
  /// conviction or sentence in one sentence, with no regulator named, is part of the criminal sentence.
  private static func retypeCriminalCourtsFines(_ mentions: inout [Mention]) {
    let criminalSentences = Set(
      mentions.filter {
        $0.rule.type == "criminal.conviction" || $0.rule.type == "criminal.sentence"
          // "In 2009 he pleaded guilty to breaching safety rules and was fined £8,000.", "pleaded no contest to
          // failure to yield in Lakewood Municipal Court in 2021 and paid a $150 fine"
          || ($0.rule.type == "criminal.plea" && isPleaOfGuilt($0.triggerText.lowercased()))
      }.map(\.sentence))
    guard !criminalSentences.isEmpty else { return }
    for i in mentions.indices
    where mentions[i].rule.type == "regulatory.penalty" && criminalSentences.contains(mentions[i].sentence)
      && !mentions[i].participants.contains(where: { $0.role == "authority" })
    {
      retype(&mentions[i], to: "criminal.sentence", party: "target", as: "defendant")
    }
  }

  /// Whether a plea's words admit the charge: guilty (not "not guilty"), or no contest.
  static func isPleaOfGuilt(_ words: String) -> Bool {
    words.contains("guilty") && !words.contains("not") || words.contains("no contest")
      || words.contains("nolo")
  }

  /// "Cheese maker fined $240,000 over listeria" over "Judge Tautahi sentenced Te Awa Creamery in the
  /// Invercargill District Court on Wednesday": a headline's or a lede's fine, naming no regulator, in an
  /// article whose body tells a court's sentence is that sentence's fine.
  /// The same sum told again with the regulator that brought the prosecution ("was fined £3.4 million … in a
  /// prosecution brought by the Environment Agency") is that fine too, and a fine a prosecutor asks for is a
  /// sentence sought.
  private static func retypeProsecutionFines(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    let multiline = (sentences.last?.sentence.line ?? 0) > 0
    let courtSentences = mentions.filter {
      $0.rule.type == "criminal.sentence" && $0.status == .actual && sentences[$0.sentence].sentence.line > 0
        && $0.participants.contains { $0.role == "court" || $0.role == "judge" }
    }
    guard multiline, !courtSentences.isEmpty else { return }
    // The lede's "has been fined $165,000" too, over a body's "Justice of the Peace … imposed the fine".
    for i in mentions.indices
    where mentions[i].rule.type == "regulatory.penalty" && mentions[i].status == .actual
      && sentences[mentions[i].sentence].sentence.line <= 1
      && !mentions[i].participants.contains(where: { $0.role == "authority" })
    {
      retype(&mentions[i], to: "criminal.sentence", party: "target", as: "defendant")
    }
    let sums = Set(
      mentions.filter { $0.rule.type == "criminal.sentence" && $0.status == .actual }
        .flatMap { $0.names(for: "amount").map(normalizedSum) })
    for i in mentions.indices
    where mentions[i].rule.type == "regulatory.penalty" && mentions[i].status == .actual
      && mentions[i].names(for: "amount").contains(where: { sums.contains(normalizedSum($0)) })
    {
      retype(&mentions[i], to: "criminal.sentence", party: "target", as: "defendant")
    }
    // "Prosecutor Hamish Rutherford had asked for a fine of $320,000": the fine a prosecutor asks the court
    // for is a sentence sought.
    for i in mentions.indices
    where mentions[i].rule.type == "regulatory.penalty" && mentions[i].status == .requested
      && sentences[mentions[i].sentence].lower.contains(where: { $0 == "prosecutor" || $0 == "prosecutors" })
    {
      retype(&mentions[i], to: "criminal.sentence", party: "target", as: "defendant")
    }
  }

  /// A sum written one way for all: "£3.4 million" and "£3.4m" are one sum.
  static func normalizedSum(_ text: String) -> String {
    var sum = text.lowercased()
    for (long, short) in [(" million", "m"), (" billion", "bn"), (",", ""), (" ", "")] {
      sum = sum.replacingOccurrences(of: long, with: short)
    }
    return sum
  }

  /// The mention yielding `type`, its `party` role renamed to the side the new type gives that party.
  static func retype(_ m: inout Mention, to type: String, party: String, as role: String) {
    m.rule = m.rule.yielding(type)
    m.participants = m.participants.map { $0.role == party ? Participant(role: role, name: $0.name) : $0 }
  }

  /// "The ACCC is seeking penalties", "faces a maximum penalty of $1.1 million for each breach": in an
  /// article about a regulator's case and no prosecution, a penalty sought or faced is the regulator's.
  private static func retypeRegulatorsPenalties(_ mentions: inout [Mention]) {
    let types = mentions.map(\.rule.type)
    guard types.contains(where: { $0 == "regulatory.enforcement" || $0 == "regulatory.penalty" }),
      !types.contains(where: { $0.hasPrefix("criminal.") && $0 != "criminal.sentence" })
    else { return }
    for i in mentions.indices where mentions[i].rule.type == "criminal.sentence" {
      let words = Set(mentions[i].triggerText.lowercased().split(separator: " ").map(String.init))
      guard !words.isDisjoint(with: ["penalty", "penalties", "fine", "fines"]),
        words.isDisjoint(with: ["prison", "jail", "years", "months", "life", "term", "sentence"])
      else { continue }
      retype(&mentions[i], to: "regulatory.penalty", party: "defendant", as: "target")
      mentions[i].participants.removeAll { $0.role == "judge" }
    }
  }

  /// "The ACCC launched proceedings in November 2022", "It sued the company": a suit whose plaintiff is a
  /// regulator is the regulator's enforcement, as "The FTC sued" is.
  private static func retypeRegulatorsSuits(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    for i in mentions.indices where mentions[i].rule.type == "civil.complaint_filed" {
      guard
        let plaintiff = mentions[i].names(for: "plaintiff").first
          ?? sharedSubject(of: mentions[i], among: mentions, sentences: sentences),
        isRegulator(plaintiff)
      else {
        continue
      }
      if mentions[i].names(for: "plaintiff").isEmpty {
        mentions[i].participants.append(Participant(role: "plaintiff", name: plaintiff))
      }
      retype(&mentions[i], to: "regulatory.enforcement", party: "plaintiff", as: "authority")
      mentions[i].participants = mentions[i].participants.map {
        $0.role == "defendant" ? Participant(role: "target", name: $0.name) : $0
      }
    }
  }

  /// "SEC fines Ridgeline Advisers $2.1M, sues founder": a suit whose verb is coordinated after a regulator's
  /// step in the same sentence shares that step's subject.
  private static func sharedSubject(of m: Mention, among mentions: [Mention], sentences: [SentenceTokens])
    -> String?
  {
    let t = sentences[m.sentence]
    let k = m.trigger.lowerBound
    guard k > 0, t.lower[k - 1] == "," || t.lower[k - 1] == "and" else { return nil }
    let step = mentions.last {
      $0.sentence == m.sentence && $0.trigger.upperBound < k && $0.rule.type.hasPrefix("regulatory.")
    }
    return step?.names(for: "authority").first
  }

  /// Whether a name is a regulator's: an agency's word or acronym, and no word of a court, a force, a
  /// government or a public body that sues as any party does.
  static func isRegulator(_ name: String) -> Bool {
    let words = name.lowercased().split(separator: " ").map { ArticleNames.possessiveStripped(String($0)) }
    let excluded = ArticleNames.notRegulatorWords.union(publicBodyWords)
    // "Office" names law officers' and mayors' offices as often as regulators.
    // "Federal safety regulators sue …": the plural and "watchdog" name regulators too.
    return words.contains(where: {
      ($0 != "office" && ArticleNames.isAgencyWord($0)) || Self.regulatorNouns.contains($0)
    })
      && !words.contains(where: excluded.contains)
  }

  /// Common nouns for regulators that are no agency's name.
  static let regulatorNouns: Set<String> = ["regulators", "watchdog", "watchdogs"]

  /// Words of public bodies that sue as landlords, employers or buyers do, and of law officers, whose suits
  /// are civil ones ("the Minnesota Attorney General's Office sued").
  static let publicBodyWords: Set<String> = [
    "city", "county", "town", "village", "school", "port", "housing", "transit", "water", "university",
    "hospital", "district", "education", "state", "municipal", "attorney", "attorneys", "solicitor", "law",
    "legal",
  ]

  /// A jury's verdict told as a civil judgment that names no sum: the verdict of a criminal case, if the
  /// article tells one.
  private static func isSumlessVerdict(_ m: Mention) -> Bool {
    m.rule.type == "civil.judgment" && isVerdict(m) && m.participants.allSatisfy { $0.role != "amount" }
  }

  /// "the jury returned its verdicts", "jurors reached a verdict".
  private static func isVerdict(_ m: Mention) -> Bool {
    let words = m.triggerText.lowercased().split(separator: " ")
    return words.contains { $0 == "verdict" || $0 == "verdicts" }
      && words.contains { $0 == "jury" || $0 == "jurors" }
  }

  /// "ruling", "court decision": a decision named by its noun only.
  private static func isBareDecisionNoun(_ m: Mention) -> Bool {
    ["ruling", "decision", "court decision", "court order"].contains(m.triggerText.lowercased())
  }
}
