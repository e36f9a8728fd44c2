import LiabilityGraph

extension IncidentTrace {
  /// Traces `incident` in `document` as of its date under `regimes`, or,
  /// when `regimes` is nil, under ``defaultRegimes(for:in:)``.
  public static func trace(
    _ document: Document, incident id: String, regimes: [Regime]? = nil
  ) throws(TraceError) -> IncidentTrace {
    let (incident, graph, product) = try locate(document, id)
    let chosen =
      regimes.map { $0.map { ($0, "asked for") } }
      ?? defaultRegimes(
        for: incident, in: graph)
    var builder = TraceBuilder(graph: graph, incident: incident, product: product)
    var trace = builder.build(regimes: chosen)
    trace.regimesNotApplied =
      regimes == nil
      ? lawsNotApplied(for: incident, in: graph, chosen: chosen.map(\.regime.id))
      : []
    return trace
  }

  /// The chain as of `incident`'s date and the incident's path through it
  /// (the product, the services, models, lineage and datasets upstream of
  /// it, and the parties that own them), without weighing any regime: what
  /// `render --incident` draws.
  public static func path(_ document: Document, incident id: String) throws(TraceError)
    -> IncidentPath
  {
    let (incident, graph, product) = try locate(document, id)
    var builder = TraceBuilder(graph: graph, incident: incident, product: product)
    builder.walk()
    return IncidentPath(
      graph: graph, incident: incident, nodes: builder.path, edges: builder.pathEdges,
      parties: builder.parties)
  }

  /// The incident with `id`, the chain as of its date, and its product's
  /// node.
  static func locate(_ document: Document, _ id: String) throws(TraceError) -> (
    Incident, SupplyChainGraph, Int
  ) {
    guard let incident = document.incidents.first(where: { $0.id == id }) else {
      let known = document.incidents.map(\.id)
      throw TraceError(
        message: "unknown incident '\(id)'"
          + Suggestion.hint(Suggestion.closest(to: id, in: known))
          + (known.isEmpty
            ? "; the file records no incidents"
            : "; the file's incidents: " + known.joined(separator: ", ")))
    }
    let graph = SupplyChainGraph(document: document, asOf: incident.date)
    guard let product = graph.node(incident.product) else {
      throw TraceError(
        message: "product '\(incident.product)' of incident '\(id)' is not in the chain on "
          + "\(incident.date) (released later, or no longer valid then)", inTheFacts: true)
    }
    return (incident, graph, product)
  }

  /// Every built-in law that a default trace considered and did not apply,
  /// with the reason: not in force on the incident date, or the incident's
  /// place and the product's markets outside its territory. Counterfactual
  /// packs are listed as such.
  public static func lawsNotApplied(
    for incident: Incident, in graph: SupplyChainGraph, chosen: [String]
  ) -> [(regime: Regime, why: String)] {
    let markets = graph.node(incident.product).flatMap { graph.product(at: $0)?.markets } ?? []
    var out: [(Regime, String)] = []
    for regime in BuiltinRegimes.all where regime.kind != .principles {
      guard !chosen.contains(regime.id) else { continue }
      if regime.kind == .counterfactual {
        out.append((regime, "a counterfactual (never law): applied only when asked for"))
        continue
      }
      if !regime.inForce(on: incident.date) {
        let when: String
        if let from = regime.inForceFrom, incident.date < from {
          when = "it applies from \(from)"
        } else if let to = regime.inForceTo {
          when = "it ended on \(to)"
        } else {
          when = "its dates exclude the day"
        }
        out.append((regime, "not in force on \(incident.date): \(when)"))
        continue
      }
      let place =
        incident.jurisdiction.map { "the incident happened in \($0)" }
        ?? "the incident's place is not stated"
      let offered =
        markets.isEmpty
        ? "the product's markets are not stated"
        : "the product is offered in " + markets.joined(separator: ", ")
      out.append(
        (
          regime,
          "outside its territory (\(regime.jurisdictions.joined(separator: ", "))): \(place) "
            + "and \(offered)"
        ))
    }
    return out
  }

