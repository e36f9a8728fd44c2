import Foundation
import LiabilityGraph
import Testing

// The examples in the module's documentation comments and catalog, as
// written there, against the public API only (no @testable import here).
@Suite struct GraphDocumentationExamples {
  let lexbot = packageRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path

  // Loader
  @Test func loadingAFile() throws {
    let result = Loader.load(path: lexbot)
    var printed: [String] = []
    for diagnostic in result.diagnostics { printed.append("\(diagnostic)") }
    var nodes = 0
    if let graph = result.graph { nodes = graph.nodeCount }
    #expect(printed.isEmpty)
    #expect(nodes > 20)
  }

  // SupplyChainGraph, and the catalog's overview.
  @Test func queryingAGraph() throws {
    let document = try #require(Loader.load(path: lexbot).document)
    let graph = SupplyChainGraph(document: document, asOf: Day("2025-01-01"))
    var bases: [Int] = []
    if let model = graph.node("llama-3.1-8b") {
      bases = graph.ancestors(of: model, lineageOnly: true)
    }
    #expect(bases.isEmpty)  // a pre-trained base
    let now = SupplyChainGraph(document: document, asOf: Day("2026-03-14"))
    var roles: [RoleAssignment] = []
    if let product = now.node("lexbot") {
      let upstream = now.ancestors(of: product, lineageOnly: false)
      roles = now.roleAssignments(within: Set(upstream + [product]))
    }
    #expect(roles.contains { $0.role == .productVendor })
    #expect(roles.contains { $0.role == .preTrainer })
  }
}
