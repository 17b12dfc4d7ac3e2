import EventRules
import PageReader
import TextSegmentation
import TimeTagger

/// Runs every stage on one page: HTML → article → sentences → time expressions → events → timeline.
public struct TimelineExtractor: Sendable {
  public init() {}
}
