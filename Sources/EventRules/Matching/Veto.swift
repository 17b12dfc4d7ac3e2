/// A rule that matched a sentence but was cancelled by a veto phrase near its trigger.
struct Veto: Sendable {
  let rule: String
  let trigger: String
  let veto: String
  let sentence: Int
}
