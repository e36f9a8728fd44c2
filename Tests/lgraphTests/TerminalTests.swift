import Testing

@testable import lgraph

// Control characters from a chain never reach a terminal as such.
@Suite struct TerminalTests {
  @Test func controlCharactersAreShownAsReplacements() {
    #expect(Terminal.clean("Acme\u{1B}[2J Inc.\u{0}") == "Acme\u{FFFD}[2J Inc.\u{FFFD}")
    #expect(Terminal.clean("a\tb\nc") == "a\tb\nc")
    #expect(Terminal.clean("\u{9B}31m") == "\u{FFFD}31m")
    #expect(Terminal.clean("Zürich") == "Zürich")
  }
}
