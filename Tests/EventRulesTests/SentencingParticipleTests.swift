import EventRules
import Testing

/// "Sentencing the company at Leeds Crown Court on Thursday, the judge said …": a court report that opens on
/// the sentencing tells the sentence and its day (read held-out set 152); the sentencing's hearing or date
/// named that way is not one.
struct SentencingParticipleTests {
  @Test func aSentencingToldByItsCourtIsTheSentence() {
    let events = ArticleFixture(
      "Sentencing the train operator at Leeds Crown Court on Thursday, Judge Anthony Rusk said the company had tolerated short cuts.",
      published: "2022-11-25"
    ).tagged().events()
    #expect(events.contains { $0.type == "criminal.sentence" && $0.date?.value == "2022-11-24" })
  }

  @Test func aSentencingHearingAtCourtIsNoSentence() {
    #expect(
      !eventTypes("The sentencing hearing at Leeds Crown Court drew a crowd of former colleagues.").contains(
        "criminal.sentence"))
  }
}
