import Foundation
import LiabilityGraph
import LiabilityRender
import LiabilityReports
import Testing

let renderPackageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

let renderExamples = [
  "llama-3.1-lexbot", "deepseek-r1-distill-qwen", "olmo-2-tulu",
  "mistral-zephyr", "closed-api-consumer-app",
]

func loadExample(_ name: String) throws -> SupplyChainGraph {
  let path = renderPackageRoot.appendingPathComponent("examples/\(name).yaml").path
  let result = Loader.load(path: path)
  let document = try #require(result.document, "\(result.diagnostics)")
  return SupplyChainGraph(document: document, asOf: document.asOf)
}

/// The path of Graphviz's `dot`, if installed.
let dotPath: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs `dot -Tsvg` on `text`; returns its exit status, output and errors.
func runDot(_ text: String, dot: String) throws -> (Int32, String, String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: dot)
  let dir = FileManager.default.temporaryDirectory
  let inURL = dir.appendingPathComponent("dot-in-\(UUID().uuidString).dot")
  let outURL = dir.appendingPathComponent("dot-out-\(UUID().uuidString)")
  let errURL = dir.appendingPathComponent("dot-err-\(UUID().uuidString)")
  try Data(text.utf8).write(to: inURL)
  _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
  _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
  defer {
    for url in [inURL, outURL, errURL] { try? FileManager.default.removeItem(at: url) }
  }
  process.arguments = ["-Tsvg", inURL.path]
  let outHandle = try FileHandle(forWritingTo: outURL)
  let errHandle = try FileHandle(forWritingTo: errURL)
  process.standardOutput = outHandle
  process.standardError = errHandle
  try process.run()
  process.waitUntilExit()
  try outHandle.close()
  try errHandle.close()
  return (
    process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
    try String(contentsOf: errURL, encoding: .utf8)
  )
}

@Suite struct DOTWriterTests {
  @Test(arguments: renderExamples)
  func dotAcceptsEveryExample(name: String) throws {
    let dot = DOTWriter().write(try loadExample(name))
    guard let dotPath else {
      print("skipped: Graphviz 'dot' is not installed (run Scripts/install-deps)")
      return
    }
    let (status, svg, errors) = try runDot(dot, dot: dotPath)
    #expect(status == 0, "\(errors)")
    #expect(errors.isEmpty, "\(errors)")
    #expect(svg.contains("<svg"))
  }

  @Test(arguments: renderExamples)
  func outputIsDeterministic(name: String) throws {
    let graph = try loadExample(name)
    #expect(DOTWriter().write(graph) == DOTWriter().write(graph))
    let again = try loadExample(name)
    #expect(DOTWriter().write(graph) == DOTWriter().write(again))
  }

  @Test func clustersStylesLegendAndTitle() throws {
    let graph = try loadExample("llama-3.1-lexbot")
    let dot = DOTWriter().write(graph)
    #expect(dot.hasPrefix("digraph \"liability-graph\" {\n"))
    #expect(dot.contains("subgraph \"cluster_meta\" {"))
    #expect(dot.contains("graph [label=\"Meta Platforms, Inc.\\lUS, US-CA\\l\""))
    #expect(dot.contains("\"llama-3.1-8b\" -> \"hermes-3-llama-3.1-8b\" [label=\"finetune\""))
    #expect(dot.contains("\"party:google\" -> \"acme-legal-api-gcp\" [label=\"hosts\""))
    #expect(dot.contains("\"lexbot\" -> \"lexbot-fake-citation\" [label=\"harm\""))
    #expect(dot.contains("\"legend\" [shape=plain"))
    #expect(dot.contains("as of 2026-06-01"))
    // Open and closed weights look different.
    #expect(dot.contains("fillcolor=\"#c7e9c0\""))
    #expect(dot.contains("fillcolor=\"#fcbba1\""))
    #expect(!DOTWriter(legend: false).write(graph).contains("\"legend\""))
    // A party with no part in the chain on this date is not drawn.
    #expect(!dot.contains("cluster_aws"))
  }

  @Test func highlightEmphasisesNodesAndTheEdgesBetweenThem() throws {
    let graph = try loadExample("llama-3.1-lexbot")
    let dot = DOTWriter(highlight: ["lexbot", "lexbot-fake-citation"]).write(graph)
    let edge = try #require(
      dot.split(separator: "\n").first { $0.contains("\"lexbot\" -> \"lexbot-fake-citation\"") })
    #expect(edge.contains("penwidth=3.5"))
    let other = try #require(
      dot.split(separator: "\n").first { $0.contains("\"acme-legal-api-gcp\" -> \"lexbot\"") })
    #expect(!other.contains("penwidth=3.5"))
  }

  @Test func hostileLabelsSurviveEscaping() throws {
    let nasty = #"He said "hi" \N {braces} <b>bold</b> | pipe \\ back"#
    let quotedName = nasty.replacingOccurrences(of: "'", with: "''")
    let text = #"""
      format: liability-graph/1
      title: 'Quotes " and \ backslashes'
      parties:
        - id: p
          name: '\#(quotedName)'
          kind: company
      models:
        - id: m
          name: "line one\nline two \"quoted\" {x} <y>"
          developer: p
      """#
    let result = Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false)
    let document = try #require(result.document, "\(result.diagnostics)")
    let dot = DOTWriter().write(SupplyChainGraph(document: document))
    #expect(dot.contains(#"He said \"hi\" \\N {braces} <b>bold</b> | pipe \\\\ back"#))
    #expect(dot.contains(#"line one\nline two \"quoted\" {x}\n<y>"#))
    guard let dotPath else {
      print("skipped: Graphviz 'dot' is not installed (run Scripts/install-deps)")
      return
    }
    let (status, svg, errors) = try runDot(dot, dot: dotPath)
    #expect(status == 0, "\(errors)")
    // The label comes through as text, HTML-escaped by the SVG writer.
    #expect(
      svg.contains("He said &quot;hi&quot; \\N {braces} &lt;b&gt;bold&lt;/b&gt; | pipe \\\\ back"))
  }
}
