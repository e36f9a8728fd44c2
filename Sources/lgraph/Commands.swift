import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityRender

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check files and print every problem as FILE:LINE:COLUMN.")

  @Argument(help: "One or more liability-graph/1 files.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file") }
  }

  func run() throws {
    var failed = false
    for file in files {
      let result = Loader.load(path: file)
      Diagnostics.print(result.diagnostics)
      if let graph = result.graph {
        let doc = graph.document
        let warnings = result.warnings.count
        print(
          "\(file): ok (\(doc.parties.count) parties, \(doc.models.count) "
            + "models, \(doc.datasets.count) datasets, \(doc.services.count) "
            + "services, \(doc.products.count) products, "
            + "\(doc.incidents.count) incidents"
            + (warnings > 0 ? "; \(warnings) warning\(warnings == 1 ? "" : "s")" : "")
            + ")")
      } else {
        failed = true
        Diagnostics.summary(result)
      }
    }
    if failed { throw ExitCode(1) }
  }
}

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Summarise what a file holds.")
  @OptionGroup var options: GraphOptions
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load()
    output.print(
      text: { GraphReports.showText(graph) },
      json: { GraphReports.showJSON(graph) })
  }
}

struct Roles: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Derive each party's roles, with the reason for each.")
  @OptionGroup var options: GraphOptions
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load()
    output.print(
      text: { GraphReports.rolesText(graph) },
      json: { GraphReports.rolesJSON(graph) })
  }
}

struct Lineage: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The ancestors (or with --down, descendants) of a model.")
  @OptionGroup var options: GraphOptions
  @Option(help: "The model (or, with --supply-chain, any node) to start from.")
  var of: String
  @Flag(help: "Descendants instead of ancestors.")
  var down = false
  @Flag(help: "Follow the whole supply chain, not only lineage edges.")
  var supplyChain = false
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load()
    let kinds: [NodeKind] =
      supplyChain
      ? [.model, .dataset, .service, .product, .incident, .license] : [.model]
    let node = try options.node(of, in: graph, kinds: kinds)
    let direction: Direction = down ? .down : .up
    output.print(
      text: {
        GraphReports.lineageText(
          graph, of: node, direction: direction, supplyChain: supplyChain)
      },
      json: {
        GraphReports.lineageJSON(
          graph, of: node, direction: direction, supplyChain: supplyChain)
      })
  }
}

struct Chain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The supply chain of a product and every party's role in it.")
  @OptionGroup var options: GraphOptions
  @Option(help: "The product.")
  var product: String
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load()
    let node = try options.node(product, in: graph, kinds: [.product])
    output.print(
      text: { GraphReports.chainText(graph, product: node) },
      json: { GraphReports.chainJSON(graph, product: node) })
  }
}

struct Paths: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Every path from a product or incident to upstream models and datasets.")
  @OptionGroup var options: GraphOptions
  @Option(help: "The product or incident to start from.")
  var from: String
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load()
    let node = try options.node(
      from, in: graph, kinds: [.product, .incident, .service, .model])
    output.print(
      text: { GraphReports.pathsText(graph, from: node) },
      json: { GraphReports.pathsJSON(graph, from: node) })
  }
}

/// Diagram formats `render` writes.
enum RenderFormat: String, ExpressibleByArgument, CaseIterable {
  case dot
}

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw the supply chain as a Graphviz diagram (DOT).")
  @OptionGroup var options: GraphOptions
  @Option(help: "Diagram format: dot.")
  var format: RenderFormat = .dot
  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?
  @Option(help: "The diagram's title (defaults to the file's title).")
  var title: String?
  @Option(parsing: .upToNextOption, help: "Ids of nodes to draw emphasised.")
  var highlight: [String] = []
  @Flag(help: "Leave out the legend.")
  var noLegend = false

  func run() throws {
    let graph = try options.load()
    for id in highlight {
      _ = try options.node(
        id, in: graph,
        kinds: [.party, .model, .dataset, .service, .product, .incident])
    }
    let dot = DOTWriter(
      title: title, legend: !noLegend, highlight: Set(highlight)
    ).write(graph)
    if let output {
      try OutputFile.write(dot, to: output)
      Diagnostics.stderr("wrote \(output)")
    } else {
      print(dot, terminator: "")
    }
  }
}
