import Foundation
import LiabilityGraph
import Testing

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// The path of a shipped example.
func examplePath(_ name: String) -> String {
  packageRoot.appendingPathComponent("examples/\(name).yaml").path
}

/// Every shipped example.
let exampleNames = [
  "llama-3.1-lexbot", "deepseek-r1-distill-qwen", "olmo-2-tulu",
  "mistral-zephyr", "closed-api-consumer-app",
]

/// Loads YAML (or JSON) text as if it were the file `t.yaml`.
func load(_ text: String, json: Bool = false) -> Loader.Result {
  Loader.load(
    bytes: Array(text.utf8), file: json ? "t.json" : "t.yaml", json: json)
}

/// Loads text that must load cleanly, and returns its graph (all facts).
func graph(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
  throws -> SupplyChainGraph
{
  let result = load(text)
  #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
  return try #require(result.graph, sourceLocation: sourceLocation)
}

/// Loads a shipped example, which must load cleanly.
func example(_ name: String, asOf: String? = nil) throws -> SupplyChainGraph {
  let result = Loader.load(path: examplePath(name))
  #expect(result.errors.isEmpty, "\(result.errors)")
  let document = try #require(result.document)
  return SupplyChainGraph(document: document, asOf: asOf.flatMap { Day($0) })
}

/// The single error of a result, which must have exactly one.
func onlyError(
  _ result: Loader.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Diagnostic {
  #expect(result.document == nil, sourceLocation: sourceLocation)
  #expect(result.graph == nil, sourceLocation: sourceLocation)
  #expect(result.errors.count == 1, "\(result.diagnostics)", sourceLocation: sourceLocation)
  return try #require(result.errors.first, sourceLocation: sourceLocation)
}

/// Ids of nodes.
func ids(_ graph: SupplyChainGraph, _ nodes: [Int]) -> [String] {
  nodes.map { graph.ids[$0] }
}

/// A minimal valid file, to which tests add lines.
let header = """
  format: liability-graph/1
  parties:
    - id: meta
      name: Meta
      kind: company
      jurisdictions: [US, US-CA]

  """
