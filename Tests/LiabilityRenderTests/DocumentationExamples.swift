import Foundation
import LiabilityGraph
import LiabilityRender
import Testing

// The examples in the module's documentation comments, as written there,
// against the public API only (no @testable import here).
@Suite struct RenderDocumentationExamples {
  // DOTWriter, then GraphvizRenderer.
  @Test func writingAndRenderingADiagram() throws {
    let path = renderPackageRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    let graph = try #require(Loader.load(path: path).graph)
    let dot = DOTWriter(title: "LexBot").write(graph)
    #expect(dot.hasPrefix("digraph"))
    let svg = try GraphvizRenderer.render(dot: dot, format: .svg)
    #expect(String(decoding: svg.data, as: UTF8.self).contains("<svg"))
  }
}
