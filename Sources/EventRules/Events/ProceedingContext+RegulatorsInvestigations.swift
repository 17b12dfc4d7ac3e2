/// "Umgeni Fertilisers denied a report that its Durban offices had also been searched", "Inspectors from the
/// district office began looking into the shop": in an article about a regulator's case and no criminal one,
/// an investigation that names no police, prosecutor or criminal agency is the regulator's enforcement.
extension ProceedingContext {
  /// Words of police, prosecutors and the agencies that investigate crimes.
  static let criminalInvestigatorWords: Set<String> = [
    "police", "fbi", "prosecutor", "prosecutors", "prosecution", "detective", "detectives", "deputies",
    "troopers", "sheriff", "sheriff's", "sheriff’s", "rcmp", "garda", "gardaí", "doj", "justice", "dea",
    "atf",
    "hsi", "criminal", "grand", "constable", "constabulary", "efcc", "icac", "cbi", "homicide", "crime",
    "crimes", "arrest", "arrested",
  ]

  static func retypeRegulatorsInvestigations(_ mentions: inout [Mention], sentences: [SentenceTokens]) {
    let types = Set(mentions.map(\.rule.type))
    guard types.contains("regulatory.enforcement") || types.contains("regulatory.penalty"),
      !types.contains(where: {
        $0.hasPrefix("criminal.") && $0 != "criminal.investigation" && $0 != "criminal.trial"
      })
    else { return }
    func namesCriminalInvestigator(_ m: Mention) -> Bool {
      let named = m.names(for: "authority").flatMap { $0.lowercased().split(separator: " ") }
      return named.contains(where: { criminalInvestigatorWords.contains(String($0)) })
        || sentences[m.sentence].lower.contains(where: criminalInvestigatorWords.contains)
    }
    // A retelling ("The inquiry was opened in 2019" after "Police raided …") already has the type of the
    // telling it refers to.
    let investigations = mentions.indices.filter {
      mentions[$0].rule.type == "criminal.investigation" && mentions[$0].rule.retells.isEmpty
    }
    // "Police raided the office. … The inquiry was opened in 2019.": once police investigate in the article,
    // an investigation told without them may be theirs.
    guard !investigations.contains(where: { namesCriminalInvestigator(mentions[$0]) }) else { return }
    for i in investigations {
      retype(&mentions[i], to: "regulatory.enforcement", party: "person", as: "target")
    }
  }
}
