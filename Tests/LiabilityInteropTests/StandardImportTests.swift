import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// The asset edges of a graph (models, datasets, services, products):
/// lineage with its relation, training data, serving and use.
func assetEdges(_ graph: SupplyChainGraph) -> Set<String> {
  Set(
    graph.edges.filter { [.lineage, .trainedOn, .serves, .uses].contains($0.kind) }.map {
      "\(graph.ids[$0.from]) -\($0.kind.rawValue)\($0.relation.map { "/\($0.rawValue)" } ?? "")-> "
        + graph.ids[$0.to]
    })
}

func loadImported(_ result: ImportResult) throws -> SupplyChainGraph {
  let loaded = Loader.load(bytes: Array(result.json.utf8), file: "import", json: true)
  let document = try #require(loaded.document, "\(loaded.errors.prefix(5))")
  return SupplyChainGraph(document: document)
}

func writeTemporary(_ text: String, _ name: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lgraph-\(UUID().uuidString)-\(name)")
  try text.write(to: url, atomically: true, encoding: .utf8)
  return url
}

@Suite struct StandardImportTests {
  // What lgraph exports, it reads back: the same models, datasets, services
  // and products, the same lineage (relations included), training data,
  // serving and use.
  @Test(arguments: interopExamples)
  func roundTripThroughBothStandards(name: String) throws {
    let graph = try exampleGraph(name)
    let cdx = try writeTemporary(CycloneDXWriter.bom(graph).rendered(), "\(name).cdx.json")
    let spdx = try writeTemporary(SPDX3Writer.document(graph).json.rendered(), "\(name).spdx.json")
    defer {
      try? FileManager.default.removeItem(at: cdx)
      try? FileManager.default.removeItem(at: spdx)
    }
    for result in [CycloneDXImport.read(paths: [cdx.path]), SPDX3Import.read(paths: [spdx.path])] {
      #expect(result.warnings.isEmpty, "\(name): \(result.warnings)")
      let back = try loadImported(result)
      #expect(assetEdges(back) == assetEdges(graph), "\(name): \(result.summary)")
      let developers = back.document.models.map { model in
        "\(model.id) \(back.party(at: back.node(model.developer) ?? 0)?.name ?? "")"
      }.sorted()
      let original = graph.document.models.filter { graph.node($0.id) != nil }.map { model in
        "\(model.id) \(graph.party(at: graph.node(model.developer) ?? 0)?.name ?? "")"
      }.sorted()
      #expect(developers == original, "\(name)")
    }
  }

  // A BOM lgraph did not write: no lgraph properties, a dangling reference.
  @Test func aForeignBom() throws {
    let bom = """
      {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
       "components": [
        {"type": "machine-learning-model", "bom-ref": "pkg:huggingface/acme/tuned", "name": "acme/tuned",
         "supplier": {"name": "Acme"},
         "licenses": [{"license": {"id": "apache-2.0"}}],
         "pedigree": {"ancestors": [{"type": "machine-learning-model", "name": "base/model",
                                     "bom-ref": "pkg:huggingface/base/model"}]},
         "modelCard": {"modelParameters": {"datasets": [{"ref": "no-such-data"}]}}},
        {"type": "machine-learning-model", "bom-ref": "pkg:huggingface/base/model", "name": "base/model",
         "manufacturer": {"name": "Base Lab"}},
        {"type": "library", "bom-ref": "torch", "name": "torch"}
       ]}
      """
    let file = try writeTemporary(bom, "foreign.cdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = CycloneDXImport.read(paths: [file.path])
    #expect(
      result.warnings.contains {
        $0.hasSuffix("dataset 'no-such-data' is not in the BOM; left out")
      })
    let graph = try loadImported(result)
    let tuned = try #require(graph.document.models.first { $0.name == "acme/tuned" })
    #expect(tuned.license == "Apache-2.0")
    #expect(tuned.derivedFrom.map(\.relation) == [.finetune])
    #expect(tuned.derivedFrom.first?.fact.extra.first?.key == "relation_assumed")
    #expect(result.summary.first?.hasSuffix("1 other components left out") == true)
  }

  @Test func notAStandardDocument() throws {
    let file = try writeTemporary("{\"hello\": 1}", "other.json")
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(
      CycloneDXImport.read(paths: [file.path]).warnings.first?.hasSuffix(
        ":1: not a CycloneDX BOM (no bomFormat CycloneDX); left out") == true)
    #expect(
      SPDX3Import.read(paths: [file.path]).warnings.first?.hasSuffix(
        ":1: not an SPDX 3 JSON-LD document (no @graph); left out") == true)
  }
}
