import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRender
@testable import LiabilityReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects the text of every element of an XML document; fails on
/// malformed XML.
final class TextCollector: NSObject, XMLParserDelegate {
  var texts: [String] = []
  private var current = ""

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    let text = current.trimmingCharacters(in: .whitespacesAndNewlines)
    if !text.isEmpty { texts.append(text) }
    current = ""
  }

  /// The texts of `data`, or nil when it is not well-formed XML.
  static func texts(of data: [UInt8]) -> [String]? {
    let parser = XMLParser(data: Data(data))
    let collector = TextCollector()
    parser.delegate = collector
    return parser.parse() ? collector.texts : nil
  }
}

func smallChain(_ body: String) throws -> SupplyChainGraph {
  let text = "format: liability-graph/1\n" + body
  let result = Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false)
  let document = try #require(result.document, "\(result.diagnostics)")
  return SupplyChainGraph(document: document)
}

@Suite struct GraphvizRendererTests {
  @Test(arguments: renderExamples)
  func svgIsWellFormedAndHasEveryLabel(name: String) throws {
    let graph = try loadExample(name)
    let result = try DiagramRenderer(writer: DOTWriter()).render(graph, as: .svg)
    let texts = try #require(TextCollector.texts(of: result.data), "SVG of \(name) is not XML")
    for node in 0..<graph.nodeCount where DiagramSelection.isAsset(graph.kinds[node]) {
      let width = graph.kinds[node] == .incident ? 24 : 30
      for line in DOTWriter.wrapped(graph.name(of: node), width: width).split(separator: "\n") {
        #expect(texts.contains(String(line)), "\(name): '\(line)' of \(graph.ids[node])")
      }
    }
    for node in 0..<graph.nodeCount where graph.kinds[node] == .party {
      guard graph.roleAssignments().contains(where: { $0.party == node }) else { continue }
      #expect(texts.contains(graph.name(of: node)), "\(name): party \(graph.ids[node])")
    }
  }

  @Test func pngAndPDFHaveMagicBytesAndSubstance() throws {
    let graph = try loadExample("llama-3.1-lexbot")
    let renderer = DiagramRenderer(writer: DOTWriter())
    let png = try renderer.render(graph, as: .png).data
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(png.count > 50_000)
    let pdf = try renderer.render(graph, as: .pdf).data
    #expect(pdf.starts(with: Array("%PDF-".utf8)))
    #expect(pdf.count > 10_000)
    let dot = try renderer.render(graph, as: .dot)
    #expect(dot.engine == nil)
    #expect(String(decoding: dot.data, as: UTF8.self) == DOTWriter().write(graph))
  }

  @Test func hostileLabelsSurviveIntoTheSVG() throws {
    let names = [
      #"He said "hi""#, #"back\slash \N \l"#, "{braces} [and] |pipes|", "<b>not bold</b>",
      "a & b; c < d > e",
    ]
    var body = "parties:\n  - {id: p, name: P, kind: company}\nmodels:\n"
    for (i, name) in names.enumerated() {
      let quoted = name.replacingOccurrences(of: "'", with: "''")
      body += "  - {id: m\(i), name: '\(quoted)', developer: p}\n"
    }
    let graph = try smallChain(body)
    let svg = try GraphvizRenderer.render(dot: DOTWriter().write(graph), format: .svg).data
    let texts = try #require(TextCollector.texts(of: svg))
    for name in names { #expect(texts.contains(name), "\(name)") }
    // A newline in a name is a line break, not text.
    let lines = try smallChain(
      "parties: [{id: p, name: P, kind: company}]\nmodels: [{id: m, name: \"one\\ntwo\", developer: p}]\n"
    )
    let texts2 = try #require(
      TextCollector.texts(
        of: try GraphvizRenderer.render(dot: DOTWriter().write(lines), format: .svg).data))
    #expect(texts2.contains("one"))
    #expect(texts2.contains("two"))
  }

  /// The lines of an SVG, sorted: Graphviz orders clusters by the address
  /// of their interned names, so the order in which it writes them can vary
  /// between renders in one process while the drawing (every element and
  /// coordinate) stays the same.
  static func elements(_ svg: [UInt8]) -> [Substring] {
    String(decoding: svg, as: UTF8.self).split(separator: "\n").sorted()
  }

