import Foundation
import LiabilityReports
import Testing

/// Wrapping at 80 columns: words are split on spaces and newlines, lines
/// broken before a word that would pass the width, and later lines start
/// with `rest`. ASCII text is laid out on its bytes, other text on its
/// characters; both give the same layout.
@Suite struct TextLayoutTests {
  @Test(arguments: [
    ("a b  c\nd", "", nil as String?, 80, "a b c d"),
    ("one two three", "- ", nil, 9, "- one two\n  three"),
    ("one two three", "- ", nil, 8, "- one\n  two\n  three"),
    ("one two three", "x: ", "    ", 10, "x: one two\n    three"),
    // A word longer than the width stays whole on its own line.
    ("aaaaaaaaaaaa b", "", nil, 5, "aaaaaaaaaaaa\nb"),
    // Characters of several bytes count once.
    ("été été été", "", nil, 7, "été été\nété"),
    ("日本 日本 日本", "> ", nil, 7, "> 日本 日本\n  日本"),
    // A carriage return and a newline are one character, and not a separator.
    ("a\r\nb c", "", nil, 80, "a\r\nb c"),
    ("", "x ", nil, 80, "x "),
  ])
  func wrapping(text: String, first: String, rest: String?, width: Int, expected: String) {
    #expect(TextLayout.wrap(text, first: first, rest: rest, width: width) == expected)
  }

  // The byte path and the character path agree on the same words.
  @Test func asciiAndOtherTextWrapAlike() {
    let words = (0..<40).map { String(repeating: "w", count: $0 % 9 + 1) }
    let ascii = TextLayout.wrap(words.joined(separator: " "), first: "  ", width: 30)
    let accented = TextLayout.wrap(
      words.map { $0.replacingOccurrences(of: "w", with: "é") }.joined(separator: " "),
      first: "  ", width: 30)
    #expect(ascii.replacingOccurrences(of: "w", with: "é") == accented)
  }
}
