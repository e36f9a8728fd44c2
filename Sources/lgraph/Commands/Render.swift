import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityRender
import LiabilityRules
import LiabilityStore

/// Output formats of `render`.
enum DiagramFormats: OutputFormats {
  static let formats: [FileFormat] = [.dot, .svg, .png, .pdf]
  static let fileOnly: [FileFormat] = [.svg, .png, .pdf]
}

extension LayoutEngine: ExpressibleByArgument {
  public init?(argument: String) {
    guard let engine = LayoutEngine.all.first(where: { $0.name == argument }) else {
      return nil
    }
    self = engine
  }

  public static var allValueStrings: [String] { all.map(\.name) }
}

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw the supply chain: SVG, PNG or PDF through Graphviz, or DOT source.",
    discussion: """
      The format comes from the output file's extension (.svg, .png, .pdf, .dot) \
      or --format. Without -o, DOT source goes to standard output.
      """)
  @OptionGroup var options: GraphOptions
  @OptionGroup var output: OutputOptions<DiagramFormats>
  @Option(
    help: "Layout engine: dot, sfdp, neato, fdp or circo (default: dot, or sfdp for large graphs).")
  var engine: LayoutEngine?
  @Option(help: "The diagram's title (default: the file's title).")
  var title: String?
  @Option(
    parsing: .upToNextOption, help: "Ids of nodes to draw emphasised, with the edges between them.")
  var highlight: [String] = []
  @Option(
    help: ArgumentHelp(
      "Draw the chain as of this incident's date, with its path highlighted.",
      discussion: "The path is what trace walks: the product, then every service, model, "
        + "base model and dataset upstream of it, and the parties that own them."))
  var incident: String?
  @Option(help: "Draw only the neighbourhood of this node.")
  var focus: String?
  @Option(help: "With --focus: how many edges away to draw.")
  var depth: Int = 2
  @Option(help: "Collapse a model's leaf derivatives of one kind into one node above this count.")
  var collapseThreshold: Int = 10
  @Option(help: "Use sfdp instead of dot above this many nodes (when --engine is not given).")
  var sfdpThreshold: Int = 1_500
  @Flag(help: "Leave out the legend.")
  var noLegend = false

  func validate() throws {
    if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    if incident != nil, options.asOf != nil {
      throw ValidationError(
        "--incident draws the chain as of the incident's date; leave out --as-of")
    }
    if collapseThreshold < 1 { throw ValidationError("--collapse-threshold must be 1 or more") }
    if sfdpThreshold < 1 { throw ValidationError("--sfdp-threshold must be 1 or more") }
  }

  func run() throws {
    let graph: SupplyChainGraph
    var highlighted = Set(highlight)
    var title = title
    if let incident {
      let path: IncidentPath
      do {
        path = try IncidentTrace.path(options.source.loadDocument(), incident: incident)
      } catch let error as TraceError {
        guard error.inTheFacts else { throw UsageError(error.message) }
        Diagnostics.stderr("error: \(error.message)")
        throw ExitCode(1)
      }
      graph = path.graph
      highlighted.formUnion(path.ids)
      title =
        title
        ?? "Incident \(path.incident.id), its path highlighted"
      Diagnostics.stderr(
        "note: the chain as of \(path.incident.date); the path of \(path.incident.id) has "
          + "\(path.nodes.count) node\(path.nodes.count == 1 ? "" : "s") and "
          + "\(path.parties.count) part\(path.parties.count == 1 ? "y" : "ies")")
    } else {
      graph = try options.load(
        around: focus.map { StoreFocus(ids: [$0] + highlight, depth: depth) })
    }
    let anyKind: [NodeKind] = [.party, .model, .dataset, .service, .product, .incident]
    for id in highlight { _ = try options.node(id, in: graph, kinds: anyKind) }
    if let focus { _ = try options.node(focus, in: graph, kinds: anyKind) }
    let writer = DOTWriter(
      title: title, legend: !noLegend, highlight: highlighted, focus: focus, depth: depth,
      collapseThreshold: collapseThreshold)
    let kind = DiagramRenderer.Output(output.chosen) ?? .dot
    let renderer = DiagramRenderer(
      writer: writer, engine: engine, sfdpThreshold: sfdpThreshold)
    let result: DiagramRenderer.Result
    do {
      result = try renderer.render(graph, as: kind)
    } catch {
      Diagnostics.stderr("error: \(error)")
      throw ExitCode(1)
    }
    for notice in result.notices { Diagnostics.stderr("note: \(notice)") }
    try output.write(Data(result.data), inputs: options.source.inputs)
    if let file = output.output { Diagnostics.stderr("wrote \(file)") }
  }
}