  /// The regimes a trace applies unless told otherwise: `principles`, and
  /// every built-in law (or historical law) in force on the incident date
  /// whose jurisdictions the incident's place or the product's markets
  /// reach. Counterfactual packs are left out.
  public static func defaultRegimes(for incident: Incident, in graph: SupplyChainGraph)
    -> [(regime: Regime, why: String)]
  {
    var out: [(Regime, String)] = []
    let markets = graph.node(incident.product).flatMap { graph.product(at: $0)?.markets } ?? []
    for regime in BuiltinRegimes.all {
      if regime.kind == .principles {
        out.append((regime, "the policy principles, applied to every trace"))
        continue
      }
      guard regime.kind == .law || regime.kind == .historical,
        regime.inForce(on: incident.date)
      else { continue }
      let place = incident.jurisdiction.flatMap { code in
        regime.jurisdictions.contains { regime.covers(code, $0) } ? code : nil
      }
      let reached = markets.filter { code in
        regime.jurisdictions.contains { regime.covers(code, $0) }
      }
      guard place != nil || !reached.isEmpty else { continue }
      var why = "in force on \(incident.date)"
      if let place { why += "; the incident happened in \(place)" }
      if !reached.isEmpty {
        why += "; \(incident.product) is offered in \(reached.joined(separator: ", "))"
      }
      out.append((regime, why))
    }
    return out
  }
}

/// Builds an ``IncidentTrace`` step by step.
struct TraceBuilder {
  let graph: SupplyChainGraph
  let incident: Incident
  let product: Int
  var path: [Int] = []
  var onPath: Set<Int> = []
  var pathEdges: [Edge] = []
  var parties: [Int] = []
  var evidence: [String] = []
  var seenEvidence: Set<String> = []

  init(graph: SupplyChainGraph, incident: Incident, product: Int) {
    self.graph = graph
    self.incident = incident
    self.product = product
  }

  static let upstreamKinds: Set<EdgeKind> = [.uses, .serves, .lineage, .trainedOn]
  static let ownerKinds: Set<EdgeKind> = [.offers, .provides, .hosts, .develops, .publishes]

  mutating func cite(_ sources: [String]) {
    for source in sources where seenEvidence.insert(source).inserted { evidence.append(source) }
  }

  mutating func walk() {
    // Breadth first from the product: nearest first.
    path = [product]
    onPath = [product]
    var next = 0
    while next < path.count {
      let node = path[next]
      next += 1
      for edge in graph.incoming(node) where Self.upstreamKinds.contains(edge.kind) {
        pathEdges.append(edge)
        if onPath.insert(edge.from).inserted { path.append(edge.from) }
      }
    }
    if let incidentNode = graph.node(incident.id) {
      pathEdges += graph.incoming(incidentNode).filter { $0.kind == .incident }
    }
    var seen: Set<Int> = []
    for node in path {
      for edge in graph.incoming(node) where Self.ownerKinds.contains(edge.kind) {
        if seen.insert(edge.from).inserted { parties.append(edge.from) }
      }
      if node == product {
        for edge in graph.outgoing(node) where edge.kind == .deploys {
          if seen.insert(edge.to).inserted { parties.append(edge.to) }
        }
      }
    }
  }

