import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityInterop
import LiabilityRender
import LiabilityReports
import LiabilityRules
import LiabilityStore

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check files and print every problem as FILE:LINE:COLUMN.")

  @Argument(help: "One or more liability-graph/1 files (or --db, or ./liability.sqlite).")
  var files: [String] = []

  @Option(name: .customLong("db"), help: "Check the chain a store holds instead of files.")
  var db: String?

  @Option(
    name: .customLong("as-recorded"),
    help: "With a store: check it as recorded at this revision number or date.")
  var asRecorded: String?

  @Option(
    name: .customLong("as-of"),
    help: "Also count what is valid on this date (YYYY-MM-DD).")
  var asOf: Day?

  @OptionGroup var warnings: WarningOptions

  func validate() throws {
    if !files.isEmpty, db != nil { throw ValidationError("give files or --db, not both") }
    if let asRecorded, RecordedPoint(asRecorded) == nil {
      throw ValidationError(
        "--as-recorded takes a revision number or a date (YYYY-MM-DD), not '\(asRecorded)'")
    }
  }

  func run() throws {
    if files.isEmpty {
      var source = SourceOptions.make(db: db, asRecorded: asRecorded)
      source.warnings = warnings
      guard let path = source.storePath else {
        throw UsageError(
          "give liability-graph files or --db STORE (there is no ./\(SourceOptions.defaultStore) "
            + "here)")
      }
      let document = try source.loadDocument()
      report(path, document, warnings: 0)
      return
    }
    var failed = false
    for file in files {
      let result = Loader.load(path: file)
      Diagnostics.print(result.diagnostics, warnings: warnings.mode)
      if let document = result.document {
        report(file, document, warnings: result.warnings.count)
      } else {
        failed = true
        Diagnostics.summary(result)
      }
    }
    if failed { throw ExitCode(1) }
  }

  /// "FILE: ok (counts)".
  func report(_ file: String, _ document: Document, warnings: Int) {
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
    let graph = try options.load(around: StoreFocus(ids: [of], downstream: down))
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
    let graph = try options.load(around: StoreFocus(ids: [product]))
    let node = try options.node(product, in: graph, kinds: [.product])
    output.print(
      text: { GraphReports.chainText(graph, product: node) },
      json: { GraphReports.chainJSON(graph, product: node) })
  }
}

struct Paths: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Every path from a product, incident, service or model to upstream models and datasets.")
  @OptionGroup var options: GraphOptions
  @Option(help: "The product, incident, service or model to start from.")
  var from: String
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load(around: StoreFocus(ids: [from]))
    let node = try options.node(
      from, in: graph, kinds: [.product, .incident, .service, .model])
    output.print(
      text: { GraphReports.pathsText(graph, from: node) },
      json: { GraphReports.pathsJSON(graph, from: node) })
  }
}

extension DiagramRenderer.Output: ExpressibleByArgument {}

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
  @Option(name: .shortAndLong, help: "Write to this file.")
  var output: String?
  @Option(help: "Format: dot, svg, png or pdf (default: from the file's extension, else dot).")
  var format: DiagramRenderer.Output?
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
    if let output, format == nil, DiagramRenderer.Output(fileName: output) == nil {
      throw ValidationError(
        "cannot tell the format of '\(output)' from its extension; use .svg, .png, .pdf "
          + "or .dot, or give --format")
    }
    if output == nil, let format, format != .dot {
      throw ValidationError("\(format.rawValue) output needs a file: give -o FILE")
    }
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
    let kind = format ?? output.flatMap { DiagramRenderer.Output(fileName: $0) } ?? .dot
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
    if let output {
      try OutputFile.write(Data(result.data), to: output, inputs: options.source.inputs)
      Diagnostics.stderr("wrote \(output)")
    } else {
      FileHandle.standardOutput.write(Data(result.data))
    }
  }
}

/// Output formats of `duties`.
enum DutiesFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, md
}

/// The built-in regimes, or exit 1 naming what is wrong with a broken
/// built-in pack (never dropped silently).
func builtinRegimes() throws -> [Regime] {
  let problems = BuiltinRegimes.problems
  guard problems.isEmpty else {
    Diagnostics.print(problems)
    Diagnostics.stderr("error: a built-in regime pack does not load; this build is broken")
    throw ExitCode(1)
  }
  return BuiltinRegimes.all
}

