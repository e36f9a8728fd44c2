import Foundation
import LiabilityGraph
import LiabilityInterop
import Testing

// The examples in the module's documentation comments, as written there,
// against the public API only (no @testable import here).
@Suite struct InteropDocumentationExamples {
  // CycloneDXWriter
  @Test func writingABom() throws {
    let path = interopRoot.appendingPathComponent("examples/olmo-2-tulu.yaml").path
    let graph = try #require(Loader.load(path: path).graph)
    let bom = CycloneDXWriter.bom(graph)
    let text = bom.rendered()
    #expect(text.contains("\"specVersion\": \"1.6\""))
  }
}

// The catalog's article on exchanging documents.
@Suite struct InteropArticleExamples {
  @Test func exchangingDocuments() throws {
    let path = interopRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    let graph = try #require(Loader.load(path: path).graph)
    let (document, missing) = SPDX3Writer.document(graph)
    var warnings: [String] = []
    for field in missing { warnings.append("warning: " + field) }
    let text = document.rendered()
    #expect(text.contains("ai_AIPackage"))
    #expect(
      warnings.contains("warning: model acme-legal-8b: software_downloadLocation (state url)"))

    let card = """
      ---
      license: apache-2.0
      base_model: base/model
      base_model_relation: finetune
      ---
      # Acme 8B
      """
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lgraph-doc-\(UUID().uuidString)/acme-8b")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let readme = folder.appendingPathComponent("README.md")
    try card.write(to: readme, atomically: true, encoding: .utf8)
    let result = HuggingFaceImport.read(paths: [readme.path])
    for warning in result.diagnostics { warnings.append(warning.description) }
    let models = try importedDocument(result).models
    #expect(models.contains { $0.derivedFrom.map(\.base) == ["base/model"] })
  }
}
