import Testing

@testable import TimeTagger

@Suite struct ValuePrecisionTests {
  @Test func theLettersAfterTheFirstDashSayThePrecision() {
    #expect(TimeTagger.precision(of: "2021-W19") == .week)
    #expect(TimeTagger.precision(of: "2021-Q3") == .quarter)
    #expect(TimeTagger.precision(of: "2021-H1") == .quarter)
    #expect(TimeTagger.precision(of: "2020-SU") == .season)
    #expect(TimeTagger.precision(of: "2021-WI") == .season)  // winter, not a week
    #expect(TimeTagger.precision(of: "2021-03-12") == .day)
    #expect(TimeTagger.precision(of: "2021-03") == .month)
    #expect(TimeTagger.precision(of: "2021") == .year)
    #expect(TimeTagger.precision(of: "199") == .decade)
  }
}
