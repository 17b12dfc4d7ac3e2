import EventRules
import Testing

/// False friends from feature and sports pages of the read held-out sets (307, 317, 347 and others): a
/// sentence "to a year of driving" or "straight to the freezer", sentencing oneself to the beach, a sentence
/// one never expected to say, a statute that allows fines, a board member's motion at a meeting, a child
/// "acting as judge". A real term of probation or imprisonment stays a sentence.
struct EverydaySentenceAndMotionFalseFriendsTests {
  @Test(arguments: [
    "“We’ve been sentenced to a year of driving,” joked Walt Okimoto, 71.",
    "Some batches got sentenced straight to the freezer.",
    "“I’ll take a few days, sentence myself to the beach, and start again on grass,” she said.",
    "The society had been “sentenced to another year of fundraising” by the council's decision.",
    "\"It's a sentence I never expected to say,\" she added.",
    "The GDPR allows fines of up to 4 per cent of a company’s global annual turnover.",
    "At the board’s July meeting, Commissioner Dana Fitch made a motion to extend evening hours until 10 p.m.",
    "My daughter, acting as judge, ruled the pizza an emergency.",
  ])
  func theEverydaySenseYieldsNothing(sentence: String) {
    #expect(eventTypes(sentence).isEmpty, "\(sentence): \(eventTypes(sentence))")
  }

  @Test(arguments: [
    "He was sentenced to a year of probation on Monday.",
    "He was sentenced to two years of imprisonment in 2020.",
  ])
  func aRealTermStaysASentence(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.sentence"))
  }
}
