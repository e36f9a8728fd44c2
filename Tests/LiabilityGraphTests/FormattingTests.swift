import LiabilityGraph
import Testing

@Suite struct FormattingTests {
  @Test func scientificNotationRoundsAndRenormalises() {
    #expect(Formatting.scientific(1.2e24) == "1.2e24")
    #expect(Formatting.scientific(2.0e23) == "2.0e23")
    #expect(Formatting.scientific(9.999e25) == "1.0e26")
    #expect(Formatting.scientific(3.3333333e22) == "3.33e22")
  }

  // Short lists are compared in place, longer ones through a set: both
  // keep the first of each, in order.
  @Test(arguments: [
    ([String](), [String]()),
    (["a"], ["a"]),
    (["a", "a"], ["a"]),
    (["b", "a", "b", "c", "a"], ["b", "a", "c"]),
    (["x", "y", "z"], ["x", "y", "z"]),
    ((0..<12).map { "s\($0 % 5)" }, ["s0", "s1", "s2", "s3", "s4"]),
    ((0..<12).map { "s\($0)" }, (0..<12).map { "s\($0)" }),
  ])
  func uniquedKeepsFirstOccurrences(list: [String], expected: [String]) {
    #expect(list.uniqued() == expected)
    #expect(AnySequence(list).uniqued() == expected)
  }
}
