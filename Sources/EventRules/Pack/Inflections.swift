/// The written forms of an English word that a trigger phrase should match: a lemma such as "sue" stands
/// for "sue", "sues", "sued" and "suing"; a noun such as "lawsuit" for "lawsuits" too.
///
/// Forms are over-generated on purpose (a form that English never uses costs nothing: no text contains it).
enum Inflections {
  /// Irregular past tenses and participles of the verbs legal news uses.
  static let irregular: [String: [String]] = [
    "bring": ["brought"], "hold": ["held"], "win": ["won"], "lose": ["lost"], "find": ["found"],
    "take": ["took", "taken"], "give": ["gave", "given"], "strike": ["struck", "stricken"],
    "throw": ["threw", "thrown"], "seek": ["sought"], "lay": ["laid"], "plead": ["pled", "pleaded"],
    "set": ["set"], "put": ["put"], "hear": ["heard"], "lead": ["led"], "begin": ["began", "begun"],
    "send": ["sent"], "get": ["got", "gotten"], "make": ["made"], "go": ["went", "gone"],
    "come": ["came"], "pay": ["paid"], "say": ["said"], "overturn": ["overturned"],
    "be": ["was", "were", "been"],
    "uphold": ["upheld"], "withdraw": ["withdrew", "withdrawn"], "hand": ["handed"], "rule": ["ruled"],
    "forgive": ["forgave", "forgiven"], "free": ["freed"], "sentence": ["sentenced"], "reach": ["reached"],
    "land": ["landed"], "file": ["filed"], "fine": ["fined"], "agree": ["agreed"], "see": ["saw", "seen"],
    "arise": ["arose"], "drop": ["dropped"], "slap": ["slapped"], "bar": ["barred"], "ban": ["banned"],
    "plan": ["planned"], "admit": ["admitted"], "acquit": ["acquitted"], "commit": ["committed"],
    "submit": ["submitted"], "remit": ["remitted"], "ship": ["shipped"], "stop": ["stopped"],
    "overrule": ["overruled"], "freeze": ["froze", "frozen"], "undo": ["undid", "undone"], "lift": ["lifted"],
    "cut": ["cut"], "hit": ["hit"], "shut": ["shut"],
  ]

  /// Every form `word` stands for, lowercased. `word` itself is always among them.
  static func forms(of word: String) -> Set<String> {
    let w = word.lowercased()
    var forms: Set<String> = [w]
    guard w.count >= 2, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return forms }
    if let irregular = irregular[w] { forms.formUnion(irregular) }
    let last = w.last ?? " "
    let stem = String(w.dropLast())
    // Plural and third person.
    if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
      forms.insert(w + "es")
    } else if last == "y", !isVowel(w.dropLast().last) {
      forms.insert(stem + "ies")
    } else {
      forms.insert(w + "s")
    }
    // Past and -ing.
    if last == "e" {
      forms.insert(w + "d")
      forms.insert(stem + "ing")
      forms.insert(w + "s")
      // "agreeing", "freeing", "overseeing": a doubled vowel keeps its "e".
      if w.hasSuffix("ee") || w.hasSuffix("oe") || w.hasSuffix("ye") { forms.insert(w + "ing") }
    } else if last == "y", !isVowel(w.dropLast().last) {
      forms.insert(stem + "ied")
      forms.insert(w + "ing")
    } else {
      forms.insert(w + "ed")
      forms.insert(w + "ing")
      if endsConsonantVowelConsonant(w) {
        forms.insert(w + String(last) + "ed")
        forms.insert(w + String(last) + "ing")
      }
    }
    // British spellings of -ize verbs ("penalize"/"penalise").
    if w.hasSuffix("ize") { forms.formUnion(Self.forms(of: String(w.dropLast(3)) + "ise")) }
    return forms
  }

  private static func isVowel(_ c: Character?) -> Bool {
    guard let c else { return false }
    return "aeiou".contains(c)
  }

  private static func endsConsonantVowelConsonant(_ w: String) -> Bool {
    let chars = Array(w)
    guard chars.count >= 3 else { return false }
    let a = chars[chars.count - 3]
    let b = chars[chars.count - 2]
    let c = chars[chars.count - 1]
    return !isVowel(a) && isVowel(b) && !isVowel(c) && !"wxy".contains(c)
  }
}
