import Foundation
import LiabilityGraph
import Testing

/// The graph's compact arrays keep their invariants on every shipped
/// example and fixture, whole and as of dates that leave facts out; and
/// each check fails on arrays that break it.
@Suite struct GraphInvariantTests {
  @Test(arguments: exampleNames)
  func examplesKeepTheirInvariants(_ name: String) throws {
    for asOf in [nil, "2023-01-01", "2024-08-01", "2026-12-01"] {
      let graph = try example(name, asOf: asOf)
      #expect(graph.invariantProblems().isEmpty, "\(name) as of \(asOf ?? "-")")
    }
  }

  @Test func fixturesKeepTheirInvariants() throws {
    let folders = ["Tests/LiabilityGraphTests/Fixtures", "Tests/LiabilityRulesTests/Fixtures"]
    var checked = 0
    for folder in folders {
      let directory = packageRoot.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
      where name.hasSuffix(".yaml") {
        let result = Loader.load(path: directory.appendingPathComponent(name).path)
        let graph = try #require(result.graph, "\(name): \(result.diagnostics)")
        #expect(graph.invariantProblems().isEmpty, "\(name)")
        checked += 1
      }
    }
    #expect(checked > 15)
  }

  /// Two nodes and one lineage edge, as arrays, broken one way at a time.
  @Test func eachCheckFailsOnBrokenArrays() {
    let edge = Edge(from: 0, to: 1, kind: .lineage, relation: .finetune)
    func problems(
      ids: [String] = ["a", "b"], items: [Int32] = [0, 1],
      index: [String: Int32] = ["a": 0, "b": 1],
      edges: [Edge]? = nil, out: ([Int32], [Int32]) = ([0, 1, 1], [0]),
      inc: ([Int32], [Int32]) = ([0, 0, 1], [0])
    ) -> [String] {
      SupplyChainGraph.invariantProblems(
        ids: ids, kinds: [.model, .model], items: items, index: index, edges: edges ?? [edge],
        sectionCounts: { _ in 2 }, outgoing: out, incoming: inc)
    }
    #expect(problems().isEmpty)
    #expect(problems(ids: ["a"]).first?.contains("1 ids, 2 kinds") == true)
    #expect(problems(index: ["a": 1, "b": 0]).count == 2)
    #expect(problems(items: [0, 2]).first?.contains("item 2 is not in its section") == true)
    #expect(
      problems(edges: [Edge(from: 0, to: 5, kind: .lineage)]).first?.contains("joins 0 and 5")
        == true)
    #expect(
      problems(edges: [Edge(from: 0, to: 1, kind: .serves, relation: .merge)]).first?.contains(
        "carries a relation") == true)
    #expect(problems(out: ([0, 1, 2], [0])).first?.contains("outgoing: the starts") == true)
    #expect(problems(out: ([0, 0, 1], [0])).first?.contains("not its own") == true)
    #expect(problems(inc: ([0, 1, 1], [0])).first?.contains("incoming") == true)
  }
}

/// One table of the relation spellings lineage data uses, read by every
/// importer (cards, edge lists).
@Suite struct RelationSpellingTests {
  @Test(arguments: [
    ("finetune", LineageRelation.finetune), ("Fine-Tune", .finetune), ("finetuned", .finetune),
    ("adapter", .adapter), ("LoRA", .adapter), ("merge", .merge), ("merged", .merge),
    ("quantized", .quantize), ("quantization", .quantize), ("distillation", .distill),
    ("converted", .convert), ("cpt", .continuedPretraining),
    ("continued-pretraining", .continuedPretraining), (" quantized ", .quantize),
  ])
  func spellingsRead(_ text: String, _ relation: LineageRelation) {
    #expect(LineageRelation(hubSpelling: text) == relation)
  }

  @Test func otherWordsAreNotRelations() {
    for text in ["frankenmerge", "", "fine tune", "base"] {
      #expect(LineageRelation(hubSpelling: text) == nil, "\(text)")
    }
  }
}
