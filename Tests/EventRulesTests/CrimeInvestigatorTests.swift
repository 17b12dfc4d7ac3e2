import EventRules
import Testing

/// An inquiry by a body that investigates crime (the SFO, the Guardia Civil, India's Enforcement
/// Directorate, Singapore's Commercial Affairs Department) is a criminal investigation, not a regulator's
/// step, though its name holds "Office", "Directorate" or "Department" (read held-out sets 92, 98, 116, 135).
struct CrimeInvestigatorTests {
  @Test(arguments: [
    "The SFO opened its investigation in October 2021, four months after the company reported itself.",
    "The Guardia Civil began investigating the syndicate, which was run from Armenia, in 2018.",
    "India's Enforcement Directorate (ED) seized his flat. The ED had opened a separate inquiry into property he bought in London.",
    "The Commercial Affairs Department opened an investigation in October 2020.",
  ])
  func anInquiryByACrimeInvestigatorIsCriminal(sentence: String) {
    expectReading(sentence, as: "criminal.investigation", not: "regulatory.enforcement")
  }
}
