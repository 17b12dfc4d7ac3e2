/// Word lists the sentence splitter needs to tell an abbreviation's period from a sentence's end.
enum Abbreviations {
  /// Titles before a name: never the end of a sentence.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "hon", "rev", "fr", "st", "mt", "ft", "pres", "supt", "atty", "messrs", "mmes", "sr", "jr", "vs", "v",
    "ex", "approx", "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "cf", "al", "fig", "vol", "pp",
    "ald", "cllr", "det", "insp", "supv", "cpl", "pvt", "maj", "brig", "cdr", "coun", "cst", "const", "asst",
    "dep", "sens", "reps", "msgr",
  ]

  /// Abbreviations usually followed by a number ("Oct. 3", "No. 12", "Art. 5").
  static let beforeNumbers: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "art",
    "sec", "ch", "p", "para", "tel",
  ]

  /// Abbreviations that can also end a sentence ("sued Apple Inc. The company ...").
  static let ambiguous: Set<String> = [
    "inc", "corp", "co", "ltd", "llc", "plc", "llp", "etc", "bros", "cos", "intl", "ag", "sa", "nv", "bv",
    "pte", "pty", "sdn", "bhd", "ltda", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "n.y", "l.a",
    // Legal trade press: "DC Circ. Scraps FERC Approval", "N.D. Cal. Dist. Ct.".
    "circ", "cir", "dist",
  ]

  /// Words that commonly start a sentence: after an ambiguous abbreviation, they signal a new sentence.
  static let sentenceStarters: Set<String> = [
    "The", "A", "An", "It", "Its", "It's", "He", "She", "They", "We", "I", "You", "This", "That", "These",
    "Those", "There", "Their", "His", "Her", "Our", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As",
    "After", "Before", "When", "While", "If", "Although", "Though", "However", "Meanwhile", "Now", "Then",
    "Still", "Also", "According", "Last", "Earlier", "Later", "Since", "For", "With", "Under", "By", "Both",
    "Neither", "No", "Not", "What", "Why", "How", "Who", "Shares", "Some", "Many", "Most", "One", "Two",
  ]
}
