import LiabilityGraph
import LiabilityRules

/// Registers an analyst hands on: spreadsheet-safe CSV with one row per
/// duty (`duties`, `compare`) or per reached node (`lineage`). Every cell
/// goes through the one CSV writer, which neutralises a cell that starts
/// like a formula.
public enum Registers {
  /// The columns of a duty register, in order.
  public static let dutyColumns = [
    "regime", "as_of", "party", "party_name", "rule", "duty", "subject", "subject_name",
    "citation", "status", "outcome", "due", "open_on", "findings", "compliance", "reasons",
    "sources",
  ]

  /// One row of a duty register per assignment, then one per exemption
  /// (outcome `exempt`). `due` is `now`, or the day a transitional
  /// provision defers the duty to; `findings` names each finding on the
  /// same rule, party and subject with the parties that hold what it needs.
  static func dutyRows(_ report: DutyReport, graph: SupplyChainGraph, party: Int?)
    -> [[String]]
  {
    let keep = { (node: Int) in party == nil || party == node }
    var findings: [String: [Finding]] = [:]
    for f in report.findings where keep(f.party) {
      findings["\(f.rule.id) \(f.party) \(f.subject)", default: []].append(f)
    }
    func findingText(_ f: Finding) -> String {
      f.kind.rawValue
        + (f.holders.isEmpty
          ? "" : " (held by " + f.holders.map { graph.ids[$0] }.joined(separator: ", ") + ")")
    }
    let head = { (rule: Rule, party: Int, subject: Int) -> [String] in
      [
        report.regime.id, report.asOf.description, graph.ids[party], graph.name(of: party),
        rule.id, rule.duty, graph.ids[subject], graph.name(of: subject), rule.citation,
      ]
    }
    var rows: [[String]] = []
    for a in report.assignments where keep(a.party) {
      let found = findings["\(a.rule.id) \(a.party) \(a.subject)"] ?? []
      rows.append(
        head(a.rule, a.party, a.subject) + [
          a.status.rawValue, a.outcome.rawValue, a.dueFrom?.description ?? "now",
          a.openOn.map { "\($0.fact) of \(graph.ids[$0.about])" }.uniqued().joined(separator: "; "),
          found.map(findingText).joined(separator: "; "),
          a.compliance?.rawValue ?? "", a.reasons.joined(separator: "; "),
          a.sources.joined(separator: "; "),
        ])
    }
    for e in report.exempt where keep(e.party) {
      let found = findings["\(e.rule.id) \(e.party) \(e.subject)"] ?? []
      rows.append(
        head(e.rule, e.party, e.subject) + [
          e.rule.status.rawValue, "exempt", "", "",
          found.map(findingText).joined(separator: "; "), "",
          (["exempt: " + e.because] + e.reasons).joined(separator: "; "), "",
        ])
    }
    return rows
  }

  /// `duties --format csv`: the register of one regime.
  public static func dutiesCSV(_ report: DutyReport, graph: SupplyChainGraph, party: Int? = nil)
    -> String
  {
    table([dutyColumns] + dutyRows(report, graph: graph, party: party))
  }

  /// `compare --format csv`: one duty per row, every regime's register
  /// one after another, with `in_force` and whether the party's position
  /// differs between regimes; a party with nothing under a regime gets
  /// one row with outcome `none`, so that the absence shows.
  public static func compareCSV(_ report: CompareReport) -> String {
    let graph = report.graph
    var rows: [[String]] = [dutyColumns + ["in_force", "differs"]]
    for party in report.parties {
      let differs = report.differs(party) ? "yes" : "no"
      for duty in report.reports {
        let inForce = duty.inForce ? "yes" : "no"
        let mine = dutyRows(duty, graph: graph, party: party)
        if mine.isEmpty {
          var row = [
            duty.regime.id, duty.asOf.description, graph.ids[party], graph.name(of: party),
          ]
          row += Array(repeating: "", count: 6) + ["none"]
          row += Array(repeating: "", count: dutyColumns.count - row.count)
          rows.append(row + [inForce, differs])
        }
        rows += mine.map { $0 + [inForce, differs] }
      }
    }
    return table(rows)
  }

  /// `lineage --format csv`: one row per node reached, with its kind,
  /// name, depth, the edge that reached it and the node it was reached
  /// from.
  public static func lineageCSV(
    _ graph: SupplyChainGraph, of node: Int, direction: Direction, supplyChain: Bool
  ) -> String {
    let nodes = graph.reachable(from: node, direction: direction, lineageOnly: !supplyChain)
    let depths = GraphReports.depthsOf(graph, start: node, nodes: nodes, direction: direction)
    var rows = [["of", "direction", "id", "kind", "name", "depth", "via", "from"]]
    for n in nodes {
      let d = depths[n]
      rows.append([
        graph.ids[node], direction.rawValue, graph.ids[n], graph.kinds[n].rawValue,
        graph.name(of: n), String(d?.depth ?? 0), d?.via ?? "",
        d.flatMap { $0.parent >= 0 ? graph.ids[$0.parent] : nil } ?? "",
      ])
    }
    return table(rows)
  }

  static func table(_ rows: [[String]]) -> String {
    rows.map(CSVText.row).joined(separator: "\n") + "\n"
  }
}
