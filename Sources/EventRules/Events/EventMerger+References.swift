/// Mentions that only refer back to a happening told before ("the ruling", "his pardon", "Wednesday's
/// ruling", "the settlement"): they join it whatever else their sentence says.
extension EventMerger {
  /// Whether mention `m` names the happening of `group` as one already told.
  static func refersBack(_ m: Mention, to group: Group, _ others: [Mention], distance: Int) -> Bool {
    if isBackReference(m), decisionTypes.contains(group.type), m.status == others[0].status { return true }
    // "Wednesday's ruling" after the panel's decision told on Wednesday.
    if m.isBareDecisionNoun, decisionTypes.contains(group.type), m.status == others[0].status,
      let date = m.date, others.contains(where: { $0.date.map { overlap($0, date) } == true })
    {
      return true
    }
    // "would respond to the warning letter", "if the injunction is later found wrongly granted": the
    // known one, undated and naming no party, whatever the sentence says of another act.
    if m.isDefinite, m.date == nil, m.status != .negated, group.type == m.rule.type,
      others.contains(where: { $0.status == .actual }),
      distance == 0
        || !m.participants.contains(where: { nameRoles.contains($0.role) && !benchRoles.contains($0.role) })
    {
      return true
    }
    // "The ruling in Georgia will be read closely", told in a standfirst before the panel's ruling itself:
    // the decision told later is what the bare reference named.
    if decisionTypes.contains(m.rule.type), decisionTypes.contains(group.type),
      others.allSatisfy(isBackReference), m.status == others[0].status
    {
      return true
    }
    if group.type == "civil.settlement", isSettlementReference(m),
      others.contains(where: { $0.status == .actual })
    {
      return true
    }
    return false
  }

  /// "The ministry welcomed the ruling": a ruling named without date or parties refers to a decision told before.
  static func isBackReference(_ m: Mention) -> Bool {
    m.isBareDecisionNoun && m.date == nil
      && !m.participants.contains { nameRoles.contains($0.role) && !benchRoles.contains($0.role) }
  }

  /// "the division could assess penalties on top of the settlement": a bare "settlement" with no date or
  /// parties refers to the settlement told before, whatever the sentence says of its other act.
  static func isSettlementReference(_ m: Mention) -> Bool {
    m.rule.type == "civil.settlement" && m.date == nil && m.triggerText.lowercased() == "settlement"
      && !m.participants.contains { nameRoles.contains($0.role) }
  }
}
