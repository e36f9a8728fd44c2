/// Text from input as Markdown shows it: never as markup. Every report
/// that writes Markdown passes each piece of text through ``inline(_:)``
/// and adds its own headings, bullets and tables around it.
enum MarkdownText {
  /// Characters that start inline markup (emphasis, code, links, images,
  /// raw HTML, tables, strikethrough) or escape it.
  static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "!", "|", "~"]

  /// `text` on one line with every markup character escaped: line breaks
  /// and other control characters become spaces (a name cannot start a
  /// heading or a list of its own), `<script>` shows as text, `[x](url)`
  /// and `![](url)` make no link or image, and a `#`, `-`, `+` or `=` at
  /// the start cannot begin a block.
  static func inline(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count + 8)
    for character in text {
      if character.unicodeScalars.contains(where: {
        $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
      }) {
        out.append(" ")
      } else if special.contains(character) {
        out.append("\\")
        out.append(character)
      } else if character == "&" {
        // An entity would show as the character it names.
        out += "&amp;"
      } else if character == "<" {
        // As entities, `<` and `>` can never open raw HTML.
        out += "&lt;"
      } else if character == ">" {
        out += "&gt;"
      } else {
        out.append(character)
      }
    }
    if let first = out.first, "#-+=".contains(first) { out = "\\" + out }
    // `1.` or `1)` at the start would begin an ordered list.
    let digits = out.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
      out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
    }
    return out
  }

  /// One table row of cells.
  static func row(_ cells: [String]) -> String {
    "| " + cells.map(inline).joined(separator: " | ") + " |"
  }
}
