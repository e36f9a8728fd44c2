import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// Hub ids as the Hub matches them, one card alone, gated cards, and the
/// card front matter `export --to hf-card` writes.
@Suite struct HubCardTests {
  // One Hub repository spelt two ways is one model, under the card's own
  // spelling; the other spelling is said.
  @Test func spellingsOfOneRepositoryAreOneModel() throws {
    let (root, paths) = try writeCards([
      "mistralai/Mistral-7B-Instruct-v0.3": "---\nlicense: apache-2.0\n---\n",
      "acme/tuned": """
      ---
      base_model: mistralai/mistral-7b-instruct-v0.3
      base_model_relation: finetune
      ---
      """,
      "bob/other": """
      ---
      base_model: MISTRALAI/MISTRAL-7B-INSTRUCT-V0.3
      base_model_relation: adapter
      ---
      """,
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = HuggingFaceImport.read(paths: paths)
    let document = try importedDocument(result)
    #expect(
      document.models.map(\.id).sorted() == [
        "acme/tuned", "bob/other", "mistralai/Mistral-7B-Instruct-v0.3",
      ])
    #expect(
      document.models.first { $0.id == "acme/tuned" }?.derivedFrom.map(\.base) == [
        "mistralai/Mistral-7B-Instruct-v0.3"
      ])
    #expect(
      result.has(
        .renamedID, naming: "mistralai/mistral-7b-instruct-v0.3",
        "mistralai/Mistral-7B-Instruct-v0.3"), "\(result.printed)")
    #expect(result.count(.renamedID) == 2, "\(result.printed)")
    let mistral = try #require(
      document.models.first { $0.id == "mistralai/Mistral-7B-Instruct-v0.3" })
    #expect(mistral.url == "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3")
  }

  // A card alone does not take its id from its folders: an error asks
  // for --id; with --id it is read.
  @Test func aLoneCardNeedsItsId() throws {
    let (root, paths) = try writeCards(["models/README-folder": "---\nlicense: mit\n---\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    let alone = HuggingFaceImport.read(paths: paths, id: nil)
    #expect(alone.diagnostics.contains { $0.severity == .error && $0.code == .missingKey })
    #expect(alone.document.models.isEmpty)
    let named = HuggingFaceImport.read(paths: paths, id: "acme/named")
    #expect(named.diagnostics.isEmpty, "\(named.printed)")
    #expect(named.document.models.map(\.id) == ["acme/named"])
  }

  // A card that asks for access before download has gated weights; a card
  // without says nothing about access.
  @Test func aGatedCardHasGatedWeights() throws {
    let (root, paths) = try writeCards([
      "meta/gated": "---\nlicense: llama3.1\nextra_gated_prompt: Agree to the terms\n---\n",
      "meta/plain": "---\nlicense: llama3.1\n---\n",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let document = try importedDocument(HuggingFaceImport.read(paths: paths))
    #expect(document.models.first { $0.id == "meta/gated" }?.weights == .gated)
    #expect(document.models.first { $0.id == "meta/plain" }?.weights == nil)
  }

  @Test func theCardOfAFineTune() throws {
    let graph = try exampleGraph("llama-3.1-lexbot")
    let card = try #require(HubCardWriter.card(graph, model: "acme-legal-8b"))
    #expect(
      card.text == """
        ---
        base_model: NousResearch/Hermes-3-Llama-3.1-8B
        base_model_relation: finetune
        license: other
        license_name: proprietary
        datasets:
          - acme-case-law
        pipeline_tag: text-generation
        ---

        """)
    #expect(card.notes.count == 1)
    #expect(card.notes.first?.contains("'acme-case-law' is the chain's id") == true)
    let quantized = try #require(
      HubCardWriter.card(graph, model: "llama-3.1-8b-instruct-gguf-bartowski"))
    #expect(quantized.text.contains("base_model_relation: quantized\n"))
    #expect(quantized.text.contains("license: llama3.1\n"))
  }

  // A distillation's teacher has no place on a card: the student's base
  // is written, the teacher said.
  @Test func aDistillationWritesItsBaseAndSaysTheTeacher() throws {
    let graph = try exampleGraph("deepseek-r1-distill-qwen")
    let card = try #require(HubCardWriter.card(graph, model: "deepseek-r1-distill-qwen-7b"))
    #expect(card.text.contains("base_model: Qwen/Qwen2.5-Math-7B\nbase_model_relation: finetune\n"))
    #expect(!card.text.contains("DeepSeek-R1\n"))
    #expect(card.notes.contains { $0.contains("'deepseek-r1' (distill) left out") })
  }

  // What the card says comes back when it is imported as a card.
  @Test func aWrittenCardReadsBack() throws {
    let graph = try exampleGraph("llama-3.1-lexbot")
    let card = try #require(HubCardWriter.card(graph, model: "hermes-3-llama-3.1-8b"))
    let (root, paths) = try writeCards(["NousResearch/Hermes-3-Llama-3.1-8B": card.text])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = HuggingFaceImport.read(paths: paths, id: "NousResearch/Hermes-3-Llama-3.1-8B")
    #expect(result.diagnostics.isEmpty, "\(result.printed)")
    let back = try importedDocument(result)
    let model = try #require(back.models.first { $0.id == "NousResearch/Hermes-3-Llama-3.1-8B" })
    #expect(model.derivedFrom.map(\.base) == ["meta-llama/Llama-3.1-8B"])
    #expect(model.derivedFrom.first?.relation == .finetune)
    #expect(
      model.license == graph.document.models.first { $0.id == "hermes-3-llama-3.1-8b" }?.license)
    #expect(model.trainedOn.map(\.id) == ["NousResearch/Hermes-3-Dataset"])
    #expect(model.generates == [.text])
  }
}
