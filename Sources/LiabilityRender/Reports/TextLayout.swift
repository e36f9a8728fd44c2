/// Helpers for text output that reads well in an 80-column terminal.
public enum TextLayout {
  /// The width text output wraps at.
  public static let width = 80

  /// Wraps `text` to `width` columns, starting the first line with `first`
  /// and later lines with `rest`.
  public static func wrap(
    _ text: String, first: String = "", rest: String? = nil,
    width: Int = TextLayout.width
  ) -> String {
    let rest = rest ?? String(repeating: " ", count: first.count)
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let candidate = lineHasWord ? line + " " + word : line + word
      if candidate.count > width && lineHasWord {
        lines.append(line)
        line = rest + word
      } else {
        line = candidate
      }
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// `text` padded with spaces to `width` characters.
  public static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width
      ? text : text + String(repeating: " ", count: width - text.count)
  }
}

/// Lays out report lines as text (wrapped) or as Markdown (one line per
/// paragraph, everything after the bullet escaped by ``MarkdownText``).
struct LineLayout {
  var markdown: Bool

  func wrap(_ text: String, first: String = "", rest: String? = nil) -> String {
    guard markdown else { return TextLayout.wrap(text, first: first, rest: rest) }
    // The structure: leading spaces and a bullet; the rest is content.
    let indent = first.prefix { $0 == " " }
    var remainder = first.dropFirst(indent.count)
    var bullet = ""
    if remainder.hasPrefix("- ") {
      bullet = "- "
      remainder = remainder.dropFirst(2)
    }
    return String(indent) + bullet + MarkdownText.inline(String(remainder) + text)
  }
}
