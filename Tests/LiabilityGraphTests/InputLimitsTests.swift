import Foundation
import LiabilityGraph
import Testing

/// The limits on input (docs/security.md), each at its edge: what is
/// accepted at the limit and refused, where it is, one past it.
@Suite struct InputLimitsTests {
  static func party(id: String = "p", name: String) -> String {
    """
    format: liability-graph/1
    parties:
      - id: \(id)
        name: "\(name)"
    """
  }

  @Test func idsAreAtMost256Bytes() throws {
    let atLimit = String(repeating: "a", count: 256)
    #expect(load(Self.party(id: atLimit, name: "P")).errors.isEmpty)
    let error = try onlyError(load(Self.party(id: atLimit + "a", name: "P")))
    #expect(
      error.message.hasPrefix(
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' (257 characters) is not a valid id"))
    #expect(error.message.contains("ids are 1 to 256 characters long"))
    #expect(error.location.line == 3)
  }

  @Test func namesAreAtMost1000Characters() throws {
    let atLimit = String(repeating: "é", count: 1_000)
    #expect(load(Self.party(name: atLimit)).errors.isEmpty)
    let error = try onlyError(load(Self.party(name: atLimit + "e")))
    #expect(error.message.hasPrefix("'name' is 1001 characters long; a name is at most 1000"))
    #expect(error.location == SourceLocation(file: "t.yaml", line: 4, column: 11))
  }

  @Test func textIsAtMost100KB() throws {
    let text = String(repeating: "d", count: 100_000)
    let base = "format: liability-graph/1\nparties:\n  - id: p\n    name: P\n    description: "
    #expect(load(base + text + "\n").errors.isEmpty)
    let error = try onlyError(load(base + text + "d\n"))
    #expect(error.message.hasPrefix("'description' is 100001 bytes long"))
    // The message does not repeat the value.
    #expect(error.message.count < 200)
  }

  // Tab and line breaks are text; every other control character, and the
  // noncharacters U+FFFE and U+FFFF, are refused with their code point.
  @Test(arguments: [
    ("\\e", "U+001B"), ("\\a", "U+0007"), ("\\b", "U+0008"), ("\\x7F", "U+007F"),
    ("\\x85", "U+0085"), ("\\uFFFE", "U+FFFE"), ("\\0", "U+0000"),
  ])
  func controlCharactersAreRefused(escape: String, code: String) throws {
    let error = try onlyError(load(Self.party(name: "ab\(escape)c")))
    #expect(
      error.message
        == "'name' holds the control character \(code) at character 3 of its value; remove it (text may hold tabs and line breaks, no other control characters)"
    )
  }

  @Test func tabsAndLineBreaksAreText() throws {
    #expect(load(Self.party(name: "a\\tb\\nc\\r\\nd")).errors.isEmpty)
  }

  // JSON escapes are checked the same way.
  @Test func jsonEscapesAreChecked() throws {
    let result = load(
      #"{"format": "liability-graph/1", "parties": [{"id": "p", "name": "a\u001bb"}]}"#,
      json: true)
    let error = try onlyError(result)
    #expect(error.message.hasPrefix("'name' holds the control character U+001B"))
  }
}
