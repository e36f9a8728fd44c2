import LiabilityGraph
import LiabilityRules

/// `lgraph holdings`: who holds which information and control.
public enum HoldingsReport {
  static func parties(_ graph: SupplyChainGraph, only: Int?) -> [Int] {
    (0..<graph.nodeCount).filter { graph.kinds[$0] == .party && (only == nil || only == $0) }
  }

  /// Each party's items and controls: for one party, asked directly; for
  /// all, in one pass over the graph.
  static func byParty(_ holdings: InformationHoldings, only: Int?) -> (
    items: [Int: [(item: InformationItem, holding: Holding)]],
    controls: [Int: [(control: ControlKind, holding: Holding)]]
  ) {
    if let only {
      return ([only: holdings.items(of: only)], [only: holdings.controls(of: only)])
    }
    return (holdings.itemsByParty(), holdings.controlsByParty())
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
    let (allItems, allControls) = byParty(holdings, only: party)
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
                    (allItems[node] ?? []).map { entry("item", $0.item.rawValue, $0.holding) })
                ),
                (
                  "controls",
                  .array(
                    (allControls[node] ?? []).map {
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
    let (allItems, allControls) = byParty(holdings, only: party)
    for node in parties(graph, only: party) {
      let items = allItems[node] ?? []
      let controls = allControls[node] ?? []
      lines.append("")
      lines.append(TextLayout.wrap(GraphReports.partyLine(graph, node)))
      if items.isEmpty && controls.isEmpty {
        lines.append("  holds nothing recorded and controls nothing")
        continue
      }
      // Subjects in the order first held, then first controlled; each
      // subject's lines gathered in one pass (a lab can hold thousands).
      var subjects: [Int] = []
      var itemsAbout: [Int: [(item: InformationItem, holding: Holding)]] = [:]
      var controlsAbout: [Int: [ControlKind]] = [:]
      for entry in items {
        if itemsAbout[entry.holding.subject] == nil { subjects.append(entry.holding.subject) }
        itemsAbout[entry.holding.subject, default: []].append(entry)
      }
      for entry in controls {
        let subject = entry.holding.subject
        if itemsAbout[subject] == nil, controlsAbout[subject] == nil { subjects.append(subject) }
        controlsAbout[subject, default: []].append(entry.control)
      }
      for subject in subjects {
        lines.append("  about \(graph.kinds[subject].rawValue) \(graph.ids[subject]):")
        let heldItems = itemsAbout[subject] ?? []
        let held = heldItems.map(\.item.rawValue)
        if !held.isEmpty {
          lines.append(
            TextLayout.wrap(
              held.joined(separator: ", "), first: "    holds    ", rest: "             "))
        }
        for assumption in heldItems.flatMap(\.holding.assumed).uniqued() {
          lines.append(TextLayout.wrap(assumption, first: "    assumed  ", rest: "             "))
        }
        let can = (controlsAbout[subject] ?? []).map(\.rawValue)
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
