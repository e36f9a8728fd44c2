import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityRender
import LiabilityReports
import LiabilityRules

/// Output formats of `trace`.
enum TraceFormats: OutputFormats {
  static let formats: [FileFormat] = [.text, .json, .md, .html, .csv]
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
  @OptionGroup var output: OutputOptions<TraceFormats>

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
    let text: String
    switch output.chosen {
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
    default: text = TraceReport.text(trace) + "\n"
    }
    try output.write(text, inputs: source.inputs)
  }
}
