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
    // The rules in force, by the graph roles that carry them.
    var byRole: [Role: [(index: Int, rule: Rule)]] = [:]
    for (index, rule) in regime.rules.enumerated() where rule.inForce(on: day) {
      guard let regimeRole = regime.roles[rule.role] else { continue }
      for role in regimeRole.graphRoles { byRole[role, default: []].append((index, rule)) }
    }
    var seen: Set<Triple> = []
    var assignments: [(Int, Assignment)] = []
    var exempt: [(Int, Exempted)] = []
    var findings: [(Int, Finding)] = []
    for held in holdings.roleAssignments {
      guard let rules = byRole[held.role] else { continue }
      let context = FactContext(
        shared: shared, party: held.party, role: held.role, subject: held.subject)
      // Territorial scope: once per assignment, not per rule.
      guard let scope = self.scope(regime, context) else { continue }
      for (index, rule) in rules {
        let key = Triple(rule: index, party: held.party, subject: held.subject)
        guard !seen.contains(key) else { continue }
        var explained: [String] = []
        // First without words (most rules fail), then with them.
        guard context.holds(rule.when, explain: &explained, record: false) else { continue }
        _ = context.holds(rule.when, explain: &explained)
        seen.insert(key)
        let reasons = [held.reason] + scope.reasons + explained
        if let exemption = rule.exemptions.first(where: { exemption in
          var lines: [String] = []
          return context.holds(exemption.when, explain: &lines, record: false)
        }) {
          exempt.append(
            (
              index,
              Exempted(
                rule: rule, party: held.party, subject: held.subject, because: exemption.because,
                reasons: reasons)
            ))
          continue
        }
        assignments.append(
          (
            index,
            Assignment(
              rule: rule, party: held.party, subject: held.subject, reasons: reasons,
              sources: held.sources)
          ))
        findings += self.findings(
          rule: rule, party: held.party, subject: held.subject, graph: graph, holdings: holdings,
          extraterritorial: scope.extraterritorial, regime: regime
        ).map { (index, $0) }
      }
    }
    // Rule order, then the order the roles were found in (a stable sort).
    report.assignments = assignments.enumerated().sorted {
      ($0.element.0, $0.offset) < ($1.element.0, $1.offset)
    }.map(\.element.1)
    report.exempt = exempt.enumerated().sorted {
      ($0.element.0, $0.offset) < ($1.element.0, $1.offset)
    }.map(\.element.1)
    report.findings = findings.enumerated().sorted {
      ($0.element.0, $0.offset) < ($1.element.0, $1.offset)
    }.map(\.element.1)
    return report
  }

  /// Whether an assignment is within the regime's territory, why, and
  /// whether only through others' conduct; nil when outside.
  static func scope(_ regime: Regime, _ context: FactContext)
    -> (reasons: [String], extraterritorial: Bool)?
  {
    let graph = context.graph
    // The codes are already distinct (reach lists are deduplicated when
    // built; a party's jurisdictions are few): filtering keeps them so.
    func inside(_ codes: [String], covering: Bool) -> [String] {
      var out: [String] = []
      for code in codes
      where regime.jurisdictions.contains(where: {
        covering ? FactContext.covers(code, $0) : FactContext.within(code, $0)
      }) && !out.contains(code) {
        out.append(code)
      }
      return out
    }
    switch regime.scope {
    case .none:
      return ([], false)
    case .market:
      let own = inside(context.establishedIn, covering: false)
      if !own.isEmpty {
        return (
          ["\(graph.ids[context.party]) is established in \(own.joined(separator: ", "))"], false
        )
      }
      let reach = inside(context.reaches, covering: true)
      guard !reach.isEmpty else { return nil }
      return (
        ["\(graph.ids[context.subject]) is offered or used in \(reach.joined(separator: ", "))"],
        false
      )
    case .establishment:
      let own = inside(context.establishedIn, covering: false)
      guard !own.isEmpty else { return nil }
      return (
        ["\(graph.ids[context.party]) is established in \(own.joined(separator: ", "))"], false
      )
    case .presence:
      let reach = inside(context.reaches, covering: true)
      let established = inside(context.establishedIn, covering: false)
      let own =
        established.isEmpty && !reach.isEmpty
        ? inside(context.reachesItself, covering: true) : established
      if !own.isEmpty {
        return (
          ["\(graph.ids[context.party]) itself operates in \(own.joined(separator: ", "))"], false
        )
      }
      guard !reach.isEmpty else { return nil }
      return (
        [
          "\(graph.ids[context.subject]) reaches \(reach.joined(separator: ", ")) only through "
            + "others' services or products"
        ], true
      )
    }
  }

  struct Triple: Hashable {
    var rule: Int
    var party: Int
    var subject: Int
  }

  /// Items about a model rather than about how it is offered.
  static let modelLevel: Set<InformationItem> = [
    .trainingData, .trainingCompute, .modelArchitecture, .weights, .evaluations,
    .capabilitiesLimitations, .fineTuneData, .safetyFramework,
  ]

  /// The models a service serves, or a product runs itself or through the
  /// services it uses.
  static func systemModels(_ subject: Int, _ graph: SupplyChainGraph) -> [Int] {
    var out: [Int] = []
    for edge in graph.incoming(subject) {
      switch (edge.kind, graph.kinds[edge.from]) {
      case (.serves, .model), (.uses, .model): out.append(edge.from)
      case (.uses, .service):
        out += graph.incoming(edge.from).filter { $0.kind == .serves }.map(\.from)
      default: break
      }
    }
    return out.uniqued()
  }

  static func unique(_ values: [String]) -> [String] {
    values.uniqued()
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
      // What a service or product is made of: a model-level item nobody
      // records about the system itself is that of the models it runs.
      var targets = [subject]
      if modelLevel.contains(item), holdings.holders(of: item, about: subject).isEmpty {
        let models = systemModels(subject, graph)
        if !models.isEmpty { targets = models }
      }
      for target in targets where holdings.holding(party, item, about: target) == nil {
        let t = target == subject ? s : "\(graph.ids[target]) (in \(s))"
        let holders = holdings.holders(of: item, about: target).map(\.party)
        if holders.isEmpty {
          out.append(
            Finding(
              kind: .unowned, rule: rule, party: party, subject: subject, holders: [],
              item: item.rawValue,
              explanation:
                "\(rule.citation) needs the \(item.rawValue) of \(t), which no party in the "
                + "chain is recorded as holding."))
        } else {
          let names = holders.map { graph.ids[$0] }.joined(separator: ", ")
          out.append(
            Finding(
              kind: .misallocated, rule: rule, party: party, subject: subject, holders: holders,
              item: item.rawValue,
              explanation:
                "\(rule.citation) puts on \(p) a duty that needs the \(item.rawValue) of \(t), "
                + "which \(names) hold\(holders.count == 1 ? "s" : "") and \(p) does not."))
        }
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
