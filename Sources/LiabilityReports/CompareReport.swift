import LiabilityGraph
import LiabilityRules

/// `lgraph compare`: a `RegimeComparison` written for a reader, with
/// the parties whose position differs between regimes marked.
public struct CompareReport: Sendable {
  /// The comparison written.
  public let comparison: RegimeComparison
  /// The graph compared.
  public var graph: SupplyChainGraph { comparison.graph }
  /// One report per regime, in the order asked.
  public var reports: [DutyReport] { comparison.reports }

  /// Evaluates every regime on `graph` (sharing one holdings derivation).
  public init(graph: SupplyChainGraph, regimes: [Regime]) {
    comparison = RegimeComparison(graph: graph, regimes: regimes)
  }

  /// Writes `comparison`.
  public init(_ comparison: RegimeComparison) {
    self.comparison = comparison
  }

  /// One party's position under one regime.
  public struct Cell: Sendable, Hashable {
    /// Duties owed, as `duty (subject, citation)`.
    public var duties: [String]
    /// Duties it would owe but for an exemption.
    public var exempt: [String]
    /// Findings about its duties, as `kind: item`.
    public var findings: [String]
    /// Duties open on facts the file does not state, as `duty (subject,
    /// citation) [open: facts]`.
    public var open: [String] = []

    var isEmpty: Bool { duties.isEmpty && exempt.isEmpty && findings.isEmpty && open.isEmpty }
  }

  /// Parties that appear under any regime, in file order.
  public var parties: [Int] { comparison.parties }

  /// The cell of `party` under `report`: its position, in words.
  public func cell(_ party: Int, _ report: DutyReport) -> Cell {
    func mark(_ status: RuleStatus) -> String { status == .verified ? "" : " [\(status.rawValue)]" }
    func line(_ a: Assignment) -> String {
      "\(a.rule.duty) (\(graph.ids[a.subject]), \(a.rule.citation))" + mark(a.status)
        + (a.rule.amendedBy.isEmpty ? "" : " [as amended]")
        + (a.dueFrom.map { " [due from \($0)]" } ?? "")
        + (a.outcome == .open
          ? " [open: " + a.openOn.map(\.fact).uniqued().joined(separator: ", ") + " not stated]"
          : "")
    }
    let position = comparison.position(party, report)
    var cell = Cell(
      duties: position.owes.map(line),
      exempt: position.exempt.map {
        "\($0.rule.duty) (\(graph.ids[$0.subject]), \($0.rule.citation))" + mark($0.rule.status)
      },
      findings: position.findings.map { "\($0.kind.rawValue): \($0.item ?? $0.rule.duty)" })
    cell.open = position.open.map(line)
    return cell
  }

  /// Whether a party's position differs between the regimes in force.
  public func differs(_ party: Int) -> Bool { comparison.differs(party) }

  /// As JSON.
  public var json: JSONValue {
    .object([
      ("as_of", .optional(graph.asOf?.description)),
      ("regimes", .strings(reports.map(\.regime.id))),
      (
        "in_force",
        .object(reports.map { ($0.regime.id, .bool($0.inForce)) })
      ),
      (
        "parties",
        .object(
          parties.map { party in
            (
              graph.ids[party],
              .object(
                reports.map { report in
                  let c = cell(party, report)
                  return (
                    report.regime.id,
                    .object([
                      ("duties", .strings(c.duties)), ("open", .strings(c.open)),
                      ("exempt", .strings(c.exempt)), ("findings", .strings(c.findings)),
                    ])
                  )
                })
            )
          })
      ),
      ("differences", .strings(parties.filter(differs).map { graph.ids[$0] })),
    ])
  }

  /// As CSV: one duty per row (``Registers/compareCSV(_:)``).
  public var csv: String { Registers.compareCSV(self) }

  /// As text (or Markdown when `markdown`).
  public func text(markdown: Bool = false) -> String {
    var lines: [String] = []
    let title =
      "Duties under " + reports.map(\.regime.id).joined(separator: ", ")
      + (graph.asOf.map { ", as of \($0)" } ?? "")
    lines.append(markdown ? "# " + MarkdownText.inline(title) : TextLayout.wrap(title))
    for report in reports where !report.inForce {
      lines.append(TextLayout.wrap("\(report.regime.id) is not in force on \(report.asOf)."))
    }
    if markdown {
      lines.append("")
      lines.append("| party | " + reports.map(\.regime.id).joined(separator: " | ") + " |")
      lines.append("|---|" + reports.map { _ in "---|" }.joined())
      for party in parties {
        let cells = reports.map { report -> String in
          let c = cell(party, report)
          if !report.inForce { return "not in force" }
          if c.isEmpty { return "—" }
          var parts: [String] = []
          if !c.duties.isEmpty { parts.append("owes: " + c.duties.joined(separator: "; ")) }
          if !c.open.isEmpty { parts.append("may owe: " + c.open.joined(separator: "; ")) }
          if !c.exempt.isEmpty { parts.append("exempt: " + c.exempt.joined(separator: "; ")) }
          if !c.findings.isEmpty { parts.append("findings: " + c.findings.joined(separator: "; ")) }
          // Each part escaped; the line breaks between them are the report's.
          return parts.map(MarkdownText.inline).joined(separator: "<br>")
        }
        lines.append(
          "| " + MarkdownText.inline(graph.ids[party]) + (differs(party) ? " **(differs)**" : "")
            + " | " + cells.joined(separator: " | ") + " |")
      }
    } else {
      for party in parties {
        lines.append("")
        lines.append(
          TextLayout.wrap(
            GraphReports.partyLine(graph, party)
              + (differs(party) ? "  [differs between regimes]" : "")))
        for report in reports {
          let c = cell(party, report)
          guard report.inForce else {
            lines.append("  \(report.regime.id): not in force on \(report.asOf)")
            continue
          }
          lines.append("  \(report.regime.id):")
          if c.isEmpty { lines.append("    nothing") }
          for duty in c.open {
            lines.append(TextLayout.wrap(duty, first: "    may owe ", rest: "             "))
          }
          for duty in c.duties {
            lines.append(TextLayout.wrap(duty, first: "    owes ", rest: "         "))
          }
          for duty in c.exempt {
            lines.append(TextLayout.wrap(duty, first: "    exempt ", rest: "           "))
          }
          for finding in c.findings {
            lines.append(TextLayout.wrap(finding, first: "    finding ", rest: "            "))
          }
        }
      }
    }
    lines.append("")
    lines.append(DutiesReport.notice)
    return lines.joined(separator: "\n")
  }
}
