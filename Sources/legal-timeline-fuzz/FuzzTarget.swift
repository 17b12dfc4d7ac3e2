// The fuzz target: page extraction from arbitrary bytes, and rule-pack loading from arbitrary text.
//
// The first byte of an input picks what is fuzzed: even → the rest is a page for `TimelineExtractor`,
// odd → the rest is a rule pack for `RulePack.parse`. Any outcome but a crash or a hang is a pass.
//
// Built normally, the binary replays inputs: `legal-timeline-fuzz FILE...` (regression checks).
// Built for libFuzzer, it is a coverage-guided fuzzer (see README.md, "Fuzzing"):
//   swift build -c release --product legal-timeline-fuzz -Xswiftc -DFUZZING \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
import EventRules
import Foundation
import LegalTimeline

enum FuzzTarget {
  static let extractor = TimelineExtractor(
    options: ExtractionOptions(includeUnrealized: true, maxBytes: 4 << 20))

  /// Runs one input; returns a word on what happened, for replay logs.
  @discardableResult
  static func run(_ input: [UInt8]) -> String {
    guard let selector = input.first else { return "empty" }
    let body = Array(input.dropFirst())
    if selector & 1 == 0 {
      do {
        let timeline = try extractor.extract(body)
        _ = timeline.json.serialized()
        return "page: \(timeline.events.count) events"
      } catch {
        return "page refused: \(error)"
      }
    } else {
      do {
        let pack = try RulePack.parse(String(decoding: body, as: UTF8.self), source: "fuzz.yaml")
        return "rule pack: \(pack.rules.count) rules"
      } catch {
        return "rule pack refused: \(error)"
      }
    }
  }
}

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  // SwiftPM links an executable's entry point under this name; libFuzzer's driver takes over from it.
  @_cdecl("legal_timeline_fuzz_main")
  func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in
      guard let data else { return 0 }
      FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
      return 0
    }
  }
#else
  @main
  struct FuzzReplay {
    static func main() {
      let paths = CommandLine.arguments.dropFirst()
      if paths.isEmpty {
        print("usage: legal-timeline-fuzz FILE... (replays fuzz inputs; see FuzzTarget.swift to fuzz)")
      }
      for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("\(path): cannot be read")
          continue
        }
        print("\(path): \(FuzzTarget.run([UInt8](data)))")
      }
    }
  }
#endif