/// A built-in regime id (in any letter case) or a regime file.
func loadRegime(_ name: String) throws -> Regime {
  let builtins = try builtinRegimes()
  if let regime = BuiltinRegimes.regime(name) { return regime }
  let isFile = name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/")
  guard isFile else {
    let ids = builtins.map(\.id)
    let guess = Suggestion.closest(to: name.lowercased(), in: ids)
    throw UsageError(
      "no built-in regime '\(name)'" + (guess.map { "; did you mean '\($0)'?" } ?? "")
        + " Built in: \(ids.joined(separator: ", ")) (or give a regime file)")
  }
  let result = RegimeLoader.load(path: name)
  Diagnostics.print(result.diagnostics)
  guard let regime = result.regime else {
    let errors = result.diagnostics.filter { $0.severity == .error }.count
    Diagnostics.stderr("\(errors) error\(errors == 1 ? "" : "s") in regime file \(name)")
    throw ExitCode(1)
  }
  return regime
}

struct Duties: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who owes which duty under a regime, why, and where the law misplaces it.")
  @OptionGroup var options: GraphOptions
  @Option(help: "A built-in regime id (see `lgraph regimes`) or a regime file.")
  var regime: String
  @Option(help: "Only this party.")
  var party: String?
  @Option(help: "Output format: text, json or md.")
  var format: DutiesFormat = .text
  @Flag(
    help: """
      Also list every rule that did not apply to each party, and why (not in force, outside \
      the territory, no party with its role, a condition unmet with its values).
      """)
  var explain = false

  func run() throws {
    let regime = try loadRegime(self.regime)
    let graph = try options.load()
    let node = try party.map { try options.node($0, in: graph, kinds: [.party]) }
    let report = DutyEngine.evaluate(regime, on: graph, explain: explain)
    switch format {
    case .text: print(DutiesReport.text(report, graph: graph, party: node))
    case .md: print(DutiesReport.text(report, graph: graph, party: node, markdown: true))
    case .json: print(DutiesReport.json(report, graph: graph, party: node).rendered())
    }
  }
}

/// Output formats of `compare`.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, md, csv
}

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "What each party owes under several regimes, side by side.")
  @OptionGroup var options: GraphOptions
  @Option(help: "Comma-separated regime ids or files (default: every built-in regime).")
  var regimes: String?
  @Option(help: "Output format: text, json, md or csv.")
  var format: CompareFormat = .text

  func run() throws {
    let all = try builtinRegimes().map(\.id)
    let names =
      regimes.map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map {
          String($0).trimmingCharacters(in: .whitespaces)
        }
      } ?? all
    if names.contains(where: \.isEmpty) {
      throw UsageError(
        "--regimes has an empty name; give regime ids or files separated by commas "
          + "(lgraph regimes lists the built-in ones)")
    }
    let loaded = try names.map(loadRegime)
    var ids: Set<String> = []
    for regime in loaded where !ids.insert(regime.id).inserted {
      throw UsageError("regime '\(regime.id)' is given twice; each regime once")
    }
    let graph = try options.load()
    let report = CompareReport(graph: graph, regimes: loaded)
    switch format {
    case .text: print(report.text())
    case .md: print(report.text(markdown: true))
    case .json: print(report.json.rendered())
    case .csv: print(report.csv)
    }
  }
}

struct Regimes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The regime packs: list them, or show one as a lawyer reads it.",
    subcommands: [RegimesList.self, RegimesShow.self], defaultSubcommand: RegimesList.self)
}

struct RegimesList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the built-in regimes (or check regime files): dates, review, amendments.")
  @Argument(help: "Regime files to check and list instead of the built-ins.")
  var files: [String] = []
  @Option(
    name: .customLong("as-of"), help: "Also say whether each regime is in force on this date.")
  var asOf: Day?
  @OptionGroup var output: FormatOption

  func run() throws {
    let regimes = try files.isEmpty ? builtinRegimes() : files.map(loadRegime)
    output.print(
      text: { DutiesReport.regimesText(regimes, asOf: asOf) },
      json: { DutiesReport.regimesJSON(regimes, asOf: asOf) })
  }
}

/// Output formats of `regimes show`.
enum PackFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, yaml
}