  @Test func renderingIsRepeatable() throws {
    let dot = DOTWriter().write(try loadExample("llama-3.1-lexbot"))
    let first = try GraphvizRenderer.render(dot: dot, format: .svg).data
    let second = try GraphvizRenderer.render(dot: dot, format: .svg).data
    #expect(Self.elements(first) == Self.elements(second))
  }

  @Test func thirtyTwoConcurrentRendersAreAllCorrect() async throws {
    let graph = try loadExample("llama-3.1-lexbot")
    let dot = DOTWriter().write(graph)
    let expected = try GraphvizRenderer.render(dot: dot, format: .svg).data
    let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for i in 0..<32 {
        group.addTask {
          // Mix formats so that different plugins run at once.
          if i % 4 == 3 { _ = try GraphvizRenderer.render(dot: dot, format: .png) }
          return try GraphvizRenderer.render(dot: dot, format: .svg).data
        }
      }
      var all: [[UInt8]] = []
      for try await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 32)
    let expectedElements = Self.elements(expected)
    for result in results {
      // Compare as text, not bytes, so that a failure prints readably.
      let same = Self.elements(result) == expectedElements
      #expect(same, "a concurrent render differs from the sequential one")
      #expect(TextCollector.texts(of: result) != nil)
    }
  }

  @Test func parseErrorCarriesGraphvizMessageAndTheNextRenderWorks() throws {
    #expect {
      try GraphvizRenderer.render(dot: "digraph { a -> }", format: .svg)
    } throws: { error in
      guard let error = error as? RenderError else { return false }
      return error.step == .parse && error.message.contains("syntax error")
    }
    let ok = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg)
    #expect(String(decoding: ok.data, as: UTF8.self).contains("<svg"))
  }

  @Test func unknownEngineIsAnErrorWithGraphvizMessage() throws {
    #expect {
      try GraphvizRenderer.render(
        dot: "digraph { a -> b }", format: .svg, engine: LayoutEngine("nosuch"))
    } throws: { error in
      guard let error = error as? RenderError else { return false }
      return error.step == .layout && error.message.contains("nosuch")
        && error.message.contains("not recognized")
    }
    let ok = try GraphvizRenderer.render(dot: "digraph { a -> b }", format: .svg)
    #expect(ok.data.count > 100)
  }

  @Test func unknownFormatIsAnError() throws {
    #expect {
      try GraphvizRenderer.render(dot: "digraph { a -> b }", format: RenderFormat("nosuch"))
    } throws: { error in
      guard let error = error as? RenderError else { return false }
      return error.step == .render && error.message.contains("nosuch")
    }
    #expect(try GraphvizRenderer.render(dot: "digraph { a }", format: .svg).data.count > 100)
  }

  @Test func badAttributeIsAnErrorAndTheNextRenderWorks() throws {
    // An HTML label that does not parse is a Graphviz error.
    #expect {
      try GraphvizRenderer.render(dot: "digraph { a [label=<<b>unclosed>] }", format: .svg)
    } throws: { error in
      (error as? RenderError)?.message.isEmpty == false
    }
    #expect(try GraphvizRenderer.render(dot: "digraph { a }", format: .svg).warnings.isEmpty)
  }

  @Test func leafDerivativesCollapseAboveTheThreshold() throws {
    var body =
      "parties:\n  - {id: meta, name: Meta, kind: company}\n  - {id: q, name: Quantizers, kind: community}\n"
    body += "models:\n  - {id: base, name: Base 8B, developer: meta}\n"
    body +=
      "  - {id: tune, name: Tune, developer: q, derived_from: [{model: base, relation: finetune}]}\n"
    for i in 0..<12 {
      body +=
        "  - {id: q\(i), name: Q\(i), developer: q, derived_from: [{model: base, relation: quantize}]}\n"
    }
    let graph = try smallChain(body)
    let collapsed = DOTWriter(collapseThreshold: 10).diagram(graph)
    #expect(
      collapsed.dot.contains("\"collapsed:base:quantize\" [label=\"12 quantizations of\\nBase 8B\"")
    )
    #expect(!collapsed.dot.contains("\"q0\" ["))
    #expect(collapsed.dot.contains("\"tune\" ["))
    #expect(
      collapsed.notices == [
        "collapsed 12 quantizations of base into one node (more than 10 leaf derivatives)"
      ])
    let kept = DOTWriter(collapseThreshold: 12).diagram(graph)
    #expect(kept.dot.contains("\"q0\" ["))
    #expect(kept.notices.isEmpty)
    // A highlighted derivative is never hidden in a group.
    let highlighted = DOTWriter(highlight: ["q3"], collapseThreshold: 5).diagram(graph)
    #expect(highlighted.dot.contains("\"q3\" ["))
    #expect(highlighted.dot.contains("11 quantizations"))
    let svg = try DiagramRenderer(writer: DOTWriter(collapseThreshold: 10)).render(graph, as: .svg)
    let texts = try #require(TextCollector.texts(of: svg.data))
    #expect(texts.contains("12 quantizations of"))
  }

  @Test func focusDrawsTheNeighbourhood() throws {
    let graph = try loadExample("llama-3.1-lexbot")
    let one = DOTWriter(focus: "acme-legal-api-gcp", depth: 1).diagram(graph)
    #expect(one.dot.contains("\"acme-legal-8b\" ["))
    #expect(one.dot.contains("\"lexbot\" ["))
    #expect(!one.dot.contains("\"hermes-3-llama-3.1-8b\" ["))
    #expect(!one.dot.contains("cluster_meta"))
    #expect(
      one.notices.first == "drawing the neighbourhood of acme-legal-api-gcp: 3 nodes within 1 edge")
    let two = DOTWriter(focus: "acme-legal-api-gcp", depth: 2).diagram(graph)
    #expect(two.dot.contains("\"hermes-3-llama-3.1-8b\" ["))
  }

  @Test func largeGraphsSwitchToSfdpAndSaySo() throws {
    let graph = try loadExample("llama-3.1-lexbot")
    let small = try DiagramRenderer(writer: DOTWriter(), sfdpThreshold: 1_000).render(
      graph, as: .svg)
    #expect(small.engine == .dot)
    let switched = try DiagramRenderer(writer: DOTWriter(), sfdpThreshold: 5).render(
      graph, as: .svg)
    #expect(switched.engine == .sfdp)
    #expect(switched.notices.contains { $0.contains("laid out with sfdp instead of dot") })
    let forced = try DiagramRenderer(writer: DOTWriter(), engine: .dot, sfdpThreshold: 5).render(
      graph, as: .svg)
    #expect(forced.engine == .dot)
  }

  @Test func forceLayoutsGetOneConnectedGraphWithoutEdgeLabels() throws {
    let graph = try loadExample("llama-3.1-lexbot")
    var writer = DOTWriter()
    writer.layout = .force
    let dot = writer.write(graph)
    #expect(!dot.contains("subgraph \"cluster_"))
    #expect(dot.contains("\"root:hidden\" [style=invis"))
    #expect(dot.contains("\"root:hidden\" -> \"party:meta\" [style=invis];"))
    #expect(dot.contains("\"party:meta\" -> \"llama-3.1-8b\" [color=\"#cccccc\""))
    #expect(dot.contains("\"llama-3.1-8b\" -> \"hermes-3-llama-3.1-8b\" [tooltip=\"finetune\""))
    #expect(!dot.contains("[label=\"finetune\""))
    // The DOT source for a force engine is the force drawing.
    let source = try DiagramRenderer(writer: DOTWriter(), engine: .sfdp).render(graph, as: .dot)
    #expect(String(decoding: source.data, as: UTF8.self) == dot)
    let svg = try DiagramRenderer(writer: DOTWriter(), engine: .sfdp).render(graph, as: .svg)
    let texts = try #require(TextCollector.texts(of: svg.data))
    #expect(texts.contains("Meta Platforms, Inc."))
    #expect(texts.contains("Llama 3.1 8B"))
  }

  @Test func outputFormatFromFileName() {
    #expect(DiagramRenderer.Output(fileName: "a/b.svg") == .svg)
    #expect(DiagramRenderer.Output(fileName: "chain.PNG") == .png)
    #expect(DiagramRenderer.Output(fileName: "x.pdf") == .pdf)
    #expect(DiagramRenderer.Output(fileName: "x.dot") == .dot)
    #expect(DiagramRenderer.Output(fileName: "x.jpeg") == nil)
    #expect(DiagramRenderer.Output(fileName: "noextension") == nil)
  }
}
