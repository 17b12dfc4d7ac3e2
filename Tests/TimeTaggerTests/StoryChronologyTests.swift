import Testing

@testable import TimeTagger

/// Expressions counted from the time the story just narrated, and the seed article's designations.
@Suite struct StoryChronologyTests {
  /// The seed article (Xiaomi blacklisting), published 2021-05-12.
  static let seed = """
    At the beginning of the year, the Defense Department designated Xiaomi a Communist Chinese military company.
    Xiaomi sued back in March, and the judge blocked the designation two months later.
    In January, the company had said the designation was wrong.
    """

  @Test func seedArticleDesignationsResolveAsTheTimelineNeedsThem() throws {
    let found = tag(Self.seed, dct: "2021-05-12")
    let byText = Dictionary(found.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })

    let beginning = try #require(byText["the beginning of the year"])
    #expect(beginning.value == "2021")
    #expect(beginning.resolved?.value == "2021-01")

    let march = try #require(byText["March"])
    #expect(march.value == "2021-03")
    #expect(march.resolved?.value == "2021-03")
    #expect(march.resolved?.resolution == .publicationDate)

    let later = try #require(byText["two months"])
    #expect(later.type == .duration)
    #expect(later.value == "P2M")
    #expect(later.resolved?.value == "2021-05")
    #expect(later.resolved?.resolution == .previousTime)

    let january = try #require(byText["January"])
    #expect(january.value == "2021-01")
    #expect(january.resolved?.value == "2021-01")
  }

  @Test func followingWeekCountsFromTheNarratedDay() throws {
    let found = tag("The suit was filed on March 3, 2021. The following week, the judge ruled.")
    let week = try #require(found.first { $0.text == "The following week" })
    #expect(week.value == "2021-W10")
    #expect(week.resolved?.resolution == .previousTime)
  }

  @Test func aDayAfterCountsFromTheNarratedDay() throws {
    let found = tag("The ban was announced on Jan. 14, 2021. A day after, Xiaomi's shares fell.")
    let day = try #require(found.first { $0.text == "A day" })
    #expect(day.value == "P1D")
    #expect(day.resolved?.value == "2021-01-15")
  }

  @Test func thatSameDayIsTheNarratedDay() throws {
    let found = tag("The order came on March 12, 2021. That same day, the company appealed.")
    let same = try #require(found.first { $0.text == "That same day" })
    #expect(same.value == "2021-03-12")
    #expect(same.resolved?.resolution == .previousTime)
  }

  @Test func aYearEarlierComparesWithTheStorysQuarter() throws {
    let found = tag(
      "Profit rose in the third quarter. Net was $5 million, up from $4 million a year earlier.",
      dct: "1989-11-02")
    let earlier = try #require(found.first { $0.text == "a year earlier" })
    #expect(earlier.value == "1988-Q3")
  }

  @Test func sinceAndRangesTagEachEnd() {
    let found = tag("The protests ran from March to May, and the case has dragged on since 2019.")
    #expect(found.map(\.text) == ["March", "May", "2019"])
    #expect(found.map(\.value) == ["2021-03", "2021-05", "2019"])
  }
}
