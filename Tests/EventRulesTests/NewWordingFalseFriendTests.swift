import EventRules
import Testing

/// Everyday sentences that share words with the newer legal wordings (a dropped challenge, a jury's prize,
/// a player designated for assignment, a law barring cities from enforcing rules) and tell no legal event.
struct NewWordingFalseFriendTests {
  @Test(arguments: [
    "The bakery dropped its challenge to the rival shop after the tasting contest ended in a tie.",
    "The festival jury awarded the short film its top prize on Sunday.",
    "The pitcher was designated for assignment and later placed back on the injured list.",
    "The new state law barred cities from enforcing their own leaf-blower limits.",
    "Police temporarily blocked the bridge during the enforcement sweep on Friday.",
    "The two neighbors took the dispute to the homeowners' association board.",
    "She dropped off her suit at the dry cleaner before the interview.",
    "The Panamax bulk carrier Pacific Meridian was arrested at the Western Anchorage on Monday over an unpaid fuel bill.",
    "Walking the old copper mine trail: arrested decay, a charge house and the best pie on the coast.",
    "Crown counsel concluded the file no longer met the substantial likelihood of conviction standard.",
    "Argentine striker Lucas Ferreyra impressed on trial in Austria and had agreed personal terms.",
    "She spent two weeks on trial on the public test realm and came out of it with a longer cooldown.",
    "Investigators found that workers had been charged recruitment fees of up to $5,000 each.",
    "Desai appealed a line call early in the second set, and the umpire upheld it.",
    "Players who think a dodge penalty was applied in error can appeal through the support portal.",
    "The UK has now sanctioned more than 120 vessels since the invasion of Ukraine.",
    "Reader question of the week: can you rely on a license exception for replacement parts?",
  ])
  func anEverydaySentenceIsNoLegalEvent(sentence: String) {
    #expect(ArticleFixture(sentence).tagged().events().isEmpty, "\(sentence)")
  }
}
