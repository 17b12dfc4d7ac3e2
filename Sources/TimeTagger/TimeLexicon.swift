/// The words time expressions are made of, as data: extend these tables to teach the tagger new words.
enum TimeLexicon {
  /// Month names and abbreviations → month number.
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
  ]

  /// Month words that are also common English words: tagged only with a clear date context.
  static let ambiguousMonths: Set<String> = ["march", "may", "mar", "jan", "jun", "dec", "sep", "aug"]

  /// Weekday names and abbreviations → ISO weekday (1 = Monday).
  static let weekdays: [String: Int] = [
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "thursday": 4,
    "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
  ]

  /// Weekday abbreviations that are also words: tagged only when capitalized and followed by a date.
  static let ambiguousWeekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

  /// Season words → TIMEX3 season code.
  static let seasons: [String: String] = [
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
  ]

  /// Parts of the day → TIMEX3 time-of-day code.
  static let partsOfDay: [String: String] = [
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
  ]

  /// Calendar units, singular and plural → the unit.
  static let units: [String: TimeUnit] = [
    "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour,
    "hours": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month,
    "months": .month, "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year,
    "decade": .decade, "decades": .decade, "century": .century, "centuries": .century, "weekend": .weekend,
    "weekends": .weekend, "yr": .year, "yrs": .year, "hr": .hour, "hrs": .hour, "min": .minute,
    "mins": .minute,
  ]

  /// Cardinal number words.
  static let cardinals: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
  ]

  /// Ordinal words → number ("third quarter", "the 12th").
  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "last": -1,
  ]

  /// Words for an unknown count ("several years" → `PXY`).
  static let vagueCounts: Set<String> = ["several", "few", "many", "some", "couple", "numerous"]

  /// Words before an amount that keep their place in the expression ("nearly two months").
  static let approximators: Set<String> = [
    "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under", "barely",
    "just", "only", "fully",
  ]

  /// Two-word approximators ("more than two years").
  static let approximatorPairs: Set<String> = [
    "more than", "less than", "at least", "up to", "no more", "no less", "fewer than", "at most",
    "as many", "as much",
  ]
  /// The first words of `approximatorPairs`, so that most words are ruled out before two are joined.
  static let approximatorPairStarts = Set(
    approximatorPairs.compactMap { $0.split(separator: " ").first.map(String.init) })

  /// Vague references to the present, past and future, by their TIMEX3 value.
  static let references: [String: String] = [
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "recently": "PAST_REF",
    "lately": "PAST_REF",
  ]

  /// Adverbs that make a set ("annually" → `P1Y`).
  static let frequencyAdverbs: [String: String] = [
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "hourly": "PT1H", "annually": "P1Y", "yearly": "P1Y",
    "nightly": "XXXX-XX-XXTNI",
  ]

  /// Position modifiers before a span ("early 2021", "mid-March") → the part they select.
  static let parts: [String: SpanPart] = [
    "early": .early, "earlier": .early, "late": .late, "later": .late, "mid": .mid, "middle": .mid,
  ]

  /// Phrases naming a part of a span, followed by "of" ("the beginning of the year").
  static let partNouns: [String: SpanPart] = [
    "beginning": .start, "start": .start, "end": .end, "middle": .mid, "close": .end, "turn": .start,
  ]

  /// Holidays with a fixed date → (month, day), by their lowercased words without possessives.
  static let fixedHolidays: [String: (Int, Int)] = [
    "christmas": (12, 25), "new year day": (1, 1), "halloween": (10, 31), "valentine day": (2, 14),
    "independence day": (7, 4), "christmas eve": (12, 24), "new year eve": (12, 31), "veterans day": (11, 11),
  ]

  /// Words after a four-digit number that show it counts things rather than naming a year.
  static let countNouns: Set<String> = [
    "percent", "people", "points", "shares", "units", "votes", "employees", "workers", "members", "miles",
    "feet", "pounds", "tons", "cars", "dollars", "jobs", "troops", "copies", "students", "acres", "yen",
    "barrels", "kilometers", "meters", "euros", "seats", "cases", "deaths", "persons", "soldiers", "times",
    "homes", "stores", "companies", "pages", "words", "hours", "minutes", "days", "years", "calories",
  ]

  /// Capitalized words before a year that make it part of a statute's name ("Regulations 2016", "Code 2019").
  static let statuteNouns: Set<String> = [
    "regulations", "regulation", "rules", "code", "directive", "ordinance", "decree", "statute", "law",
    "measures", "guidelines",
  ]

  /// Words before a number that make it a name or a quantity, not a date ("Section 230", "No. 5").
  static let numberLabels: Set<String> = [
    "section", "sec", "rule", "article", "art", "no", "number", "route", "flight", "model", "room", "page",
    "chapter", "title", "paragraph", "para", "item", "exhibit", "docket", "case", "bill", "act", "amendment",
    "interstate", "highway", "suite", "box", "unit", "version", "v", "ver", "iphone", "xiaomi", "galaxy",
    "windows", "boeing", "airbus", "pixel", "resolution", "order", "form", "schedule", "part", "class",
    "tel", "phone", "fax", "ext", "about", "nearly", "than", "some", "around", "approximately", "over",
    "roughly", "almost", "only", "just",
  ]
}

/// A calendar unit of a duration or a shift.
enum TimeUnit: Sendable, Hashable {
  case second, minute, hour, day, week, weekend, month, quarter, year, decade, century

  /// The ISO 8601 duration of `n` (nil: unknown) of this unit: `P2M`, `PT3H`, `PXY`.
  func duration(_ n: Int?) -> String {
    let count = n.map(String.init) ?? "X"
    switch self {
    case .second: return "PT\(count)S"
    case .minute: return "PT\(count)M"
    case .hour: return "PT\(count)H"
    case .day: return "P\(count)D"
    case .week: return "P\(count)W"
    case .weekend: return "P\(n.map { String($0 * 2) } ?? "X")D"
    case .month: return "P\(count)M"
    case .quarter: return "P\(count)Q"
    case .year: return "P\(count)Y"
    case .decade: return n.map { "P\($0 * 10)Y" } ?? "PXDE"
    case .century: return n.map { "P\($0 * 100)Y" } ?? "PXCE"
    }
  }

  /// The precision of a date `n` of these units away ("two months ago" is a month).
  var precision: CalendarSpan.Precision {
    switch self {
    case .second, .minute, .hour, .day: .day
    case .week, .weekend: .week
    case .month: .month
    case .quarter: .quarter
    case .year: .year
    case .decade: .decade
    case .century: .century
    }
  }
}
