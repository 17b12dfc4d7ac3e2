import EventRules
import Testing

/// Listing steps told in the passive ("was designated in 2020 for ..."), the threat of relisting, and a
/// headline about a removal from a sanctions list, which is a delisting and not new sanctions.
struct DesignationWordingTests {

  @Test func aPartyDesignatedInThePassiveUnderSanctionsIsADesignation() {
    let found = taggedEvents(
      "Orvik Tankers was designated in July 2020 for moving oil for a sanctioned refiner.")
    #expect(found.map(\.type) == ["regulatory.designation"])
    #expect(found.first?.date?.value == "2020-07")
    #expect(found.first?.names("target") == ["Orvik Tankers"])
  }

  @Test func aPlaceDesignatedALandmarkIsNoDesignation() {
    #expect(
      taggedEvents("The old mill was designated a historic landmark in 2020 by the county board.").isEmpty)
  }

  @Test func beingPutBackOnTheListIsAHypotheticalDesignation() {
    let found = taggedEvents(
      "Treasury officials said the shipper could be put back on the list if it resumed the trade.")
    #expect(found.map(\.type) == ["regulatory.designation"])
    #expect(found.first?.status == .hypothetical)
  }

  @Test func aHeadlineRemovalFromASanctionsListIsADelistingOnly() {
    let found = taggedEvents("Halvard Metals Removed From EU Sanctions List")
    #expect(found.map(\.type) == ["regulatory.delisting"])
  }

  /// The taxonomy: sanctions on a country or sector are `regulatory.sanctions`; named or counted companies and
  /// people put under sanctions are put on a list, `regulatory.designation`.
  @Test func sanctionsImposedOnACountOfFirmsPutThemOnAList() {
    let found = taggedEvents("The EU imposed sanctions on three mining firms in March.")
    #expect(found.map(\.type) == ["regulatory.designation"])
    #expect(
      taggedEvents("The EU imposed sanctions on the mining sector in March.").map(\.type) == [
        "regulatory.sanctions"
      ])
  }
}
