import Foundation
import LiabilityGraph
import LiabilityRender
import LiabilityReports
import LiabilityRules
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

// The catalog's article on incident reports.
@Suite struct RenderArticleExamples {
  @Test func writingAnIncidentReport() throws {
    let path = renderPackageRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
    let document = try #require(Loader.load(path: path).document)
    let trace = try IncidentTrace.trace(document, incident: "lexbot-fake-citation")
    let markdown = TraceReport.text(trace, markdown: true)
    let matrix = TraceReport.csv(trace)
    let diagram = try TraceHTML.diagram(trace)
    let html = TraceHTML.html(trace, svg: diagram.svg)
    #expect(markdown.contains("lexco") || markdown.contains("LexCo"))
    #expect(matrix.split(separator: "\n").count > 2)
    #expect(html.contains("<svg"))
  }
}
