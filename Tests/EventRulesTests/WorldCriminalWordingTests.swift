import EventRules
import Testing

/// Criminal-court wordings from English-language news around the world: cases registered, suspects quizzed
/// or nabbed, pleas told as admissions or as claiming trial, release on a surety or from a named prison,
/// courts martial and retrials, acquittals told as "cleared of", sentences told as terms, orders or time
/// behind bars, surrender under a European Arrest Warrant, and pardons told as mercy or remission.
struct WorldCriminalWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    (
      "Police registered a case against the three directors on Monday over the alleged fraud.",
      "criminal.investigation"
    ),
    ("EFCC quizzes former governor over N7bn pension fund diversion", "criminal.investigation"),
    ("Delhi Police nab two for duping senior citizens in ₹3 crore cyber fraud", "criminal.arrest"),
    ("Ex-banker admits laundering $40m for Mexican cartel", "criminal.plea"),
    (
      "The former chief executive claimed trial to 10 charges at the Sessions Court on Monday.",
      "criminal.plea"
    ),
    ("A judge in Toronto released the accused on a $50,000 surety on Thursday.", "criminal.release"),
    ("Hong Kong activist released from Stanley Prison after 40 months behind bars", "criminal.release"),
    ("The court martial of two soldiers opened at Bulford in March 2022.", "criminal.trial"),
    (
      "The former sheriff got 18 months behind bars on Tuesday for tipping off suspects.", "criminal.sentence"
    ),
    (
      "The former deputy mayor was given a term of three years and six months in March 2020.",
      "criminal.sentence"
    ),
    (
      "The suspect was flown to Dublin on Wednesday and surrendered to gardaí under a European Arrest Warrant.",
      "criminal.extradition"
    ),
    (
      "Exercising the power of mercy, the president on Thursday freed more than 4,000 petty offenders.",
      "criminal.pardon"
    ),
    (
      "The state government remitted the remaining life sentences of 36 convicts last September.",
      "criminal.pardon"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test(arguments: [
    "Researchers say the drug may arrest the progression of the disease.",
    "Her arresting photographs of Lagos street life go on show next month.",
    "The chef begged our pardon for the slow service.",
  ])
  func theEverydaySenseIsNoEvent(sentence: String) {
    #expect(types(sentence).isEmpty, "\(types(sentence))")
  }
}
