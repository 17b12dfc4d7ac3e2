// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "LegalTimeline",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "LegalTimeline", targets: ["LegalTimeline"]),
    .executable(name: "legal-timeline", targets: ["legal-timeline"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // libxml2, wrapped by PageReader only.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // HTML bytes → Article (title, publication date, main-content blocks).
    .target(name: "PageReader", dependencies: ["CLibXML2"]),
    // Text → sentences and tokens with offsets.
    .target(name: "TextSegmentation"),
    // Sentences + publication date → TIMEX3 time expressions, resolved.
    .target(name: "TimeTagger", dependencies: ["TextSegmentation"]),
    // Rule pack + sentences + time expressions → legal events.
    .target(
      name: "EventRules",
      dependencies: ["TextSegmentation", "TimeTagger", "Yams"],
      exclude: ["Rules/default.rules.yaml"],
      plugins: ["EmbedRulePackPlugin"]
    ),
    // The façade: runs the stages, builds and encodes the timeline, checks golden samples.
    .target(
      name: "LegalTimeline",
      dependencies: ["PageReader", "TextSegmentation", "TimeTagger", "EventRules"]
    ),
    .executableTarget(
      name: "legal-timeline",
      dependencies: [
        "LegalTimeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Build-time embedding of the default rule pack, so the binary needs no resource bundle.
    .executableTarget(name: "RulePackEmbedder"),
    .plugin(
      name: "EmbedRulePackPlugin",
      capability: .buildTool(),
      dependencies: ["RulePackEmbedder"],
      path: "Sources/EmbedRulePackPlugin"
    ),
    .executableTarget(
      name: "LegalTimelineBenchmarks",
      dependencies: ["LegalTimeline", "PageReader"],
      path: "Benchmarks/LegalTimelineBenchmarks"
    ),
    .testTarget(name: "PageReaderTests", dependencies: ["PageReader"]),
    .testTarget(name: "TextSegmentationTests", dependencies: ["TextSegmentation"]),
    .testTarget(name: "TimeTaggerTests", dependencies: ["TimeTagger"]),
    .testTarget(name: "EventRulesTests", dependencies: ["EventRules"]),
    .testTarget(name: "LegalTimelineTests", dependencies: ["LegalTimeline"]),
    // Runs the built binary as a user would; depending on it makes `swift test` build it.
    .testTarget(name: "LegalTimelineCLITests", dependencies: ["legal-timeline"]),
  ],
  swiftLanguageModes: [.v6]
)
