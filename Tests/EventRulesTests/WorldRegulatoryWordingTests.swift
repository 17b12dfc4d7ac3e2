import EventRules
import Testing

/// Regulators' wordings from news around the world: notices of hearing, sealed offices, examinations by a
/// named watchdog, enforcement cases opened, bans finalized or come into force, imports halted, trainers
/// warned off, firms authorised as institutions, licences not renewed, terrorist and alert-list
/// designations, designations revoked, surcharge orders, arms embargoes as sanctions.
struct WorldRegulatoryWordingTests {
  func types(_ text: String) -> [String] { ArticleFixture(text).tagged().events().map(\.type) }

  @Test(arguments: [
    (
      "The Ontario Securities Commission issued a notice of hearing last week against two former executives.",
      "regulatory.enforcement"
    ),
    (
      "The SEC is examining trading in Halvorsen Biotech options ahead of the buyout.",
      "regulatory.enforcement"
    ),
    (
      "The Environmental Protection Agency on Monday finalized a ban on most uses of methylene chloride.",
      "regulatory.ban"
    ),
    ("Australia's ban on imports of disposable vapes came into force on 1 January 2024.", "regulatory.ban"),
    ("China halted all imports of Japanese seafood on 24 August 2023.", "regulatory.ban"),
    (
      "The British Horseracing Authority warned off the trainer for eight years on Thursday.",
      "regulatory.ban"
    ),
    ("The FCA authorised Kestrel Pay as an electronic money institution in January.", "regulatory.license"),
    (
      "Transport for London declined to renew the ride-hailing firm's private hire licence last month.",
      "regulatory.license"
    ),
    (
      "India's home ministry designated the Canada-based gangster an individual terrorist on Monday.",
      "regulatory.designation"
    ),
    (
      "The State Department revoked the group's designation as a Foreign Terrorist Organization in February 2021.",
      "regulatory.delisting"
    ),
    (
      "FINTRAC imposed an administrative monetary penalty of $1.3 million on a money services business on Tuesday.",
      "regulatory.penalty"
    ),
    (
      "The UN Security Council voted on Friday to lift the arms embargo on Somalia's government.",
      "regulatory.sanctions"
    ),
  ])
  func aWordingYieldsItsType(sentence: String, type: String) {
    #expect(types(sentence).contains(type), "\(types(sentence))")
  }

  @Test(arguments: [
    "The head teacher banned mobile phones from the dining hall after a food fight.",
    "The couple delisted their Malibu home after six months without an acceptable offer.",
    "Winning the cup gave the manager licence to rebuild the squad as he saw fit.",
    "The club's social-media embargo on transfer news ended at noon.",
  ])
  func theEverydaySenseIsNoEvent(sentence: String) {
    #expect(types(sentence).isEmpty, "\(types(sentence))")
  }
}