struct RegimesShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a regime pack as a lawyer reads it (or the pack itself, to copy and edit).",
    discussion: """
      Every rule with its citation, status (of its text and of its dates), dates, who it \
      falls on, conditions, exemptions, transitional provisions, needed information and \
      control, and the harms it answers for. --format yaml prints the pack file itself: \
      save it, edit it, and pass it back with --regime FILE.
      """)
  @Argument(help: "A built-in regime id (any letter case) or a regime file.")
  var regime: String
  @Option(help: "Output format: text, json or yaml (the pack file).")
  var format: PackFormat = .text

  func run() throws {
    let pack = try loadRegime(regime)
    switch format {
    case .text: print(RegimeReport.text(pack))
    case .json: print(RegimeReport.json(pack).rendered())
    case .yaml:
      let text = pack.text ?? ""
      print(text.hasSuffix("\n") ? String(text.dropLast()) : text)
    }
  }
}

struct Holdings: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who holds which information, and who controls what (as of a date).")
  @OptionGroup var options: GraphOptions
  @Option(help: "Only this party.")
  var party: String?
  @OptionGroup var output: FormatOption

  func run() throws {
    let graph = try options.load()
    let node = try party.map { try options.node($0, in: graph, kinds: [.party]) }
    let holdings = InformationHoldings(graph)
    output.print(
      text: { HoldingsReport.text(holdings, party: node) },
      json: { HoldingsReport.json(holdings, party: node) })
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
    var day: Day? = nil
    if file == nil, asOf != nil {
      throw UsageError("--as-of needs a file: the built-in licenses hold at every date")
    }
    if let file {
      let result = Loader.load(path: file)
      Diagnostics.print(result.diagnostics)
      guard let document = result.document else {
        Diagnostics.summary(result)
        throw ExitCode(1)
      }
      day = asOf ?? document.asOf ?? Day.today
      let valid = document.licenses.filter { license in
        day.map { license.fact.holds(on: $0) } ?? true
      }
      // A file's license overrides a built-in of the same id in any letter
      // case, as references resolve.
      let own = Set(valid.map { $0.id.lowercased() })
      licenses = licenses.filter { !own.contains($0.id.lowercased()) } + valid
    }
    output.print(
      text: { GraphReports.licensesText(licenses) },
      json: { GraphReports.licensesJSON(licenses, asOf: day) })
  }
}

/// Output formats of `trace`.
enum TraceFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, md, html, csv

  init?(fileName: String) {
    let name = fileName.lowercased()
    if name.hasSuffix(".html") || name.hasSuffix(".htm") {
      self = .html
    } else if name.hasSuffix(".md") || name.hasSuffix(".markdown") {
      self = .md
    } else if name.hasSuffix(".json") {
      self = .json
    } else if name.hasSuffix(".csv") {
      self = .csv
    } else if name.hasSuffix(".txt") {
      self = .text
    } else {
      return nil
    }
  }
}

struct Trace: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Trace an incident back through the chain, as of its date, and report.",
    discussion: """
      Walks from the product where the harm happened back through its services, hosts, \
      models and their lineage to datasets and pre-trainers, using only the facts valid \
      on the incident date, and says for every party what it did, knew, could control and \
      owed, and where it stands (primary, contributory, not-liable or indeterminate). \
      Without --regime: the principles and every built-in law in force on that date that \
      reaches the incident's place or the product's markets.
      """)
  @OptionGroup var source: SourceOptions
  @Option(help: "The incident's id.")
  var incident: String
  @Option(
    name: .customLong("regime"),
    help: "A built-in regime id or a regime file; repeat for several.")
  var regimes: [String] = []
  @Option(help: "Output format: text, json, md, html or csv (default: from -o, else text).")
  var format: TraceFormat?
  @Option(name: .shortAndLong, help: "Write to this file (whole or not at all).")
  var output: String?

  func validate() throws {
    if let output, format == nil, TraceFormat(fileName: output) == nil {
      throw ValidationError(
        "cannot tell the format of '\(output)' from its extension; use .txt, .json, .md, "
          + ".html or .csv, or give --format")
    }
  }

  func run() throws {
    let loaded = try regimes.map(loadRegime)
    var seen: Set<String> = []
    for regime in loaded where !seen.insert(regime.id).inserted {
      throw UsageError("regime '\(regime.id)' is given twice; each regime once")
    }
    let document = try source.loadDocument()
    let trace: IncidentTrace
    do {
      trace = try IncidentTrace.trace(
        document, incident: incident, regimes: loaded.isEmpty ? nil : loaded)
    } catch {
      guard error.inTheFacts else { throw UsageError(error.message) }
      Diagnostics.stderr("error: \(error.message)")
      throw ExitCode(1)
    }
    let kind = format ?? output.flatMap(TraceFormat.init(fileName:)) ?? .text
    let text: String
    switch kind {
    case .text: text = TraceReport.text(trace) + "\n"
    case .md: text = TraceReport.text(trace, markdown: true) + "\n"
    case .json: text = TraceReport.json(trace).rendered() + "\n"
    case .csv: text = TraceReport.csv(trace)
    case .html:
      do {
        let diagram = try TraceHTML.diagram(trace)
        for notice in diagram.notices { Diagnostics.stderr("note: \(notice)") }
        text = TraceHTML.html(trace, svg: diagram.svg)
      } catch {
        Diagnostics.stderr("warning: the trace diagram could not be drawn: \(error)")
        text = TraceHTML.html(
          trace, svg: nil, diagramNote: "The diagram could not be drawn: \(error)")
      }
    }
    if let output {
      try OutputFile.write(text, to: output, inputs: source.inputs)
    } else {
      print(text, terminator: "")
    }
  }
}

