import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityRender

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check files and print every problem as FILE:LINE:COLUMN.")

  @Argument(help: "One or more liability-graph/1 files.")
  var files: [String]

  @Option(
    name: .customLong("as-of"),
    help: "Also count what is valid on this date (YYYY-MM-DD).")
  var asOf: Day?

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file") }
  }

  func run() throws {
    var failed = false
    for file in files {
      let result = Loader.load(path: file)
      Diagnostics.print(result.diagnostics)
      if let document = result.document {
        let warnings = result.warnings.count
        func count(_ n: Int, _ one: String, _ many: String) -> String {
          "\(n) \(n == 1 ? one : many)"
        }
        var numbers = [
          document.parties.count, document.models.count, document.datasets.count,
          document.services.count, document.products.count, document.incidents.count,
        ]
        if let asOf {
          let view = SupplyChainGraph(document: document, asOf: asOf)
          let kinds: [NodeKind] = [.party, .model, .dataset, .service, .product, .incident]
          numbers = kinds.map { kind in view.kinds.filter { $0 == kind }.count }
        }
        let counts = zip(
          numbers,
          [
            ("party", "parties"), ("model", "models"), ("dataset", "datasets"),
            ("service", "services"), ("product", "products"), ("incident", "incidents"),
          ]
        ).map { count($0, $1.0, $1.1) }
        print(
          "\(file): ok (" + counts.joined(separator: ", ")
            + (asOf.map { " valid on \($0)" } ?? "")
            + (warnings > 0 ? "; " + count(warnings, "warning", "warnings") : "") + ")")
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

struct Licenses: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the license facts in effect: built-in, or with a file, the file's too.")
  @Argument(help: "A liability-graph/1 file whose licenses add to or override the built-ins.")
  var file: String?
  @Option(
    name: .customLong("as-of"),
    help: "Only the file's licenses valid on this date (YYYY-MM-DD).")
  var asOf: Day?
  @OptionGroup var output: FormatOption

  func run() throws {
    var licenses = BuiltinLicenses.shared.licenses
    if let file {
      let result = Loader.load(path: file)
      Diagnostics.print(result.diagnostics)
      guard let document = result.document else {
        Diagnostics.summary(result)
        throw ExitCode(1)
      }
      let valid = document.licenses.filter { license in
        asOf.map { license.fact.holds(on: $0) } ?? true
      }
      let own = Set(valid.map(\.id))
      licenses = licenses.filter { !own.contains($0.id) } + valid
    }
    output.print(
      text: { GraphReports.licensesText(licenses) },
      json: { GraphReports.licensesJSON(licenses) })
  }
}
