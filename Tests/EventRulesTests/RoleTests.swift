import EventRules
import Testing

/// Roles filled from the words around a trigger.
struct RoleTests {
  func first(_ text: String) -> LegalEvent? {
    ArticleFixture(text).events().first
  }

  @Test func amountsAndAuthorities() {
    let event = first("The SEC fined Acme $5 million for misleading investors.")
    #expect(event?.type == "regulatory.penalty")
    #expect(event?.names("amount") == ["$5 million"])
    #expect(event?.names("authority") == ["SEC"])
    #expect(event?.names("target") == ["Acme"])
  }

  @Test func agencyNamesAreAuthorities() {
    let event = first("The U.S. Department of Defense added Xiaomi to its blacklist of military companies.")
    #expect(event?.type == "regulatory.designation")
    #expect(event?.names("authority") == ["U.S. Department of Defense"])
    #expect(event?.names("target") == ["Xiaomi"])
  }

  @Test func prisonTermsAndPeople() {
    let event = first("John Doe was sentenced to five years in prison by Judge Mary Roe.")
    #expect(event?.type == "criminal.sentence")
    #expect(event?.names("defendant") == ["John Doe"])
    #expect(event?.names("term") == ["five years in prison"])
    #expect(event?.names("judge") == ["Mary Roe"])
  }

  @Test func circuitCourtWithOrdinal() {
    let event = first("The 9th Circuit upheld the ruling in Epic v. Apple.")
    #expect(event?.type == "appeal.decided")
    #expect(event?.names("court") == ["9th Circuit"])
    #expect(event?.names("case") == ["Epic v. Apple"])
  }

  @Test func caseNamesGivePlaintiffAndDefendant() {
    let event = first("In Oracle v. Google, the lawsuit filed in 2010 claimed copyright infringement.")
    #expect(event?.names("plaintiff") == ["Oracle"])
    #expect(event?.names("defendant") == ["Google"])
    #expect(event?.caseKey == "oracle-v-google")
  }

  @Test func quotedStandardsAreKept() {
    let event = first("Judge Ann Lee ruled that the agency's decision was “arbitrary and capricious”.")
    #expect(event?.quotes == ["arbitrary and capricious"])
  }

  @Test func genericPhrasesResolveToTheNameTheyStandFor() {
    let text =
      "Xiaomi denied ties to the military.\nThe company sued the government, and the U.S. government settled."
    let event = ArticleFixture(text).events().first
    #expect(event?.names("plaintiff") == ["Xiaomi"])
    #expect(event?.names("defendant") == ["U.S. government"])
  }
}
