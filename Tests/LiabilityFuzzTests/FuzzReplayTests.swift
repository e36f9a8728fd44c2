import Foundation
import LiabilityFuzz
import Testing

let fuzzRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every fuzz target replays its seed corpus and every input that once
/// crashed it or broke its invariant (`Fuzz/regressions/TARGET`): none may
/// break an invariant again. A crash fails the whole test run.
@Suite struct FuzzReplayTests {
  static func inputs(_ target: FuzzTarget, in folder: String) -> [URL] {
    let directory = fuzzRoot.appendingPathComponent("Fuzz/\(folder)/\(target.rawValue)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
  }

  @Test(arguments: FuzzTarget.allCases)
  func seedsKeepTheirInvariants(_ target: FuzzTarget) throws {
    let seeds = Self.inputs(target, in: "seeds")
    #expect(seeds.count >= 2, "Fuzz/seeds/\(target.rawValue) holds at least two seeds")
    for seed in seeds {
      let problems = target.run([UInt8](try Data(contentsOf: seed)))
      #expect(problems.isEmpty, "\(seed.lastPathComponent): \(problems)")
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func regressionsStayFixed(_ target: FuzzTarget) throws {
    for input in Self.inputs(target, in: "regressions") {
      let problems = target.run([UInt8](try Data(contentsOf: input)))
      #expect(problems.isEmpty, "\(input.lastPathComponent): \(problems)")
    }
  }

  /// The invariants can fail: a chain whose JSON written back is another
  /// graph, or output holding a control character, is reported.
  @Test func theInvariantChecksCanFail() {
    #expect(FuzzTarget.forbidden(in: "a\u{1B}b", "x") == ["x holds U+1B"])
    #expect(FuzzTarget.forbidden(in: "a\tb\n", "x").isEmpty)
    #expect(FuzzTarget.store.run(Array("not a store".utf8)).isEmpty)
  }
}
