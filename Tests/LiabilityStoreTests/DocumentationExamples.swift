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

// The catalog's article on history.
@Suite struct StoreArticleExamples {
  @Test func keepingHistory() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("liability.sqlite").path, create: true)
    let file = folder.appendingPathComponent("chain.yaml")
    let chain = """
      format: liability-graph/1
      parties:
        - {id: lab, name: Lab}
        - {id: cloud, name: Cloud}
      models:
        - {id: m, name: M, developer: lab}
      services:
        - {id: api, name: API, provider: lab, model: m, hosts: [HOST]}
      """
    try chain.replacingOccurrences(of: "HOST", with: "lab").write(
      to: file, atomically: true, encoding: .utf8)
    let first = try store.importFile(at: file.path, message: "initial mapping")
    try chain.replacingOccurrences(of: "HOST", with: "cloud").write(
      to: file, atomically: true, encoding: .utf8)
    let second = try store.importFile(at: file.path, message: "host changed")
    #expect("\(second.added) \(second.changed) \(second.removed)" == "[] [\"api\"] []")
    let before = try store.document(at: .revision(first.revision))
    #expect(before.services.first?.hosts.map(\.id) == ["lab"])
    let log = try store.log()
    #expect(log.map(\.message) == ["initial mapping", "host changed"])
    // The day the second revision was recorded.
    if let day = Day(String(log[1].recordedAt.prefix(10))) {
      let known = try store.document(at: .date(day))
      #expect(known.services.first?.hosts.map(\.id) == ["cloud"])
    } else {
      Issue.record("unreadable record time \(log[1].recordedAt)")
    }
  }
}
