/// The taxonomy has no civil trial: in an article about a civil case and no criminal one, "the trial
/// opened Oct. 7" is the case's hearing on the merits, a `civil.hearing`.
enum CivilTrials {
  /// Retypes the trial mentions of an article whose only proceedings are civil.
  static func retype(_ mentions: inout [Mention]) {
    let types = mentions.map(\.rule.type)
    guard types.contains(where: { $0.hasPrefix("civil.") }),
      !types.contains(where: { $0.hasPrefix("criminal.") && $0 != "criminal.trial" })
    else { return }
    for i in mentions.indices where mentions[i].rule.type == "criminal.trial" {
      mentions[i].rule = mentions[i].rule.yielding("civil.hearing")
    }
  }
}
