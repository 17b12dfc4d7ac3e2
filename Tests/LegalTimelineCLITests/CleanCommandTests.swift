import Testing

@Suite struct CleanCommandTests {
  @Test func theSeedPageKeepsEveryParagraphAndNoChrome() throws {
    let result = try CommandRunner.run(["clean", "samples/techthelead-xiaomi-blacklist.html"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "The US “Forgives” Xiaomi, Removes Them from Blacklist")
    for opening in [
      "At the beginning of the year", "After the company sued", "That was back in March",
      "With the “appropriate” removal", "There’s no sign of a similar action",
    ] {
      #expect(lines.contains { $0.hasPrefix(opening) }, "missing the paragraph opening “\(opening)”")
    }
    for chrome in [
      "Leave a Reply", "Click to comment", "Must Read", "Copyright ©", "Subscribe to our website",
      "Follow TechTheLead", "To Top",
    ] {
      #expect(!result.stdout.contains(chrome), "chrome leaked: \(chrome)")
    }
  }

  @Test func aBinaryInputIsRefusedWithItsName() throws {
    let result = try CommandRunner.run(
      ["clean"], stdin: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
    #expect(result.status == 1)
    #expect(result.stderr.contains("<stdin>"))
  }
}
