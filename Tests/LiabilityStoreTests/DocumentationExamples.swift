import Foundation
import LiabilityGraph
import LiabilityStore
import Testing

// The examples in the module's documentation comments, as written there,
// against the public API only (no @testable import here).
@Suite struct StoreDocumentationExamples {
  // GraphStore
  @Test func openingAStore() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("liability.sqlite").path
    let example = storeRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    let store = try GraphStore.open(at: path, create: true)
    let summary = try store.importFile(at: example, message: "first")
    let document = try store.document()
    #expect(summary.revision == 1)
    #expect(!document.models.isEmpty)
    #expect(document.models.allSatisfy { summary.added.contains($0.id) })
  }
}
