import EventRules
import Testing
import TimeTagger

/// The seed article (design.md, "What good looks like on the seed article"), as `Article.text` gives it.
enum SeedArticle {
  static let text = """
    The US “Forgives” Xiaomi, Removes Them from Blacklist
    At the beginning of the year, another company got on the U.S. bad side. Xiaomi found itself on the country’s blacklist, although it did not quite share Huawei’s fate. Now, the U.S. Defense Department has agreed that there is – finally – no reason to keep Xiaomi on their blacklist.
    After the company sued the government for their radical decision, denying any connection to the Chinese military, District Judge Rudolph Contreras took a second look at the case and temporarily removed them from the blacklist. The judge ruled, in fact, that the US Department of Defense’s move was “arbitrary and capricious” – more about it here.
    That was back in March. Now, two months later, Bloomberg says Xiaomi and the U.S. government have reached an agreement. Xiaomi hasn’t issued an official statement regarding that agreement yet, but according to the filing, both parties came to a compromise “that would resolve this litigation without the need for contested briefing,”
    With the “appropriate” removal (as the filing called it) of Xiaomi from the U.S. blacklist, investors can be relieved. After all, the blacklist’s entire goal was to prevent US companies from investing in Xiaomi. By helping a “Communist Chinese military company” as Xiaomi was accused in January, US investors were basically financing “the development and modernization of [PRC] military.”
    There’s no sign of a similar action taking place in Huawei’s case. As you know, the company is still on the U.S. blacklist and entity list. The latter restricted Huawei’s access to technology from any U.S. company or company that uses U.S. technology.
    """

  /// The article with hand-made time expressions as the tagger finds them, resolved against 2021-05-12.
  static var fixture: ArticleFixture {
    ArticleFixture(text)
      .time("At the beginning of the year", value: "2021-01", earliest: "2021-01-01", latest: "2021-03-31")
      .time("Now", value: "2021-05-12", earliest: "2021-05-12", latest: "2021-05-12", timex: "PRESENT_REF")
      .time("back in March", value: "2021-03", earliest: "2021-03-01", latest: "2021-03-31")
      .time(
        "Now", value: "2021-05-12", earliest: "2021-05-12", latest: "2021-05-12", timex: "PRESENT_REF",
        occurrence: 2
      )
      .time(
        "two months", value: "2021-05", earliest: "2021-05-01", latest: "2021-05-31",
        resolution: .previousTime,
        type: .duration, timex: "P2M"
      )
      .time("in January", value: "2021-01", earliest: "2021-01-01", latest: "2021-01-31")
  }
}