/// Formats `export` writes.
enum ExportTarget: String, ExpressibleByArgument, CaseIterable {
  case cyclonedx, spdx3
}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the chain in a standard format (SPDX 3.0.1 AI, CycloneDX 1.6 ML-BOM).",
    discussion: """
      Neither format has a fine-tune relation: fine-tunes, adapters, distillations, \
      continued pre-training and merges are descent (SPDX descendantOf, CycloneDX pedigree \
      ancestors), quantizations and conversions variants, each with its relation kept \
      (docs/interop.md). SPDX's mandatory fields the chain cannot fill are warnings.
      """)
  @OptionGroup var options: GraphOptions
  @Option(help: "The format: spdx3 or cyclonedx.")
  var to: ExportTarget
  @Option(name: .shortAndLong, help: "Write to this file (whole or not at all).")
  var output: String?

  func run() throws {
    let graph = try options.load()
    let text: String
    switch to {
    case .cyclonedx: text = CycloneDXWriter.bom(graph).rendered() + "\n"
    case .spdx3:
      let (json, missing) = SPDX3Writer.document(graph)
      for line in missing {
        Diagnostics.stderr("warning: SPDX 3 requires a field the chain does not give: \(line)")
      }
      text = json.rendered() + "\n"
    }
    if let output {
      try OutputFile.write(text, to: output, inputs: options.source.inputs)
    } else {
      print(text, terminator: "")
    }
  }
}

struct OpennessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "openness",
    abstract: "The Model Openness Framework class of models (Class I, II, III or none).",
    discussion: """
      Reads a Model Openness Framework model file (framework: and release:) or a \
      liability-graph file (each model's components:). Prints the class, the progress \
      toward each class, and the components that are missing, not openly licensed or \
      unlicensed.
      """)
  @Argument(help: "A MOF model file, or a liability-graph/1 file.")
  var file: String
  @Option(help: "In a liability-graph file, only this model.")
  var model: String?
  @OptionGroup var output: FormatOption

  func run() throws {
    let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    if MOFModelFile.looksLikeMOF(text) {
      let release: MOFRelease
      do {
        release = try MOFModelFile.read(path: file)
      } catch {
        Diagnostics.stderr(error.description)
        throw ExitCode(1)
      }
      for unknown in release.unknownComponents {
        Diagnostics.stderr(
          "\(file):\(unknown.line): warning: '\(unknown.name)' is not a Model Openness Framework "
            + "component; it is left out")
      }
      for problem in release.componentProblems {
        Diagnostics.stderr("\(file):\(problem.line): warning: \(problem.message)")
      }
      let result = Openness.classify(
        components: release.frameworkComponents, global: release.licenses)
      output.print(
        text: { OpennessReport.text(release.name, result) },
        json: { OpennessReport.json(result, model: release.name) })
      return
    }
    let document = try SourceOptions.make(file: file).loadDocument()
    var models = document.models
    if let model {
      guard let found = models.first(where: { $0.id == model }) else {
        throw UsageError(
          "no model '\(model)' in \(file)"
            + (Suggestion.closest(to: model, in: models.map(\.id)).map { "; did you mean '\($0)'?" }
              ?? ""))
      }
      models = [found]
    }
    let results = models.map { ($0, Openness.of($0)) }
    output.print(
      text: {
        results.map { OpennessReport.text("\($0.0.id) (\($0.0.name))", $0.1) }
          .joined(separator: "\n\n")
      },
      json: {
        model != nil
          ? OpennessReport.json(results[0].1, model: results[0].0.id)
          : .object([
            ("models", .array(results.map { OpennessReport.json($0.1, model: $0.0.id) }))
          ])
      })
  }
}

