import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// CycloneDX 1.6 lineage in every form the specification allows, as BOMs
/// from other tools write it.
@Suite struct CycloneDXLineageTests {
  func read(_ components: String, dependencies: String = "[]") throws -> (
    ImportResult, SupplyChainGraph
  ) {
    let bom = """
      {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
       "components": \(components),
       "dependencies": \(dependencies)}
      """
    let file = try writeTemporary(bom, "lineage.cdx.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = CycloneDXImport.read(paths: [file.path])
    return (result, try loadImported(result))
  }

  func links(_ graph: SupplyChainGraph) -> [String] {
    graph.document.models.flatMap { model in
      model.derivedFrom.map {
        "\(model.id) <- \($0.base) \($0.relation?.rawValue ?? "?")"
          + ($0.fact.extra.contains { $0.key == "relation_assumed" } ? " assumed" : "")
      }
    }.sorted()
  }

  // The usual way: the base model inline in pedigree.ancestors with its
  // own bom-ref, listed nowhere else. It becomes a model of its own, with
  // its supplier and license, and its own ancestors, at any depth.
  @Test func anInlineAncestorIsAModelOfItsOwn() throws {
    let (result, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "pkg:huggingface/acme/legal-8b", "name": "acme/legal-8b",
        "supplier": {"name": "Acme"},
        "pedigree": {"ancestors": [
          {"type": "machine-learning-model", "bom-ref": "pkg:huggingface/nous/hermes-3", "name": "nous/hermes-3",
           "supplier": {"name": "Nous Research"}, "licenses": [{"license": {"id": "Apache-2.0"}}],
           "pedigree": {"ancestors": [
             {"type": "machine-learning-model", "bom-ref": "pkg:huggingface/meta/llama-3.1-8b",
              "name": "meta/llama-3.1-8b", "supplier": {"name": "Meta"}}]}}]}}]
      """)
    #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.printed)")
    #expect(graph.document.models.count == 3, "\(result.printed)")
    #expect(result.summary.first?.contains("(2 read from pedigrees)") == true, "\(result.summary)")
    let hermes = try #require(graph.document.models.first { $0.name == "nous/hermes-3" })
    #expect(graph.party(at: graph.node(hermes.developer) ?? -1)?.name == "Nous Research")
    #expect(hermes.license == "Apache-2.0")
    #expect(
      links(graph) == [
        "pkg:huggingface/acme/legal-8b <- pkg:huggingface/nous/hermes-3 finetune assumed",
        "pkg:huggingface/nous/hermes-3 <- pkg:huggingface/meta/llama-3.1-8b finetune assumed",
      ])
  }

  // An ancestor that stands for a listed component, by purl or by name,
  // is that component, not a second model.
  @Test func anAncestorMatchesAListedComponentByPurlOrName() throws {
    let (result, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "tuned", "name": "Tuned",
        "pedigree": {"ancestors": [
          {"type": "machine-learning-model", "bom-ref": "anc-1", "name": "something else",
           "purl": "pkg:huggingface/org/base@abc"},
          {"type": "machine-learning-model", "bom-ref": "anc-2", "name": "Other Base"}]}},
       {"type": "machine-learning-model", "bom-ref": "base", "name": "Base",
        "purl": "pkg:huggingface/org/base@abc"},
       {"type": "machine-learning-model", "bom-ref": "other", "name": "Other Base"}]
      """)
    #expect(
      graph.document.models.map(\.id).sorted() == ["base", "other", "tuned"], "\(result.printed)")
    #expect(links(graph) == ["tuned <- base merge assumed", "tuned <- other merge assumed"])
  }

  // An import says how it knows each fact: what the BOM states is
  // declared, a relation it had to assume is inferred.
  @Test func factsSayHowTheyAreKnown() throws {
    let (_, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "tuned", "name": "Tuned",
        "pedigree": {"ancestors": [{"type": "machine-learning-model", "bom-ref": "base", "name": "Base"},
          {"type": "machine-learning-model", "bom-ref": "q", "name": "Q",
           "properties": [{"name": "lgraph:relation", "value": "adapter"}]}]}},
       {"type": "machine-learning-model", "bom-ref": "base", "name": "Base"},
       {"type": "machine-learning-model", "bom-ref": "q", "name": "Q"}]
      """)
    let tuned = try #require(graph.document.models.first { $0.id == "tuned" })
    #expect(tuned.fact.known == .declared)
    #expect(tuned.derivedFrom.first { $0.base == "q" }?.fact.known == .declared)
    #expect(tuned.derivedFrom.first { $0.base == "base" }?.fact.known == .inferred)
    #expect(graph.document.parties.allSatisfy { $0.fact.known == .declared })
  }

  // descendants point the other way: each derives from the component.
  @Test func descendantsDeriveFromTheComponent() throws {
    let (_, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "base", "name": "Base",
        "pedigree": {"descendants": [
          {"type": "machine-learning-model", "bom-ref": "child", "name": "Child",
           "properties": [{"name": "lgraph:relation", "value": "adapter"}]}]}}]
      """)
    #expect(links(graph) == ["child <- base adapter"])
  }

  // variants say two models are related, not which derives from which:
  // said, and no lineage recorded, unless lgraph wrote the relation.
  @Test func aVariantWithoutARelationIsNotLineage() throws {
    let (result, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "a", "name": "A",
        "pedigree": {"variants": [{"type": "machine-learning-model", "bom-ref": "b", "name": "B"}]}},
       {"type": "machine-learning-model", "bom-ref": "b", "name": "B"}]
      """)
    #expect(links(graph).isEmpty)
    #expect(result.has(.lineageRelation, naming: "A", "B"), "\(result.printed)")
    #expect(graph.document.models.allSatisfy { !$0.lineageStated })
  }

  // A model's dependency on another model is lineage of an unstated kind,
  // unless a pedigree already links the two.
  @Test func aDependencyOnAModelIsLineageOfAnUnstatedKind() throws {
    let (_, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "child", "name": "Child"},
       {"type": "machine-learning-model", "bom-ref": "base", "name": "Base"},
       {"type": "machine-learning-model", "bom-ref": "q", "name": "Q",
        "pedigree": {"ancestors": [{"type": "machine-learning-model", "bom-ref": "base", "name": "Base",
          "properties": [{"name": "lgraph:relation", "value": "quantize"}]}]}},
       {"type": "data", "bom-ref": "d", "name": "D"}]
      """,
      dependencies: """
        [{"ref": "child", "dependsOn": ["base", "d"]}, {"ref": "q", "dependsOn": ["base"]}]
        """)
    #expect(links(graph) == ["child <- base finetune assumed", "q <- base quantize"])
    let child = try #require(graph.document.models.first { $0.id == "child" })
    #expect(
      child.derivedFrom.first?.fact.extra.first?.value
        == .string("the BOM says only that it depends on the model"))
  }

  // Digests: SHA-256 read, another algorithm said and left out, a nested
  // file component's digest pinned to its file; the version is the
  // revision.
  @Test func digestsAndVersionPinTheArtifact() throws {
    let good = String(repeating: "a1", count: 32)
    let (result, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "m", "name": "M", "version": "3f2c1d0",
        "hashes": [{"alg": "SHA-512", "content": "00"}, {"alg": "SHA-256", "content": "\(good.uppercased())"}],
        "components": [{"type": "file", "name": "model.safetensors",
          "hashes": [{"alg": "SHA-256", "content": "\(good)"}, {"alg": "SHA-256", "content": "xyz"}]}]}]
      """)
    let model = try #require(graph.document.models.first)
    #expect(model.revision == "3f2c1d0")
    #expect(
      model.hashes == [
        FileHash(file: nil, sha256: good), FileHash(file: "model.safetensors", sha256: good),
      ])
    #expect(result.count(.unsupportedItem) == 1, "\(result.printed)")
    #expect(result.has(.invalidValue, naming: "xyz"), "\(result.printed)")
  }

  // A carried fact the format refuses is said, with the item, and left
  // out; the item keeps its other facts.
  @Test func aCarriedFactTheFormatRefusesIsLeftOut() throws {
    let (result, graph) = try read(
      """
      [{"type": "machine-learning-model", "bom-ref": "m", "name": "M",
        "properties": [{"name": "lgraph:weights", "value": "open"},
                       {"name": "lgraph:parameters", "value": "many"},
                       {"name": "lgraph:marking", "value": "{\\"c2pa\\": tru"},
                       {"name": "lgraph:distributed_by", "value": "[\\"nobody\\"]"}]}]
      """)
    let model = try #require(graph.document.models.first)
    #expect(model.weights == .open)
    #expect(model.parameters == nil)
    #expect(model.distributedBy.isEmpty)
    #expect(result.has(.invalidValue, naming: "many", "M"), "\(result.printed)")
    #expect(result.has(.invalidValue, naming: "{\"c2pa\": tru", "M"), "\(result.printed)")
    #expect(result.has(.unknownReference, naming: "M", "nobody"), "\(result.printed)")
  }
}
