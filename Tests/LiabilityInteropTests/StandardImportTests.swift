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

/// The graph of what an import made: the document passes the loader's
/// checks, and reads back the same once written as JSON.
func loadImported(_ result: ImportResult) throws -> SupplyChainGraph {
  let document = try importedDocument(result)
  return SupplyChainGraph(document: document)
}

/// What an import made, checked as a file is, and read back from the JSON
/// `DocumentWriter` writes of it.
func importedDocument(_ result: ImportResult) throws -> Document {
  let checked = Loader.check(result.document)
  let document = try #require(checked.document, "\(checked.errors.prefix(5))")
  let text = DocumentWriter.text(document, as: .json)
  let again = Loader.load(bytes: Array(text.utf8), file: "import.json", json: true)
  let back = try #require(again.document, "\(again.errors.prefix(5))")
  #expect(DocumentWriter.text(back, as: .json) == text)
  return back
}

extension ImportResult {
  /// The diagnostics as printed, for failure messages.
  var printed: String { diagnostics.map(\.description).joined(separator: "\n") }

  /// Whether a diagnostic has `code`, is on `line` when given, and names
  /// each of `values` (quoted in its message).
  func has(_ code: DiagnosticCode, line: Int? = nil, naming values: String...) -> Bool {
    diagnostics.contains { diagnostic in
      diagnostic.code == code && (line == nil || diagnostic.location.line == line)
        && values.allSatisfy { diagnostic.message.contains("'\($0)'") }
    }
  }

  /// The diagnostics with `code`.
  func count(_ code: DiagnosticCode) -> Int { diagnostics.filter { $0.code == code }.count }
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
      #expect(result.diagnostics.isEmpty, "\(name): \(result.printed)")
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
    #expect(result.has(.unknownReference, naming: "no-such-data"), "\(result.printed)")
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
    for result in [CycloneDXImport.read(paths: [file.path]), SPDX3Import.read(paths: [file.path])] {
      #expect(result.diagnostics.map(\.code) == [.notAChain], "\(result.printed)")
      #expect(
        result.diagnostics.first?.location == SourceLocation(file: file.path, line: 1, column: 1))
    }
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
    #expect(result.has(.duplicateID, line: 4, naming: "a"), "\(result.printed)")
    #expect(
      result.diagnostics.first { $0.code == .duplicateID }?.notes.first?.location.line == 3)
    #expect(result.has(.lineageCycle, naming: "s"), "\(result.printed)")
    #expect(result.has(.invalidValue, naming: "sideways", "C2"), "\(result.printed)")
    #expect(result.has(.invalidValue, naming: "-5", "C2"), "\(result.printed)")
    #expect(result.has(.invalidValue, naming: "teleport", "C2"), "\(result.printed)")
    #expect(result.has(.lineageCycle, naming: "c1", "c2"), "\(result.printed)")
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
    #expect(result.has(.duplicateID, line: 3, naming: "urn:x:model:a"), "\(result.printed)")
    #expect(
      result.diagnostics.first { $0.code == .duplicateID }?.notes.first?.location.line == 2)
    #expect(result.has(.wrongType, naming: "to"), "\(result.printed)")
    #expect(result.has(.unknownReference, naming: "urn:x:ghost"), "\(result.printed)")
    #expect(result.count(.lineageCycle) == 1, "\(result.printed)")
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
      #expect(relations.contains("a: c/finetune"), "\(relations) \(result.printed)")
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
    #expect(result.has(.invalidJurisdiction, naming: "UK", "App", "GB"), "\(result.printed)")
    #expect(result.has(.invalidJurisdiction, naming: "ZZ", "App"), "\(result.printed)")
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
      result.has(.lineageRelation, naming: "n", "a"), "\(result.printed)")
  }
}
