import LiabilityGraph
import Testing

@Suite struct FormattingTests {
  @Test func scientificNotationRoundsAndRenormalises() {
    #expect(Formatting.scientific(1.2e24) == "1.2e24")
    #expect(Formatting.scientific(2.0e23) == "2.0e23")
    #expect(Formatting.scientific(9.999e25) == "1.0e26")
    #expect(Formatting.scientific(3.3333333e22) == "3.33e22")
  }

  @Test func uniquedKeepsFirstOccurrences() {
    #expect(["b", "a", "b", "c", "a"].uniqued() == ["b", "a", "c"])
  }
}
