import EventRules
import Testing

/// Pronouns and generic phrases resolved to the compatible party named last.
struct CoreferenceTests {
  @Test func sheStandsForTheLastPersonNotAnOrganisationNamedAfterHer() {
    let events = ArticleFixture(
      """
      Nadia Orlov was convicted by a Hartwell County jury in 2015.
      She was released from prison in 2020.
      """
    ).events()
    let release = events.first { $0.type == "criminal.release" }
    #expect(release?.names("person") == ["Nadia Orlov"])
  }

  @Test func aSurnameAloneIsStillThePerson() {
    let events = ArticleFixture(
      """
      Nadia Orlov was arrested in 2015 at the offices of Brindle Capital.
      Orlov spoke to reporters. He said nothing. She was released from custody in 2016.
      """
    ).events()
    let release = events.first { $0.type == "criminal.release" }
    #expect(release?.names("person") == ["Orlov"])
  }

  @Test func theCompanyStandsForTheLastOrganisationNotAPerson() {
    let events = ArticleFixture(
      """
      Regulators questioned Halden Robotics about its chief executive, Piotr Lang.
      The FTC fined the company $2 million in 2020.
      """
    ).events()
    let penalty = events.first { $0.type == "regulatory.penalty" }
    #expect(penalty?.names("target") == ["Halden Robotics"])
  }

  @Test func aPlaceAfterOfIsNoPerson() {
    let events = ArticleFixture(
      """
      Tomas Reyes, 47, of Lakeview Springs, was charged with fraud in 2019.
      He was sentenced to two years in prison in 2020.
      """
    ).events()
    let sentence = events.first { $0.type == "criminal.sentence" }
    #expect(sentence?.names("defendant") == ["Tomas Reyes"])
  }

  @Test func aLowercaseInstitutionIsOneParty() {
    let events = ArticleFixture("Her lawyers said they would sue the state forensics lab in 2022.").events()
    #expect(events.first?.names("defendant") == ["state forensics lab"])
  }

  @Test func aWordOpeningASentenceIsNoAntecedent() {
    let events = ArticleFixture(
      """
      Quorra Labs sued Vintner Systems in 2021.
      Closing arguments were heard in May.
      They said they would appeal.
      """
    ).events()
    let appeal = events.first { $0.type == "appeal.filed" }
    #expect(appeal?.participants.contains { $0.name == "Closing" } == false)
  }
}
