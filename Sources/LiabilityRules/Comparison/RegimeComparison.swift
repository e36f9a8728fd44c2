import LiabilityGraph

/// What each party owes under several regimes, side by side: the regimes
/// evaluated on one graph (sharing one holdings derivation), each party's
/// position under each, and whether it differs between the regimes in
/// force.
public struct RegimeComparison: Sendable {
  /// The graph compared.
  public let graph: SupplyChainGraph
  /// One report per regime, in the order asked.
  public let reports: [DutyReport]

  /// Parties that appear under any regime, in file order.
  public let parties: [Int]
  /// Each report's positions by party, gathered in one pass over it (a
  /// whole store has tens of thousands of parties).
  private let positions: [[Int: Position]]

  /// Evaluates every regime on `graph`.
  public init(graph: SupplyChainGraph, regimes: [Regime]) {
    self.graph = graph
    reports = DutyEngine.evaluate(regimes, on: graph, holdings: InformationHoldings(graph))
    positions = reports.map(Self.positions)
    let involved = Set(
      reports.flatMap { report in
        report.assignments.map(\.party) + report.exempt.map(\.party)
      })
    parties = (0..<graph.nodeCount).filter { graph.kinds[$0] == .party && involved.contains($0) }
  }

  private static func positions(_ report: DutyReport) -> [Int: Position] {
    var out: [Int: Position] = [:]
    let empty = Position(owes: [], open: [], exempt: [], findings: [])
    for assignment in report.assignments {
      switch assignment.outcome {
      case .owes: out[assignment.party, default: empty].owes.append(assignment)
      case .open: out[assignment.party, default: empty].open.append(assignment)
      }
    }
    for exempted in report.exempt { out[exempted.party, default: empty].exempt.append(exempted) }
    for finding in report.findings {
      out[finding.party, default: empty].findings.append(finding)
    }
    return out
  }

  /// One party's position under one regime.
  public struct Position: Sendable, Hashable {
    /// Duties it owes.
    public var owes: [Assignment]
    /// Duties open on facts the chain does not state.
    public var open: [Assignment]
    /// Duties it would owe but for an exemption.
    public var exempt: [Exempted]
    /// Findings about its duties.
    public var findings: [Finding]

    /// Whether it has no duty, open duty, exemption or finding.
    public var isEmpty: Bool { owes.isEmpty && open.isEmpty && exempt.isEmpty && findings.isEmpty }
  }

  /// The position of `party` under `report`, one of ``reports`` (its
  /// positions were gathered when the comparison was made; a report of
  /// another regime or date is filtered here).
  public func position(_ party: Int, _ report: DutyReport) -> Position {
    if let index = reports.firstIndex(where: { $0.regime.id == report.regime.id }),
      reports[index].asOf == report.asOf
    {
      return positions[index][party] ?? Position(owes: [], open: [], exempt: [], findings: [])
    }
    let mine = report.assignments.filter { $0.party == party }
    return Position(
      owes: mine.filter { $0.outcome == .owes }, open: mine.filter { $0.outcome == .open },
      exempt: report.exempt.filter { $0.party == party },
      findings: report.findings.filter { $0.party == party })
  }

  /// Whether a party's position is not the same under every regime in
  /// force on the date (owes under one, nothing or only exemptions under
  /// another); regimes not in force are not compared.
  public func differs(_ party: Int) -> Bool {
    let owes = reports.indices.filter { reports[$0].inForce }.map {
      !(positions[$0][party]?.owes.isEmpty ?? true)
    }
    return Set(owes).count > 1
  }
}
