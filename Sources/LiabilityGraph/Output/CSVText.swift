/// CSV as every command writes it (RFC 4180): fields quoted when they hold
/// a comma, quote or line break, and neutralised against formula injection.
package enum CSVText {
  /// Characters that make a spreadsheet read a cell as a formula (or, for
  /// tab and carriage return, hide its start).
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// One field: a value from input that begins like a formula (`=`, `+`,
  /// `-`, `@`, tab or carriage return) gets a leading `'`, which
  /// spreadsheets show as text and never evaluate; then it is quoted when
  /// it must be. Control characters other than tab and line breaks are
  /// dropped.
  package static func field(_ value: String) -> String {
    var text = String(
      String.UnicodeScalarView(
        value.unicodeScalars.filter { scalar in
          !(scalar.properties.generalCategory == .control
            && scalar != "\t" && scalar != "\n" && scalar != "\r")
        }))
    if let first = text.first, formulaStarts.contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One row of fields.
  package static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",")
  }
}
