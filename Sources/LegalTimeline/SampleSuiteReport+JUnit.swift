extension SampleSuiteReport {
  /// The results as JUnit XML: one test case per sample, its diff as the failure message.
  public func junitXML() -> String {
    let total = results.reduce(0) { $0 + $1.seconds }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites tests=\"\(results.count)\" failures=\"\(failedCount)\" time=\"\(seconds(total))\">\n"
    xml +=
      "  <testsuite name=\"samples\" tests=\"\(results.count)\" failures=\"\(failedCount)\" time=\"\(seconds(total))\">\n"
    let renderer = SampleDiffRenderer(style: DiffStyle(colored: false), onlyRule: nil)
    for result in results {
      xml +=
        "    <testcase classname=\"samples\" name=\"\(escape(result.name))\" time=\"\(seconds(result.seconds))\""
      if result.passed {
        xml += "/>\n"
      } else {
        let diff = renderer.lines(for: result).joined(separator: "\n")
        xml += ">\n      <failure message=\"sample differs from its expected timeline\">"
        xml += escape(diff) + "</failure>\n    </testcase>\n"
      }
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  private func seconds(_ s: Double) -> String { String(Double(Int(s * 1000)) / 1000) }

  private func escape(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case let c where c.value < 0x20 && c != "\n" && c != "\t": out += " "
      case "\u{1B}": out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
