#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads calendar days out of the date strings pages use: ISO 8601 and its relatives (`2021-05-12T09:14`,
/// `2021/05/12`, `20210512`), and written dates (`May 12, 2021`, `12 May 2021`, `Wed, 12 May 2021 09:14 GMT`).
///
/// The day is taken as written: a time zone never moves it.
enum DateParser {
  struct Day: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int
  }

  /// The latest year accepted: next year (pages may be dated a little ahead).
  static let latestYear: Int = 1970 + Int(Date().timeIntervalSince1970 / 31_556_952) + 1

  /// The earliest year accepted.
  static let earliestYear = 1990

  /// Parses a machine-readable value (ISO-like first, then written forms).
  static func parse(_ value: String) -> Day? {
    let trimmed = value.trimmingPrefix(while: { $0 == " " })
    if let day = parseISO(Array(trimmed.utf8)) { return day }
    return parseWritten(String(trimmed))
  }

  /// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` or `YYYYMMDD` at the start of the value.
  static func parseISO(_ bytes: [UInt8]) -> Day? {
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count else { return nil }
      var value = 0
      for i in range {
        let byte = bytes[i]
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard let year = number(0..<4) else { return nil }
    if bytes.count >= 10, [0x2D, 0x2F, 0x2E].contains(bytes[4]), bytes[7] == bytes[4],
      let month = number(5..<7), let day = number(8..<10)
    {
      return validated(year, month, day)
    }
    if bytes.count >= 8, let month = number(4..<6), let day = number(6..<8),
      bytes.count == 8 || !(0x30...0x39).contains(bytes[8])
    {
      return validated(year, month, day)
    }
    return nil
  }

  /// The first written date in a text: `May 12, 2021`, `12 May 2021`, `12. Mai 2021`, an ISO date, or
  /// `12.05.2021` (day first).
  static func parseWritten(_ text: String) -> Day? {
    if let day = parseNumeric(Array(text.utf8)) { return day }
    let lower = text.lowercased()
    let tokens = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    for (i, token) in tokens.enumerated() {
      if let month = monthNumber(token) {
        // Month Day(,) Year
        if i + 2 < tokens.count, let day = dayNumber(tokens[i + 1]), let year = yearNumber(tokens[i + 2]),
          let result = validated(year, month, day)
        {
          return result
        }
        // Day Month Year
        if i >= 1, i + 1 < tokens.count, let day = dayNumber(tokens[i - 1]),
          let year = yearNumber(tokens[i + 1]),
          let result = validated(year, month, day)
        {
          return result
        }
      }
    }
    return nil
  }

  /// The first all-digit date in a text: `2021-05-12`, `2021/05/12`, `12.05.2021` (day first), `5/12/2021`
  /// (month first, only when the day is over 12 or the separator is a dot: `05/08/2014` is ambiguous).
  static func parseNumeric(_ bytes: [UInt8]) -> Day? {
    var groups: [(value: Int, digits: Int, end: Int)] = []
    var i = 0
    while i < bytes.count {
      guard (0x30...0x39).contains(bytes[i]) else {
        i += 1
        continue
      }
      let start = i
      var value = 0
      while i < bytes.count, (0x30...0x39).contains(bytes[i]), i - start < 5 {
        value = value * 10 + Int(bytes[i] - 0x30)
        i += 1
      }
      groups.append((value, i - start, i))
      // Three groups joined by one separator character each make a date candidate.
      if groups.count >= 3 {
        let (a, b, c) = (groups[groups.count - 3], groups[groups.count - 2], groups[groups.count - 1])
        let firstSeparator = bytes[a.end]
        let joined = b.end - b.digits == a.end + 1 && c.end - c.digits == b.end + 1
        let secondSeparator = bytes[b.end]
        if joined, firstSeparator == secondSeparator, [0x2D, 0x2F, 0x2E].contains(firstSeparator) {
          if a.digits == 4, b.digits <= 2, c.digits <= 2, let day = validated(a.value, b.value, c.value) {
            return day
          }
          if c.digits == 4, a.digits <= 2, b.digits <= 2 {
            if firstSeparator == 0x2E || a.value > 12, let day = validated(c.value, b.value, a.value) {
              return day
            }
            if firstSeparator == 0x2F, b.value > 12, let day = validated(c.value, a.value, b.value) {
              return day
            }
          }
        }
      }
    }
    return nil
  }

  static func validated(_ year: Int, _ month: Int, _ day: Int) -> Day? {
    guard (earliestYear...latestYear).contains(year), (1...12).contains(month), day >= 1 else { return nil }
    let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= lengths[month - 1] else { return nil }
    if month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { return nil }
    return Day(year: year, month: month, day: day)
  }

  private static func dayNumber(_ token: String) -> Int? {
    var digits = Substring(token)
    for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
    guard digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
    return day
  }

  private static func yearNumber(_ token: String) -> Int? {
    guard token.count == 4, let year = Int(token) else { return nil }
    return year
  }

  /// Month names and abbreviations in English, French, Spanish, German, Italian and Portuguese.
  static func monthNumber(_ token: String) -> Int? {
    monthNames[token]
  }

  private static let monthNames: [String: Int] = {
    let lists: [[String]] = [
      [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november",
        "december",
      ],
      ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
      [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre",
        "décembre",
      ],
      [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
      ],
      [
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november",
        "dezember",
      ],
      [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre",
        "novembre", "dicembre",
      ],
      [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
        "novembro", "dezembro",
      ],
    ]
    var table: [String: Int] = ["sept": 9]
    for list in lists {
      for (index, name) in list.enumerated() where table[name] == nil { table[name] = index + 1 }
    }
    return table
  }()
}
