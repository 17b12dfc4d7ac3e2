/// A party that asks a court to throw a case out ("urged a judge to toss the suit", "asked the court to
/// dismiss the claims") has made a motion: what happened is the motion, not a dismissal that may never come.
enum RequestedDismissals {
  /// Retypes the dismissals told as requested as the motions that ask for them.
  static func apply(_ mentions: inout [Mention]) {
    for i in mentions.indices
    where mentions[i].rule.type == "civil.dismissal" && mentions[i].status == .requested {
      mentions[i].rule = mentions[i].rule.yielding("civil.motion_filed")
      mentions[i].status = .actual
      mentions[i].statusCue = nil
    }
  }
}
