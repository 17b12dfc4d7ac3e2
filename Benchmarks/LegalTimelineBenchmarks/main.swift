// Throughput of the pipeline's stages over a folder of saved pages, in one process.
//
//   swift run -c release LegalTimelineBenchmarks [CORPUS_DIR] [--repetitions N] [--no-timebank]
//
// CORPUS_DIR defaults to ../shared/corpus/readability and holds <page>/source.html files. Each stage is run
// over every page, several times; the table shows the best repetition in CPU time (the least disturbed by
// other jobs) and each stage's cost relative to the libxml2 parse alone, the floor for anything built on it.
import Foundation
import LegalTimeline
import PageReader
import TextSegmentation
import TimeTagger

/// One measured stage: a name and the work done for one page.
struct Stage {
  var name: String
  var run: ([UInt8]) -> Int
}

let arguments = Array(CommandLine.arguments.dropFirst())
var corpusPath = "../shared/corpus/readability"
var repetitions = 5
var timebank = true
var index = 0
while index < arguments.count {
  if arguments[index] == "--no-timebank" {
    timebank = false
    index += 1
  } else if arguments[index] == "--repetitions", index + 1 < arguments.count,
    let value = Int(arguments[index + 1])
  {
    repetitions = max(1, value)
    index += 2
  } else {
    corpusPath = arguments[index]
    index += 1
  }
}

let folder = URL(fileURLWithPath: corpusPath)
let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
let pages: [[UInt8]] = names.compactMap { name in
  let file = folder.appendingPathComponent(name).appendingPathComponent("source.html")
  return (try? Data(contentsOf: file)).map { [UInt8]($0) }
}
guard !pages.isEmpty else {
  FileHandle.standardError.write(Data("no <page>/source.html files in \(folder.path)\n".utf8))
  exit(2)
}
let totalBytes = pages.reduce(0) { $0 + $1.count }

let reader = PageReader()
let extractor = TimelineExtractor()
// Each stage includes the ones before it, as a page goes through them. Each is a named function that is
// never inlined, so an instruction profile (Benchmarks/instruction-profile.sh) can find its cost by name.
@inline(never) func stageParse(_ bytes: [UInt8]) -> Int { PageReader.parseOnly(bytes) }

@inline(never) func stageRead(_ bytes: [UInt8]) -> Int { (try? reader.read(bytes))?.blocks.count ?? 0 }

@inline(never) func stageSentences(_ bytes: [UInt8]) -> Int {
  guard let article = try? reader.read(bytes) else { return 0 }
  return SentenceSplitter().sentences(in: article.text).count
}

@inline(never) func stageTimes(_ bytes: [UInt8]) -> Int { (try? extractor.analyze(bytes))?.times.count ?? 0 }

@inline(never) func stageEvents(_ bytes: [UInt8]) -> Int {
  guard let analysis = try? extractor.analyze(bytes) else { return 0 }
  return extractor.timeline(of: analysis).events.count
}

@inline(never) func stageExtract(_ bytes: [UInt8]) -> Int {
  (try? extractor.extract(bytes))?.json.serialized().utf8.count ?? 0
}

let stages: [Stage] = [
  Stage(name: "parse (libxml2 only)", run: stageParse),
  Stage(name: "read (parse+clean+meta)", run: stageRead),
  Stage(name: "+ sentences", run: stageSentences),
  Stage(name: "+ time expressions", run: stageTimes),
  Stage(name: "+ events", run: stageEvents),
  Stage(name: "extract (+ JSON)", run: stageExtract),
]

/// Seconds of CPU time this process has used; steadier than wall time when other jobs share the cores.
func cpuSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Wall and CPU seconds of one run of `stage` over every page.
func measure(_ stage: Stage, pages: [[UInt8]]) -> (wall: Double, cpu: Double) {
  var sink = 0
  let cpuStart = cpuSeconds()
  let elapsed = ContinuousClock().measure {
    for page in pages { sink &+= stage.run(page) }
  }
  let cpu = cpuSeconds() - cpuStart
  if sink == 42 { print("") }  // keeps the work observable
  let parts = elapsed.components
  return (Double(parts.seconds) + Double(parts.attoseconds) / 1e18, cpu)
}

// Stages alternate within each repetition, so a burst of load from other jobs hits all of them alike.
var wallTimes = [[Double]](repeating: [], count: stages.count)
var cpuTimes = [[Double]](repeating: [], count: stages.count)
for _ in 0..<repetitions {
  for (number, stage) in stages.enumerated() {
    let (wall, cpu) = measure(stage, pages: pages)
    wallTimes[number].append(wall)
    cpuTimes[number].append(cpu)
  }
}

print(
  "\(pages.count) pages, \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, best of \(repetitions) (CPU time)"
)
print("stage                      pages/s     MB/s  best cpu ms  median cpu ms  best wall ms  × parse (cpu)")
let floor = cpuTimes[0].min() ?? 1
for (number, stage) in stages.enumerated() {
  let sorted = cpuTimes[number].sorted()
  let best = sorted[0]
  let median = sorted[sorted.count / 2]
  let wall = wallTimes[number].min() ?? 0
  let line = String(
    format: "%@ %9.1f %8.1f %12.1f %14.1f %13.1f %14.2f",
    stage.name.padding(toLength: 24, withPad: " ", startingAt: 0) as NSString,
    Double(pages.count) / best,
    Double(totalBytes) / 1e6 / best, best * 1000, median * 1000, wall * 1000, best / floor)
  print(line)
}

// Time expressions alone, on the TimeBank texts: documents per second on one core.
let timebankFolder = folder.deletingLastPathComponent().appendingPathComponent("timebank")
let timebankFiles = ((try? FileManager.default.contentsOfDirectory(atPath: timebankFolder.path)) ?? [])
  .sorted()
let documents: [(text: String, dct: CalendarDay?)] = timebankFiles.compactMap { name in
  guard let data = try? Data(contentsOf: timebankFolder.appendingPathComponent(name)),
    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
    let text = object["text"] as? String
  else { return nil }
  return (text, (object["dct"] as? String).flatMap(CalendarDay.init(iso:)))
}
if timebank, !documents.isEmpty {
  var best = Double.infinity
  var found = 0
  for _ in 0..<repetitions {
    let start = cpuSeconds()
    found = 0
    for document in documents {
      found += TimeTagger(publicationDate: document.dct).expressions(in: document.text).count
    }
    best = min(best, cpuSeconds() - start)
  }
  print(
    String(
      format:
        "\ntime tagging alone: %d TimeBank documents, %d expressions, %.0f documents/s (best of %d, CPU time)",
      documents.count, found, Double(documents.count) / best, repetitions))
}

// Peak memory of the whole run (which holds every page in memory at once), against the largest page.
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let largest = pages.map(\.count).max() ?? 0
print(
  String(
    format: "peak resident memory: %.1f MB; largest page %.1f MB (%.1f× it)", Double(usage.ru_maxrss) / 1024,
    Double(largest) / 1e6, Double(usage.ru_maxrss) * 1024 / Double(max(largest, 1))))
