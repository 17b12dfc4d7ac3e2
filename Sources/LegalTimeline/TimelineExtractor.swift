import EventRules
import PageReader
import TextSegmentation
import TimeTagger

/// Runs every stage on one page: HTML → article → sentences → time expressions → events → timeline.
///
/// A value of this type holds only configuration, so one extractor can serve many pages on many threads.
public struct TimelineExtractor: Sendable {
  /// The rules that find events.
  public let rules: RulePack
  public let options: ExtractionOptions
  private let reader: PageReader
  private let events: EventExtractor

  public init(rules: RulePack = .builtIn, options: ExtractionOptions = ExtractionOptions()) {
    self.rules = rules
    self.options = options
    self.reader = PageReader(maxBytes: options.maxBytes)
    self.events = EventExtractor(pack: rules)
  }

  /// Reads a page and runs the stages up to the time expressions: what `explain` and the events need.
  /// - Parameter file: the input's name, carried into the timeline's `source`.
  public func analyze(_ bytes: [UInt8], file: String? = nil) throws(ExtractionError) -> ArticleAnalysis {
    let article: Article
    do {
      article = try reader.read(bytes, url: nil)
    } catch {
      throw .page(error)
    }
    let text = article.text
    // A page of more sentences than any article is read for its first ones: time and memory stay bounded.
    let sentences = Array(SentenceSplitter().sentences(in: text).prefix(Self.maxSentences))
    let day = article.publicationDate.flatMap {
      CalendarDay(year: $0.year, month: $0.month, day: $0.day)
    }
    // Tokenized once here for both the time tagger and the event stage; an endless line each reads in its
    // own bounded way.
    let tokens = sentences.map {
      $0.range.count <= Self.maxSharedScalars
        ? Tokenizer().tokens(in: $0.text, offset: $0.range.lowerBound) : nil
    }
    let times = TimeTagger(publicationDate: day).expressions(in: text, sentences: sentences, tokens: tokens)
    return ArticleAnalysis(
      file: file, article: article, text: text, sentences: sentences, tokens: tokens, times: times,
      publicationDay: day)
  }

  /// Extracts the timeline of one page.
  /// - Parameter file: the input's name, carried into the timeline's `source`; nil for standard input.
  public func extract(_ bytes: [UInt8], file: String? = nil) throws(ExtractionError) -> Timeline {
    timeline(of: try analyze(bytes, file: file))
  }

  /// Finds the events of an analysed page and assembles its timeline.
  public func timeline(of analysis: ArticleAnalysis) -> Timeline {
    let found = events.events(
      in: analysis.text, sentences: analysis.sentences, tokens: analysis.tokens, times: analysis.times,
      publicationDate: analysis.publicationDay)
    let shown: (LegalEvent) -> Bool = { event in
      options.includeUnrealized || (event.status != .hypothetical && event.status != .negated)
    }
    return TimelineAssembler(source: analysis.timelineSource).timeline(from: found, keeping: shown)
  }

  /// For each sentence, the rules that matched or were vetoed, and why: what a rule author needs.
  public func explain(_ analysis: ArticleAnalysis) -> [SentenceExplanation] {
    events.explain(
      in: analysis.text, sentences: analysis.sentences, tokens: analysis.tokens, times: analysis.times,
      publicationDate: analysis.publicationDay)
  }

  /// The most sentences of one page read for times and events (a long court opinion has a few thousand).
  public static let maxSentences = 10_000

  /// The longest sentence whose tokens are made once and shared: the stages read longer ones (endless lines
  /// of hostile pages) in their own bounded pieces.
  static let maxSharedScalars = 20_000
}

/// Settings of an extraction.
public struct ExtractionOptions: Sendable, Hashable {
  /// Also report hypothetical ("if convicted, faces ...") and negated ("no appeal will be lodged") events.
  public var includeUnrealized: Bool
  /// The largest page accepted, in bytes.
  public var maxBytes: Int

  public init(includeUnrealized: Bool = false, maxBytes: Int = 64 << 20) {
    self.includeUnrealized = includeUnrealized
    self.maxBytes = maxBytes
  }
}
