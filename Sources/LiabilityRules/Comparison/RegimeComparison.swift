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

  /// Evaluates every regime on `graph`.
  public init(graph: SupplyChainGraph, regimes: [Regime]) {
    self.graph = graph
    reports = DutyEngine.evaluate(regimes, on: graph, holdings: InformationHoldings(graph))
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

  /// Parties that appear under any regime, in file order.
  public var parties: [Int] {
    let involved = Set(
      reports.flatMap { report in
        report.assignments.map(\.party) + report.exempt.map(\.party)
      })
    return (0..<graph.nodeCount).filter { graph.kinds[$0] == .party && involved.contains($0) }
  }

  /// The position of `party` under `report`.
  public func position(_ party: Int, _ report: DutyReport) -> Position {
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
    let owes = reports.filter(\.inForce).map { !position(party, $0).owes.isEmpty }
    return Set(owes).count > 1
  }
}
