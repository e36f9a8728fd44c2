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

// Dirty standard documents: a bom-ref or spdxId used twice, a model that
// is its own base, a lineage cycle, property values the format cannot hold,
// a relationship from nothing. Each is a warning with its line; the import
// goes on and loads.
@Suite struct DirtyStandardImportTests {
  @Test func aDirtyBom() throws {
    let bom = """
      {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
       "components": [
        {"type": "machine-learning-model", "bom-ref": "a", "name": "A"},
        {"type": "machine-learning-model", "bom-ref": "a", "name": "A again"},
        {"type": "machine-learning-model", "bom-ref": "s", "name": "S",
         "pedigree": {"ancestors": [{"bom-ref": "s", "name": "S"}]}},
        {"type": "machine-learning-model", "bom-ref": "c1", "name": "C1",
         "pedigree": {"ancestors": [{"bom-ref": "c2", "name": "C2"}]}},
        {"type": "machine-learning-model", "bom-ref": "c2", "name": "C2",
         "properties": [{"name": "lgraph:weights", "value": "sideways"},
                        {"name": "lgraph:training_compute_flop", "value": "-5"}],
         "pedigree": {"ancestors": [{"bom-ref": "c1", "name": "C1",
           "properties": [{"name": "lgraph:relation", "value": "teleport"}]}]}}
       ]}
      """
    let file = try writeTemporary(bom, "dirty.cdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = CycloneDXImport.read(paths: [file.path])
    let warnings = result.warnings.joined(separator: "\n")
    for expected in [
      ":4: bom-ref 'a' is used twice (first at line 3); this component is left out",
      "'s' names itself as its base (a self-loop); left out",
      "lgraph:weights 'sideways' of 'C2' is not open, gated, closed or api-only; left out",
      "lgraph:training_compute_flop '-5' of 'C2' is not a non-negative number; left out",
      "unknown lgraph:relation 'teleport' of 'C2'",
      "(a lineage cycle)",
    ] {
      #expect(warnings.contains(expected), "missing: \(expected)\n\(warnings)")
    }
    let graph = try loadImported(result)
    #expect(graph.document.models.map(\.id).sorted() == ["a", "c1", "c2", "s"])
    #expect(graph.document.models.first { $0.id == "s" }?.derivedFrom.isEmpty == true)
  }

  /// Found by the spdx3 fuzzer: what follows `:model:` in an spdxId was
  /// taken as the id unchecked; and an id at the limit numbered `-2`, or a
  /// long name behind `org:`, went past it.
  @Test func mintedIdsAreAlwaysValid() throws {
    let long = String(repeating: "m", count: 256)
    let document = """
      {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
        {"type": "ai_AIPackage", "spdxId": "urn:x:model:ult\u{00E9}\u{00FF}", "name": "Ult"},
        {"type": "ai_AIPackage", "spdxId": "urn:x:\(long)", "name": "M"},
        {"type": "ai_AIPackage", "spdxId": "urn:y:\(long)", "name": "M again"}
      ]}
      """
    let file = try writeTemporary(document, "ids.spdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let graph = try loadImported(SPDX3Import.read(paths: [file.path]))
    #expect(
      graph.document.models.map(\.id).sorted() == [
        String(repeating: "m", count: 254) + "-2", long, "ult",
      ])
    let bom = """
      {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
       "components": [
        {"type": "machine-learning-model", "bom-ref": "\(long)", "name": "A",
         "supplier": {"name": "\(String(repeating: "Acme ", count: 60))"}},
        {"type": "machine-learning-model", "bom-ref": "x-\(long)", "name": "\(long)"}
       ]}
      """
    let bomFile = try writeTemporary(bom, "ids.cdx.json")
    defer { try? FileManager.default.removeItem(at: bomFile) }
    let fromBOM = try loadImported(CycloneDXImport.read(paths: [bomFile.path]))
    #expect(fromBOM.document.models.count == 2)
    #expect(fromBOM.document.parties.allSatisfy { $0.id.utf8.count <= 256 })
  }

  @Test func aDirtySpdxDocument() throws {
    let document = """
      {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
        {"type": "ai_AIPackage", "spdxId": "urn:x:model:a", "name": "A"},
        {"type": "ai_AIPackage", "spdxId": "urn:x:model:a", "name": "A again"},
        {"type": "ai_AIPackage", "spdxId": "urn:x:model:b", "name": "B"},
        {"type": "Relationship", "spdxId": "urn:x:r1", "from": "urn:x:model:b",
         "relationshipType": "descendantOf", "to": "urn:x:model:a"},
        {"type": "Relationship", "spdxId": "urn:x:r2", "from": "urn:x:model:a",
         "relationshipType": "descendantOf", "to": ["urn:x:model:b"]},
        {"type": "Relationship", "spdxId": "urn:x:r3", "from": "urn:x:ghost",
         "relationshipType": "dependsOn", "to": ["urn:x:model:a"]}
      ]}
      """
    let file = try writeTemporary(document, "dirty.spdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = SPDX3Import.read(paths: [file.path])
    let warnings = result.warnings.joined(separator: "\n")
    for expected in [
      ":3: spdxId 'urn:x:model:a' is defined twice (first at line 2); this one is left out",
      "'to' of a descendantOf relationship must be a list; read as ['urn:x:model:a']",
      "dependsOn from 'urn:x:ghost', which the document does not define; left out",
      "(a lineage cycle)",
    ] {
      #expect(warnings.contains(expected), "missing: \(expected)\n\(warnings)")
    }
    let graph = try loadImported(result)
    #expect(graph.document.models.map(\.id).sorted() == ["a", "b"])
  }

  // Relations are assumed after cycles and self-loops are left out: a model
  // left with one unstated ancestor is a fine-tune, not a one-base merge,
  // and the import loads.
  @Test func relationsAreAssumedAfterCyclesAreBroken() throws {
    let bom = """
      {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
      "components":[
      {"type":"machine-learning-model","bom-ref":"b","name":"b","pedigree":{"ancestors":[{"bom-ref":"a"}]}},
      {"type":"machine-learning-model","bom-ref":"a","name":"a","pedigree":{"ancestors":[{"bom-ref":"b"},{"bom-ref":"c"}]}},
      {"type":"machine-learning-model","bom-ref":"c","name":"c"},
      {"type":"machine-learning-model","bom-ref":"d","name":"d","pedigree":{"ancestors":[{"bom-ref":"d"},{"bom-ref":"c"}]}}
      ]}
      """
    let spdx = """
      {"@context":"https://spdx.org/rdf/3.0.1/spdx-context.jsonld","@graph":[
      {"type":"ai_AIPackage","spdxId":"urn:x:b","name":"b"},
      {"type":"ai_AIPackage","spdxId":"urn:x:a","name":"a"},
      {"type":"ai_AIPackage","spdxId":"urn:x:c","name":"c"},
      {"type":"Relationship","spdxId":"urn:x:r1","from":"urn:x:b","relationshipType":"descendantOf","to":["urn:x:a"]},
      {"type":"Relationship","spdxId":"urn:x:r2","from":"urn:x:a","relationshipType":"descendantOf","to":["urn:x:b","urn:x:c"]}
      ]}
      """
    let bomFile = try writeTemporary(bom, "cycle.cdx.json")
    let spdxFile = try writeTemporary(spdx, "cycle.spdx.json")
    defer {
      try? FileManager.default.removeItem(at: bomFile)
      try? FileManager.default.removeItem(at: spdxFile)
    }
    for result in [
      CycloneDXImport.read(paths: [bomFile.path]), SPDX3Import.read(paths: [spdxFile.path]),
    ] {
      let graph = try loadImported(result)
      let relations = graph.document.models.map {
        "\($0.id): "
          + $0.derivedFrom.map { "\($0.base)/\($0.relationName)" }.joined(
            separator: ",")
      }.sorted()
      #expect(relations.contains("a: c/finetune"), "\(relations) \(result.warnings)")
      #expect(!relations.contains { $0.contains("merge") }, "\(relations)")
    }
  }

  // Markets and regions in non-ISO spellings are mapped and said; others
  // are said and left out.
  @Test func marketCodesAreMappedOrSaid() throws {
    let bom = """
      {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
      "components":[
      {"type":"application","bom-ref":"app","name":"App",
       "properties":[{"name":"lgraph:market","value":"UK"},{"name":"lgraph:market","value":"ZZ"},
                     {"name":"lgraph:market","value":"US-CA"}]}
      ]}
      """
    let file = try writeTemporary(bom, "markets.cdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = CycloneDXImport.read(paths: [file.path])
    let warnings = result.warnings.joined(separator: "\n")
    #expect(warnings.contains("lgraph:market 'UK' of 'App' is recorded as 'GB' (ISO 3166)"))
    #expect(warnings.contains("lgraph:market 'ZZ' of 'App' is not an ISO 3166 code; left out"))
    let graph = try loadImported(result)
    #expect(graph.document.products.first?.markets == ["GB", "US-CA"])
  }

  // Stated relations win: an unstated ancestor beside a stated merge is a
  // merge base too; beside a stated fine-tune it gives way, said.
  @Test func statedRelationsComeFirst() throws {
    let bom = """
      {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
       "components":[
        {"type":"machine-learning-model","bom-ref":"a","name":"A"},
        {"type":"machine-learning-model","bom-ref":"b","name":"B"},
        {"type":"machine-learning-model","bom-ref":"c","name":"C"},
        {"type":"machine-learning-model","bom-ref":"m","name":"M",
         "pedigree":{"ancestors":[
           {"bom-ref":"a","name":"A","properties":[{"name":"lgraph:relation","value":"merge"}]},
           {"bom-ref":"b","name":"B"}]}},
        {"type":"machine-learning-model","bom-ref":"n","name":"N",
         "pedigree":{"ancestors":[
           {"bom-ref":"a","name":"A"},
           {"bom-ref":"c","name":"C","properties":[{"name":"lgraph:relation","value":"finetune"}]}]}}
       ]}
      """
    let file = try writeTemporary(bom, "stated.cdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = CycloneDXImport.read(paths: [file.path])
    let graph = try loadImported(result)
    let m = try #require(graph.document.models.first { $0.id == "m" })
    #expect(
      Set(m.derivedFrom.map { "\($0.base)/\($0.relationName)" }) == ["a/merge", "b/merge"])
    let n = try #require(graph.document.models.first { $0.id == "n" })
    #expect(n.derivedFrom.map { "\($0.base)/\($0.relationName)" } == ["c/finetune"])
    #expect(
      result.warnings.contains { $0.contains("'n' already has a finetune base; 'a' left out") },
      "\(result.warnings)")
  }
}
