import Testing

@testable import EventRules

/// A pattern word's forms answer the same whether they are few (compared in turn) or many (hashed).
struct WordFormsTests {
  @Test func fewFormsAndManyFormsFindTheSameWords() {
    let few = WordForms(["sue", "sues", "sued", "suing"])
    #expect(few.contains("sued") && few.contains("suing"))
    #expect(!few.contains("sue's") && !few.contains("su") && !few.contains("Sued") && !few.contains(""))
    let words = (1...20).map { "word\($0)" }
    let many = WordForms(Set(words))
    #expect(words.allSatisfy(many.contains))
    #expect(!many.contains("word21") && !many.contains("word"))
  }

  @Test func wordsOfOtherScriptsAndLengthsAreCompared() {
    let forms = WordForms(["détenu", "arrêté", "逮捕"])
    #expect(forms.contains("arrêté") && forms.contains("逮捕"))
    #expect(!forms.contains("arrete") && !forms.contains("逮"))
  }

  @Test func anOrdinalsSuffixFollowsADigit() {
    #expect(PatternMatcher.isOrdinalSuffix("th", after: "8"))
    #expect(PatternMatcher.isOrdinalSuffix("st", after: "21"))
    #expect(!PatternMatcher.isOrdinalSuffix("th", after: "eight"))
    #expect(!PatternMatcher.isOrdinalSuffix("the", after: "8"))
    #expect(!PatternMatcher.isOrdinalSuffix("th", after: ""))
  }
}
