import LiabilityGraph

/// Evaluates a regime's rules on a graph as of its date.
///
/// ```swift
/// let report = DutyEngine.evaluate(regime, on: graph)
/// for assignment in report.assignments { print(assignment.rule.citation) }
/// ```
public enum DutyEngine {
  /// Controls that no one can hold over released weights.
  static let impossibleOverReleasedWeights: Set<ControlKind> = [
    .revokeAccess, .shutDownAllCopies, .monitorDownstreamUse, .revokeLicense,
  ]

  /// Applies `regime` to `graph` on the graph's date (today when it has
  /// none).
  public static func evaluate(
    _ regime: Regime, on graph: SupplyChainGraph, holdings: InformationHoldings? = nil
  ) -> DutyReport {
    let day = graph.asOf ?? Day.today
    var report = DutyReport(
      regime: regime, asOf: day, inForce: regime.inForce(on: day), assignments: [], exempt: [],
      findings: [])
    guard report.inForce else { return report }
    let holdings = holdings ?? InformationHoldings(graph)
    let shared = EngineShared(graph: graph, regime: regime, reach: holdings.reach)
    let roles = holdings.roleAssignments
    for rule in regime.rules where rule.inForce(on: day) {
      guard let regimeRole = regime.roles[rule.role] else { continue }
      var seen: Set<Pair> = []
      for held in roles where regimeRole.graphRoles.contains(held.role) {
        let key = Pair(party: held.party, subject: held.subject)
        guard !seen.contains(key) else { continue }
        let context = FactContext(
          shared: shared, party: held.party, role: held.role, subject: held.subject)
        var reasons = [held.reason]
        // Territorial scope.
        var extraterritorial = false
        switch regime.scope {
        case .none:
          break
        case .market:
          let own = context.establishedIn.filter { code in
            regime.jurisdictions.contains { FactContext.within(code, $0) }
          }
          let reach = context.reaches.filter { code in
            regime.jurisdictions.contains { FactContext.covers(code, $0) }
          }
          guard !own.isEmpty || !reach.isEmpty else { continue }
          reasons.append(
            own.isEmpty
              ? "\(graph.ids[held.subject]) is offered or used in \(unique(reach).joined(separator: ", "))"
              : "\(graph.ids[held.party]) is established in \(unique(own).joined(separator: ", "))")
        case .establishment:
          let own = context.establishedIn.filter { code in
            regime.jurisdictions.contains { FactContext.within(code, $0) }
          }
          guard !own.isEmpty else { continue }
          reasons.append(
            "\(graph.ids[held.party]) is established in \(unique(own).joined(separator: ", "))")
        case .presence:
          let own =
            context.establishedIn.filter { code in
              regime.jurisdictions.contains { FactContext.within(code, $0) }
            }
            + context.reachesItself.filter { code in
              regime.jurisdictions.contains { FactContext.covers(code, $0) }
            }
          let reach = context.reaches.filter { code in
            regime.jurisdictions.contains { FactContext.covers(code, $0) }
          }
          if !own.isEmpty {
            reasons.append(
              "\(graph.ids[held.party]) itself operates in \(unique(own).joined(separator: ", "))")
          } else if !reach.isEmpty {
            extraterritorial = true
            reasons.append(
              "\(graph.ids[held.subject]) reaches \(unique(reach).joined(separator: ", ")) only "
                + "through others' services or products")
          } else {
            continue
          }
        }
        var explained: [String] = []
        guard context.holds(rule.when, explain: &explained) else { continue }
        seen.insert(key)
        reasons += explained
        if let exemption = rule.exemptions.first(where: { exemption in
          var lines: [String] = []
          return context.holds(exemption.when, explain: &lines)
        }) {
          report.exempt.append(
            Exempted(
              rule: rule, party: held.party, subject: held.subject, because: exemption.because,
              reasons: reasons))
          continue
        }
        report.assignments.append(
          Assignment(
            rule: rule, party: held.party, subject: held.subject, reasons: reasons,
            sources: unique(held.sources)))
        report.findings += findings(
          rule: rule, party: held.party, subject: held.subject, graph: graph, holdings: holdings,
          extraterritorial: extraterritorial, regime: regime)
      }
    }
    return report
  }

  struct Pair: Hashable {
    var party: Int
    var subject: Int
  }

  static func unique(_ values: [String]) -> [String] {
    var out: [String] = []
    for value in values where !out.contains(value) { out.append(value) }
    return out
  }

  static func findings(
    rule: Rule, party: Int, subject: Int, graph: SupplyChainGraph,
    holdings: InformationHoldings, extraterritorial: Bool, regime: Regime
  ) -> [Finding] {
    var out: [Finding] = []
    let p = graph.ids[party]
    let s = graph.ids[subject]
    if extraterritorial {
      out.append(
        Finding(
          kind: .extraterritorial, rule: rule, party: party, subject: subject, holders: [],
          item: nil,
          explanation:
            "\(rule.citation) reaches \(p), which does not itself operate in "
            + "\(regime.jurisdictions.joined(separator: ", ")); \(s) arrives there only through "
            + "others' conduct."))
    }
    for item in rule.information where holdings.holding(party, item, about: subject) == nil {
      let holders = holdings.holders(of: item, about: subject).map(\.party)
      if holders.isEmpty {
        out.append(
          Finding(
            kind: .unowned, rule: rule, party: party, subject: subject, holders: [],
            item: item.rawValue,
            explanation:
              "\(rule.citation) needs the \(item.rawValue) of \(s), which no party in the "
              + "chain is recorded as holding."))
      } else {
        let names = holders.map { graph.ids[$0] }.joined(separator: ", ")
        out.append(
          Finding(
            kind: .misallocated, rule: rule, party: party, subject: subject, holders: holders,
            item: item.rawValue,
            explanation:
              "\(rule.citation) puts on \(p) a duty that needs the \(item.rawValue) of \(s), "
              + "which \(names) hold\(holders.count == 1 ? "s" : "") and \(p) does not."))
      }
    }
    let released = graph.model(at: subject)?.weights?.isReleased == true
    for kind in rule.control where holdings.controlling(party, kind, over: subject) == nil {
      out.append(
        Finding(
          kind: .infeasible, rule: rule, party: party, subject: subject,
          holders: holdings.controllers(of: kind, over: subject).map(\.party), item: kind.rawValue,
          explanation:
            "\(rule.citation) asks \(p) to \(kind.rawValue.replacingOccurrences(of: "-", with: " ")) "
            + "for \(s), which \(p) cannot do."))
      if released && impossibleOverReleasedWeights.contains(kind) {
        out.append(
          Finding(
            kind: .openSourceIncompatible, rule: rule, party: party, subject: subject, holders: [],
            item: kind.rawValue,
            explanation:
              "No one can \(kind.rawValue.replacingOccurrences(of: "-", with: " ")) for "
              + "released weights of \(s): as applied to an open release, \(rule.citation) "
              + "can only be met by not releasing."))
      }
    }
    return out
  }
}
