/// An update of a live blog or a wire flash ("BREAKING: Judge throws out the suit", "9.58pm: Jurors have
/// returned their verdict"): told as it happens, so a happening it tells with no date of its own is the news of
/// the day of publication.
enum LiveUpdate {
  /// Labels a live blog or wire flash puts before an update ("BREAKING:", "UPDATE 3.15pm —", "9.58pm:").
  static let labels: Set<String> = [
    "breaking", "update", "updated", "just in", "live", "latest", "developing", "new", "flash", "urgent",
  ]

  /// Whether a sentence opens with a live-blog label or a clock time and a colon or dash: an update told
  /// as it happens, whose news is the day of publication.
  static func isLabelled(_ text: String) -> Bool {
    let head = text.prefix(40)
    guard let mark = head.firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }) else { return false }
    // A clock's own colon ("3:15pm") is not the label's.
    var label = head[..<mark].lowercased()
    if head[mark] == ":", let next = head[head.index(after: mark)...].first, next.isNumber {
      guard
        let close = head[head.index(after: mark)...].firstIndex(where: { $0 == ":" || $0 == "—" || $0 == "–" }
        )
      else { return false }
      label = head[..<close].lowercased()
    }
    let words = label.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." && $0 != ":" })
    guard !words.isEmpty, words.count <= 4 else { return false }
    var sawLabel = false
    var k = 0
    while k < words.count {
      let w = String(words[k])
      if k + 1 < words.count, labels.contains(w + " " + words[k + 1]) {
        sawLabel = true
        k += 2
        continue
      }
      if labels.contains(w) {
        sawLabel = true
      } else if isClock(w) || (w.allSatisfy(\.isNumber) && sawLabel) {
        sawLabel = true
      } else {
        return false
      }
      k += 1
    }
    return sawLabel
  }

  /// "9.58pm", "11.20am", "3:15pm", "16.05".
  private static func isClock(_ w: String) -> Bool {
    let meridiem = w.hasSuffix("am") || w.hasSuffix("pm")
    let parts = (meridiem ? w.dropLast(2) : Substring(w)).split(whereSeparator: { $0 == "." || $0 == ":" })
    guard parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), let hour = parts.first, hour.count <= 2 else {
      return false
    }
    // "9pm" needs its "pm"; "9.58" and "9.58pm" have their minutes.
    return parts.count == 1 ? meridiem : parts.count == 2 && parts[1].count == 2
  }
}