/// Formats `import` reads.
enum ImportSource: String, ExpressibleByArgument, CaseIterable {
  case hf
  case ecosystemGraphs = "ecosystem-graphs"
  case mof
  case cyclonedx
  case spdx3
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build a chain from other formats (Hugging Face cards, ecosystem-graphs).",
    discussion: """
      hf: README.md files with YAML front matter (base_model, base_model_relation, \
      license, datasets). ecosystem-graphs: Stanford CRFM asset files (assets/*.yaml). \
      mof: Model Openness Framework model files (release: producer, origin, components). \
      cyclonedx: CycloneDX 1.6 ML-BOMs (JSON). spdx3: SPDX 3.0.1 JSON-LD documents. \
      Problems are warnings with their file and line; the import goes \
      on and says what it resolved. Writes liability-graph/1 YAML (or JSON by -o's \
      extension), or records it in a store with --db.
      """)
  @Argument(help: "The format: hf, ecosystem-graphs, mof, cyclonedx or spdx3.")
  var format: ImportSource
  @Argument(help: "The files to read.")
  var paths: [String]
  @Option(help: "With one card: the model's id (else its model_id, or its folder).")
  var id: String?
  @Option(name: .shortAndLong, help: "Write the chain to this file (YAML, or JSON).")
  var output: String?
  @Option(name: .customLong("db"), help: "Record the chain in this store instead.")
  var db: String?
  @OptionGroup var warnings: WarningOptions

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one file") }
    if id != nil, paths.count > 1 { throw ValidationError("--id names one card; give one file") }
    if let id, !SyntaxDecoder.validIDBytes(Array(id.utf8)) {
      throw ValidationError(
        "--id '\(id)' is not a valid id: ids are non-empty and use letters, digits and "
          + ". _ - / : @ +")
    }
    if output != nil, db != nil { throw ValidationError("give -o or --db, not both") }
  }

  func run() throws {
    if let output { try OutputFile.refuseInput(output, inputs: paths) }
    let result: ImportResult
    switch format {
    case .hf: result = HuggingFaceImport.read(paths: paths, id: id)
    case .ecosystemGraphs: result = EcosystemGraphsImport.read(paths: paths)
    case .mof: result = MOFImport.read(paths: paths)
    case .cyclonedx: result = CycloneDXImport.read(paths: paths)
    case .spdx3: result = SPDX3Import.read(paths: paths)
    }
    Diagnostics.printWarnings(result.warnings, mode: warnings.mode)
    for line in result.summary { Diagnostics.stderr(line) }
    let loaded = Loader.load(bytes: Array(result.json.utf8), file: "import", json: true)
    guard let document = loaded.document else {
      Diagnostics.print(loaded.diagnostics)
      Diagnostics.stderr("error: the imported chain does not load; nothing was written")
      throw ExitCode(1)
    }
    let items =
      document.parties.count + document.models.count + document.datasets.count
      + document.services.count + document.products.count
    guard items > 0 else {
      Diagnostics.stderr(
        "error: nothing usable was read from \(paths.joined(separator: ", ")) as "
          + "\(format.rawValue); nothing was written")
      throw ExitCode(1)
    }
    let json = output?.lowercased().hasSuffix(".json") == true
    let text = json ? result.json + "\n" : try StoreFreeYAML.yaml(result.json)
    if let db {
      try reportingStoreErrors {
        let store = try GraphStore.open(at: db, create: true)
        defer { try? store.close() }
        let summary = try store.importChain(
          bytes: Array(text.utf8), file: "import:\(format.rawValue)", json: json,
          message: "import \(format.rawValue) " + paths.joined(separator: " "),
          origin: "import:\(format.rawValue)")
        var line =
          "revision \(summary.revision): \(summary.added.count) added, "
          + "\(summary.changed.count) changed, \(summary.removed.count) removed"
        if !summary.removed.isEmpty {
          let shown = summary.removed.prefix(5).joined(separator: ", ")
          let more = summary.removed.count > 5 ? ", ..." : ""
          line +=
            " (the store's \(format.rawValue) import is replaced whole by each import: "
            + shown + more + ")"
        }
        print(line)
      }
    } else if let output {
      try OutputFile.write(text, to: output, inputs: paths + [db].compactMap { $0 })
    } else {
      print(text, terminator: "")
    }
  }
}
