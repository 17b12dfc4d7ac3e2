/// A sum of money read from an amount as the article writes it ("$312K", "more than $312,000", "£3.4m",
/// "€1.2 billion"), so that one sum written two ways, or rounded, is known as one.
struct SumOfMoney: Equatable {
  let currency: String
  let value: Double

  /// The sum `text` names, or nil when it names none (a share of turnover, a count).
  init?(_ text: String) {
    let lower = text.lowercased()
    // "US$5m" is in dollars too.
    guard let sign = RoleFinder.moneySigns.first(where: { lower.contains($0) }) else { return nil }
    var digits = ""
    var rest = Substring("")
    var seenDigit = false
    for (k, c) in zip(lower.indices, lower) {
      if c.isNumber || (c == "." && seenDigit) {
        digits.append(c)
        seenDigit = true
      } else if c == ",", seenDigit {
        continue
      } else if seenDigit {
        rest = lower[k...]
        break
      }
    }
    guard !digits.isEmpty, var value = Double(digits) else { return nil }
    let unit = rest.drop(while: { $0 == " " }).prefix(while: { $0.isLetter })
    switch unit {
    case "k", "thousand": value *= 1_000
    case "m", "mn", "million": value *= 1_000_000
    case "bn", "b", "billion": value *= 1_000_000_000
    case "trillion": value *= 1_000_000_000_000
    default: break
    }
    currency = sign
    self.value = value
  }

  /// Whether two sums are one, written exactly or rounded ("$312K" and "$312,480"): same currency, within
  /// half a percent.
  func isRoughly(_ other: SumOfMoney) -> Bool {
    guard currency == other.currency, value > 0, other.value > 0 else { return false }
    return abs(value - other.value) <= 0.005 * max(value, other.value)
  }
}
