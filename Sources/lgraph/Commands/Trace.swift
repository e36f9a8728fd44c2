import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityRender
import LiabilityReports
import LiabilityRules

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
