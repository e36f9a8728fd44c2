import LiabilityGraph
import LiabilityRules

/// `lgraph holdings`: who holds which information and control.
public enum HoldingsReport {
  static func parties(_ graph: SupplyChainGraph, only: Int?) -> [Int] {
    (0..<graph.nodeCount).filter { graph.kinds[$0] == .party && (only == nil || only == $0) }
  }

  /// The holdings as JSON.
  public static func json(_ holdings: InformationHoldings, party: Int? = nil) -> JSONValue {
    let graph = holdings.graph
    func entry(_ key: String, _ value: String, _ holding: Holding) -> JSONValue {
      .object([
        (key, .string(value)),
        ("subject", .string(graph.ids[holding.subject])),
        ("reason", .string(holding.reason)),
        ("sources", .strings(holding.sources)),
        ("assumed", .strings(holding.assumed)),
      ])
    }
    return .object([
      ("as_of", .optional(graph.asOf?.description)),
      (
        "parties",
        .object(
          parties(graph, only: party).map { node in
            (
              graph.ids[node],
              .object([
                (
                  "holds",
                  .array(
                    holdings.items(of: node).map { entry("item", $0.item.rawValue, $0.holding) })
                ),
                (
                  "controls",
                  .array(
                    holdings.controls(of: node).map {
                      entry("control", $0.control.rawValue, $0.holding)
                    })
                ),
              ])
            )
          })
      ),
    ])
  }

  /// The holdings as text, grouped by party and subject.
  public static func text(_ holdings: InformationHoldings, party: Int? = nil) -> String {
    let graph = holdings.graph
    var lines = [GraphReports.header("Information and control", graph)]
    for node in parties(graph, only: party) {
      let items = holdings.items(of: node)
      let controls = holdings.controls(of: node)
      lines.append("")
      lines.append(TextLayout.wrap(GraphReports.partyLine(graph, node)))
      if items.isEmpty && controls.isEmpty {
        lines.append("  holds nothing recorded and controls nothing")
        continue
      }
      var subjects: [Int] = []
      for subject in items.map(\.holding.subject) + controls.map(\.holding.subject)
      where !subjects.contains(subject) {
        subjects.append(subject)
      }
      for subject in subjects {
        lines.append("  about \(graph.kinds[subject].rawValue) \(graph.ids[subject]):")
        let heldItems = items.filter { $0.holding.subject == subject }
        let held = heldItems.map(\.item.rawValue)
        if !held.isEmpty {
          lines.append(
            TextLayout.wrap(
              held.joined(separator: ", "), first: "    holds    ", rest: "             "))
        }
        for assumption in heldItems.flatMap(\.holding.assumed).uniqued() {
          lines.append(TextLayout.wrap(assumption, first: "    assumed  ", rest: "             "))
        }
        let can = controls.filter { $0.holding.subject == subject }.map(\.control.rawValue)
        if !can.isEmpty {
          lines.append(
            TextLayout.wrap(
              can.joined(separator: ", "), first: "    can      ", rest: "             "))
        }
      }
    }
    lines.append("")
    lines.append(
      TextLayout.wrap(
        "Open weights cannot be recalled and an irrevocable license cannot be withdrawn: "
          + "no party holds those controls over an open model. JSON output gives the reason and "
          + "sources for each line."))
    return lines.joined(separator: "\n")
  }
}
