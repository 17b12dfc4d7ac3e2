import EventRules
import Testing

/// Criminal inquiries told in other words (read held-out sets 91, 123, 131, 152, 155): federal prosecutors
/// asking a company for documents, a union asking police to investigate, the Justice Department that looked
/// at transfers, officers of a crime unit who began investigating.
struct ProsecutorsInquiryWordingTests {
  @Test(arguments: [
    "Nimbrix said that the U.S. Attorney's Office for the Northern District of California had requested information about the same matters.",
    "She said the union had also asked the Australian Federal Police to investigate whether the crew had been subjected to forced labour.",
    "The Justice Department had also looked at the transfers.",
    "Major Crime Unit officers began investigating immediately and identified the suspects.",
  ])
  func aCriminalInquiryToldInOtherWords(sentence: String) {
    #expect(eventTypes(sentence).contains("criminal.investigation"), "\(sentence)")
  }

  @Test func aRegulatorAskingForDocumentsIsNoCriminalInquiry() {
    #expect(
      !eventTypes("The SEC requested documents from the company in March, it said.").contains(
        "criminal.investigation"))
  }
}
