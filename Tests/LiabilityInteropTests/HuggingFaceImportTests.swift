import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// Writes cards into a Hub-shaped folder (ORG/NAME/README.md).
func writeCards(_ cards: [String: String]) throws -> (URL, [String]) {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lgraph-hf-\(UUID().uuidString)")
  var paths: [String] = []
  for (id, text) in cards.sorted(by: { $0.key < $1.key }) {
    let folder = root.appendingPathComponent(id)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("README.md")
    try text.write(to: file, atomically: true, encoding: .utf8)
    paths.append(file.path)
  }
  return (root, paths)
}

@Suite struct HuggingFaceImportTests {
  @Test func cardsBecomeAChain() throws {
    let (root, paths) = try writeCards([
      "acme/legal-8b": """
      ---
      license: llama3.1
      base_model: NousResearch/Hermes-3-Llama-3.1-8B
      base_model_relation: finetune
      datasets:
      - acme/case-law
      ---
      # Acme Legal 8B
      """,
      "acme/legal-8b-gguf": """
      ---
      base_model: acme/legal-8b
      base_model_relation: quantized
      license: llama3.1
      ---
      """,
      "bob/merged": """
      ---
      license: apache-2.0
      base_model:
      - acme/legal-8b
      - mistralai/Mistral-7B-v0.1
      base_model_relation: merge
      ---
      """,
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = HuggingFaceImport.read(paths: paths)
    #expect(result.diagnostics.isEmpty, "\(result.printed)")
    let document = try importedDocument(result)
    let model = { (id: String) in document.models.first { $0.id == id } }
    let legal = try #require(model("acme/legal-8b"))
    #expect(legal.developer == "acme")
    #expect(legal.license == "llama-3.1-community")
    #expect(legal.trainedOn.map(\.id) == ["acme/case-law"])
    #expect(
      legal.derivedFrom.map { "\($0.base) \($0.relationName)" } == [
        "NousResearch/Hermes-3-Llama-3.1-8B finetune"
      ])
    #expect(model("acme/legal-8b-gguf")?.derivedFrom.first?.relation == .quantize)
    #expect(model("bob/merged")?.derivedFrom.map(\.relation) == [.merge, .merge])
    #expect(model("bob/merged")?.license == "Apache-2.0")
    // Bases named but not described are added, so the chain loads.
    #expect(model("mistralai/Mistral-7B-v0.1")?.developer == "mistralai")
    #expect(result.summary.contains { $0.hasPrefix("3 models described, 2 bases named") })
  }

  /// (a card's `pipeline_tag`, what the model `generates`; nil: unstated).
  static let pipelineTags: [(String, [ContentKind]?)] = [
    ("text-generation", [.text]), ("Text-To-Image", [.image]), ("text-to-speech", [.audio]),
    ("image-to-video", [.video]), ("text-classification", []), ("feature-extraction", []),
    ("robotics", nil),
  ]

  // The pipeline tag says whether a model is generative (California AB 2013
  // and SB 942 turn on it); a tag that does not tell leaves it unstated,
  // and says so, rather than reading it as "generates nothing".
  @Test(arguments: pipelineTags)
  func aPipelineTagSaysWhatTheModelGenerates(tag: String, generates: [ContentKind]?) throws {
    let (root, paths) = try writeCards(["acme/m": "---\npipeline_tag: \(tag)\n---\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = HuggingFaceImport.read(paths: paths)
    let document = try importedDocument(result)
    let model = try #require(document.models.first { $0.id == "acme/m" })
    #expect(model.generates == generates)
    #expect(result.diagnostics.map(\.code) == (generates == nil ? [.unsupportedItem] : []))
    // It reads back the same once written.
    let text = DocumentWriter.text(document, as: .yaml)
    let reread = try #require(
      Loader.load(bytes: Array(text.utf8), file: "re.yaml", json: false).document)
    #expect(reread.models.first { $0.id == "acme/m" }?.generates == generates)
  }

  @Test func windowsLineEnds() throws {
    let (root, paths) = try writeCards([
      "acme/crlf":
        "---\r\nbase_model: acme/base\r\nbase_model_relation: adapter\r\n---\r\n# Card\r\n"
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = HuggingFaceImport.read(paths: paths)
    #expect(result.diagnostics.isEmpty, "\(result.printed)")
    let model = try #require(try importedDocument(result).models.first { $0.id == "acme/crlf" })
    #expect(model.derivedFrom.first?.relation == .adapter)
  }

  // Dirty cards: each problem a warning with its file and line, and the
  // chain still loads.
  @Test func dirtyCardsAreReportedNotMisread() throws {
    let (root, paths) = try writeCards([
      "loop/a": "---\nbase_model: loop/b\nbase_model_relation: finetune\n---\n",
      "loop/b": "---\nbase_model: loop/a\nbase_model_relation: finetune\nlicense: my-odd\n---\n",
      "self/x": "---\nbase_model: self/x\nbase_model_relation: finetune\n---\n",
      "bare/y": "no front matter here\n",
      "odd/z": "---\nbase_model: org/base\nbase_model_relation: frankenmerge\n---\n",
      "two/w": "---\nbase_model:\n- org/one\n- org/two\n---\n",
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = HuggingFaceImport.read(paths: paths)
    func at(_ card: String, _ line: Int, _ code: DiagnosticCode) -> Bool {
      result.diagnostics.contains {
        $0.code == code && $0.location.file.hasSuffix(card + "/README.md")
          && $0.location.line == line
      }
    }
    #expect(at("bare/y", 1, .notAChain), "\(result.printed)")
    #expect(at("loop/b", 4, .unknownLicense), "\(result.printed)")
    #expect(result.has(.unknownLicense, naming: "my-odd"))
    #expect(at("odd/z", 3, .invalidValue), "\(result.printed)")
    #expect(result.has(.invalidValue, naming: "frankenmerge"))
    #expect(at("self/x", 2, .lineageCycle), "\(result.printed)")
    #expect(result.has(.lineageCycle, naming: "self/x"))
    #expect(at("two/w", 3, .assumedFact), "\(result.printed)")
    #expect(result.has(.lineageCycle, naming: "loop/a", "loop/b"), "\(result.printed)")
    _ = try importedDocument(result)
    #expect(result.summary.first == "5 model cards read of 6 files")
  }
}

// What a card says that the format cannot hold is said, not dropped.
@Suite struct HuggingFaceDirtyCardTests {
  @Test func cardValuesTheFormatCannotHold() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-hf-\(UUID().uuidString)/x/m")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let card = folder.appendingPathComponent("README.md")
    try "---\nlicense: [mit, apache-2.0]\nbase_model: {nested: map}\ndatasets: [d1, {a: b}]\n---\n"
      .write(to: card, atomically: true, encoding: .utf8)
    let result = HuggingFaceImport.read(paths: [card.path])
    #expect(result.has(.notRepresentable, line: 2, naming: "mit"), "\(result.printed)")
    #expect(result.has(.wrongType, line: 3, naming: "base_model"), "\(result.printed)")
    #expect(result.has(.wrongType, line: 4, naming: "datasets"), "\(result.printed)")
  }
}

/// Found by the hf fuzzer: the Hub keeps models and datasets apart, so a
/// card may name `acme/x` as its base and as a dataset, and an account may
/// share a model's name; the chain's ids are one namespace.
@Suite struct HuggingFaceIdTests {
  @Test func aDatasetOrAccountWithAModelsIdIsPrefixed() throws {
    let (root, paths) = try writeCards([
      "acme/tuned": """
      ---
      license: mit
      base_model: acme/base
      datasets:
      - acme/base
      - acme
      ---
      """,
      "someone/solo": """
      ---
      base_model: acme
      ---
      """,
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = HuggingFaceImport.read(paths: paths)
    let document = try importedDocument(result)
    #expect(Set(document.models.map(\.id)) == ["acme/tuned", "acme/base", "someone/solo", "acme"])
    #expect(Set(document.datasets.map(\.id)) == ["datasets/acme/base", "datasets/acme"])
    #expect(document.parties.contains { $0.id == "hf:acme" && $0.name == "acme" })
    let tuned = try #require(document.models.first { $0.id == "acme/tuned" })
    #expect(tuned.trainedOn.map(\.id) == ["datasets/acme/base", "datasets/acme"])
    #expect(tuned.developer == "hf:acme")
    #expect(result.has(.renamedID, naming: "acme/base", "datasets/acme/base"), "\(result.printed)")
  }
}
