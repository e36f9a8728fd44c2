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
    // Text of one byte per character (ASCII without a carriage return,
    // which joins a following newline into one character) is split and
    // counted on its bytes; the rest on its characters.
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      return wrap(
        text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).lazy.map {
          (Substring($0), $0.count)
        }, first: first, rest: rest, width: width)
    }
    return wrap(
      text.split(whereSeparator: { $0 == " " || $0 == "\n" }).lazy.map { ($0, $0.count) },
      first: first, rest: rest, width: width)
  }

  /// Lays out `words`, each with its width in characters.
  private static func wrap<Words: Sequence<(Substring, Int)>>(
    _ words: Words, first: String, rest: String, width: Int
  ) -> String {
    let restCount = rest.count
    var out = first
    // Characters on the current line, counted as words are added (a
    // String's count is a walk over it).
    var count = first.count
    var lineHasWord = false
    for (word, wordCount) in words {
      if lineHasWord && count + 1 + wordCount > width {
        out += "\n"
        out += rest
        out += word
        count = restCount + wordCount
      } else {
        if lineHasWord {
          out += " "
          count += 1
        }
        out += word
        count += wordCount
      }
      lineHasWord = true
    }
    return out
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