  mutating func build(regimes: [(regime: Regime, why: String)]) -> IncidentTrace {
    walk()
    let holdings = InformationHoldings(graph)
    let partySet = Set(parties)
    var reports: [DutyReport] = []
    for var report in DutyEngine.evaluate(regimes.map(\.regime), on: graph, holdings: holdings) {
      report.assignments.removeAll { !partySet.contains($0.party) || !onPath.contains($0.subject) }
      report.exempt.removeAll { !partySet.contains($0.party) || !onPath.contains($0.subject) }
      report.findings.removeAll { !partySet.contains($0.party) || !onPath.contains($0.subject) }
      reports.append(report)
    }
    cite(incident.fact.sources)
    let roles = graph.roleAssignments(within: onPath)
    var traces: [IncidentTrace.PartyTrace] = []
    for party in parties {
      let judge = PostureJudge(
        graph: graph, holdings: holdings, incident: incident, product: product, onPath: onPath)
      var trace = judge.judge(
        party: party, roles: roles.filter { $0.party == party }, regimes: regimes.map(\.regime),
        reports: reports)
      var sources: [String] = graph.party(at: party)?.fact.sources ?? []
      sources += trace.roles.flatMap(\.sources)
      sources += trace.holds.flatMap(\.holding.sources) + trace.controls.flatMap(\.holding.sources)
      sources += trace.duties.flatMap { $0.assignments.flatMap(\.sources) }
      trace.sources = sources.uniqued()
      cite(trace.sources)
      traces.append(trace)
    }
    let contracts = contractTerms()
    for term in contracts { cite(term.contract.fact.sources) }
    let timeline = self.timeline()
    for event in timeline { cite(event.sources) }
    var trace = IncidentTrace(
      incident: incident, graph: graph, holdings: holdings, regimes: regimes, reports: reports,
      path: path, pathEdges: pathEdges, parties: traces, contracts: contracts,
      uncovered: uncovered(contracts), timeline: timeline, evidence: evidence,
      unsourced: unsourced(contracts))
    trace.deadlines = IncidentTrace.deadlines(
      incident: incident, graph: graph, parties: traces)
    trace.recourse = IncidentTrace.recourse(
      graph: graph, parties: traces, regimes: regimes.map(\.regime))
    trace.barredDefences = IncidentTrace.barredDefences(parties: traces)
    return trace
  }

  // MARK: Contracts

  func contractTerms() -> [IncidentTrace.ContractTerm] {
    let names = Set(parties.map { graph.ids[$0] })
    let harm = incident.harm?.lowercased()
    return graph.document.contracts.compactMap { contract in
      guard contract.fact.holds(on: incident.date, ownDate: contract.date),
        contract.parties.contains(where: names.contains)
      else { return nil }
      let covering = contract.indemnities.filter { indemnity in
        guard let harm else { return false }
        return indemnity.harms.contains { $0.lowercased() == harm }
      }
      let excludes = harm.map { harm in contract.excludes.contains { $0.lowercased() == harm } }
      return IncidentTrace.ContractTerm(
        contract: contract, covering: covering, excludesHarm: excludes ?? false)
    }
  }

  func uncovered(_ terms: [IncidentTrace.ContractTerm]) -> [String] {
    guard let harm = incident.harm else {
      return ["The incident records no harm, so indemnity coverage cannot be checked."]
    }
    var out: [String] = []
    if !terms.contains(where: { !$0.covering.isEmpty }) {
      out.append(
        terms.isEmpty
          ? "No contract between parties on the path is recorded, so nothing shifts liability "
            + "for \(harm)."
          : "No indemnity on the path covers \(harm): whoever answers for it bears it.")
    }
    for term in terms where term.excludesHarm {
      out.append(
        "Contract \(term.contract.id) (\(term.contract.parties.joined(separator: ", "))) "
          + "excludes \(harm) from liability between its parties.")
    }
    return out
  }

  // MARK: Evidence

  func fact(of node: Int) -> Fact? {
    switch graph.kinds[node] {
    case .party: return graph.party(at: node)?.fact
    case .model: return graph.model(at: node)?.fact
    case .dataset: return graph.dataset(at: node)?.fact
    case .service: return graph.service(at: node)?.fact
    case .product: return graph.product(at: node)?.fact
    case .incident: return graph.incident(at: node)?.fact
    default: return nil
    }
  }

  func unsourced(_ terms: [IncidentTrace.ContractTerm]) -> [String] {
    var out: [String] = []
    func note(_ what: String, _ fact: Fact) {
      guard fact.sources.isEmpty else { return }
      out.append("\(what) (\(fact.location)) cites no source")
    }
    note("incident \(incident.id)", incident.fact)
    for node in path + parties {
      if let fact = fact(of: node) {
        note("\(graph.kinds[node].rawValue) \(graph.ids[node])", fact)
      }
    }
    for term in terms { note("contract \(term.contract.id)", term.contract.fact) }
    return out
  }
}
