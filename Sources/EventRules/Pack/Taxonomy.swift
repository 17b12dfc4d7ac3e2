/// The event types and roles rules may name (design.md, "Taxonomy").
public enum Taxonomy {
  /// Every event type, by family.
  public static let types: [String] = [
    "civil.complaint_filed", "civil.motion_filed", "civil.hearing", "civil.ruling", "civil.injunction",
    "civil.judgment", "civil.dismissal", "civil.settlement",
    "appeal.filed", "appeal.decided",
    "criminal.investigation", "criminal.arrest", "criminal.charge", "criminal.plea", "criminal.trial",
    "criminal.conviction", "criminal.acquittal", "criminal.sentence", "criminal.release",
    "criminal.extradition", "criminal.pardon",
    "regulatory.designation", "regulatory.delisting", "regulatory.sanctions", "regulatory.license",
    "regulatory.ban", "regulatory.enforcement", "regulatory.penalty",
  ]

  /// The kind of proceeding an event type belongs to: its family ("criminal" for "criminal.sentence").
  static func proceeding(of type: String) -> Substring {
    type.prefix { $0 != "." }
  }

  /// The roles a rule may fill: by a slot in a trigger or from the sentence around it.
  public static let roles: [String] = [
    "plaintiff", "defendant", "court", "judge", "authority", "target", "prosecutor", "person", "party",
    "amount", "term", "case", "appellant",
  ]

  /// Roles filled by a name found where a slot stands.
  static let nameRoles: Set<String> = [
    "plaintiff", "defendant", "authority", "target", "prosecutor", "person", "party", "appellant",
  ]
}
