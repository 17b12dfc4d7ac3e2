import EventRules
import Testing

/// Sentences about how the law usually works tell no happening; news with the same words does.
struct GenericStatementTests {
  @Test(arguments: [
    "A tenant who thinks a lease clause is void files suit in small claims court.",
    "When a company loses at trial, it usually appeals the verdict.",
    "Getting a licence revoked is rarely a quick process.",
    "“Judges here have generally sided with the regulator on security failures,” he said.",
    "Read today’s consent order.",
    "View the complaint.",
  ])
  func aGeneralStatementYieldsNoEvent(_ text: String) {
    #expect(ArticleFixture(text).events().isEmpty)
  }

  @Test(arguments: [
    "A jury convicts a former mayor of bribery.",
    "A landlord who owns 40 buildings was sued by tenants on Monday.",
    "Vantor Bank, which often appeals, filed an appeal on Friday, its lawyers said.",
    "See Kee sued the city on Friday.",
  ])
  func newsWithTheSameShapeStillYieldsItsEvent(_ text: String) {
    #expect(!ArticleFixture(text).events().isEmpty)
  }
}
