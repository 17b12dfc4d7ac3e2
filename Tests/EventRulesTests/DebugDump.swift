import EventRules
import Testing

@Test func debugDumpSeed() {
  let f = SeedArticle.fixture
  for e in f.explain() { print(e) }
  for (i, e) in f.events().enumerated() {
    print(i, e.type, e.status, e.date?.value ?? "nil", e.date?.resolution ?? "", e.participants.map { "\($0.role)=\($0.name)" }, e.quotes, "after", e.after, "before", e.before, e.caseKey ?? "-", e.evidence.count, e.rule)
  }
}
