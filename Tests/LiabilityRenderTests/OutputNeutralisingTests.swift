import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRender
@testable import LiabilityReports

/// Every output format neutralises what comes from input, table-driven on
/// the characters that matter.
@Suite struct OutputNeutralisingTests {
  // CSV: a cell that starts like a formula gets a leading quote mark.
  @Test(arguments: [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("a,b", "\"a,b\""), ("=a,b", "\"'=a,b\""), ("plain", "plain"),
    ("say \"hi\"", "\"say \"\"hi\"\"\""), ("bell\u{7}", "bell"),
  ])
  func csvCells(input: String, cell: String) {
    #expect(CSVText.field(input) == cell)
  }

  // Markdown: markup characters escaped, angle brackets as entities, line
  // breaks and other control characters as spaces, a block start escaped.
  @Test(arguments: [
    ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"), ("[x](javascript:y)", "\\[x\\](javascript:y)"),
    ("![i](http://e/x.png)", "\\!\\[i\\](http://e/x.png)"), ("a\n# b", "a # b"),
    ("# heading", "\\# heading"), ("1. item", "1\\. item"), ("a | b", "a \\| b"),
    ("*em* _em_ `code`", "\\*em\\* \\_em\\_ \\`code\\`"), ("AT&T", "AT&amp;T"),
    ("Llama 3.1 8B (finetune)", "Llama 3.1 8B (finetune)"),
  ])
  func markdownText(input: String, shown: String) {
    #expect(MarkdownText.inline(input) == shown)
  }

  // HTML and SVG: escaped, and characters XML forbids removed.
  @Test(arguments: [
    ("a<b>&\"'", "a&lt;b&gt;&amp;&quot;&#39;"), ("esc\u{1B}[31m", "esc[31m"),
    ("bell\u{7}bs\u{8}", "bellbs"), ("non\u{FFFE}\u{FFFF}char", "nonchar"),
    ("tab\tline\nok", "tab\tline\nok"), ("c1\u{85}", "c1"),
  ])
  func xmlText(input: String, escaped: String) {
    #expect(XMLText.escape(input) == escaped)
  }

  // DOT labels drop what would make the SVG ill-formed.
  @Test func dotLabelsDropControlCharacters() {
    #expect(DOTText.quote("a\u{1B}b\u{7}c\u{FFFE}") == "\"abc\"")
    #expect(DOTText.quote("line\nbreak") == "\"line\\nbreak\"")
  }

  // Dollars never trap, however large the amount the loader accepted.
  @Test(arguments: [
    (600.0, "$600"), (1_500_000.0, "$1.5 million"), (2_000_000.0, "$2 million"),
    (1_234_567.0, "$1234567"), (1.8446744073709552e19, "$1.84e19"), (9.3e18, "$9.3e18"),
    (1e300, "$1.0e300"), (0.5, "$0.5"),
  ])
  func dollars(value: Double, shown: String) {
    #expect(Formatting.dollars(value) == shown)
  }

  // Drawings shorten long names and break words far wider than a line.
  @Test func drawingsShortenLongNames() {
    let long = String(repeating: "x", count: 500)
    let label = DOTWriter.wrapped(long)
    #expect(label.replacingOccurrences(of: "\n", with: "").count == DOTWriter.labelLimit)
    #expect(label.hasSuffix("…"))
    #expect(label.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(
      DOTWriter.wrapped("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF")
        == "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF")
  }
}
