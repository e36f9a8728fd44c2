import LiabilityGraph

/// The facts of one assignment that rule conditions test: about the party,
/// its graph role, and the subject (and what the subject reaches
/// downstream).
/// What every assignment's facts share: held once by reference, so that a
/// context per assignment copies nothing large. Its caches fill as the
/// engine asks, on the one thread that evaluates its regime (not Sendable).
final class EngineShared {
  let graph: SupplyChainGraph
  let regime: Regime
  let reach: ReachIndex

  /// Upstream closure of each service and product, filled as needed.
  private var upstream: [Int: Set<Int>] = [:]

  init(graph: SupplyChainGraph, regime: Regime, reach: ReachIndex) {
    self.graph = graph
    self.regime = regime
    self.reach = reach
  }

  /// The subject's facts a context reads once: its model, that model's
  /// license, or its product. Read here, where the graph is borrowed from
  /// the instance rather than copied for every context.
  func subjectFacts(_ subject: Int) -> (Model?, License?, Product?) {
    let model = graph.model(at: subject)
    let license = model?.license.flatMap { graph.licenses[$0] }
    return (model, license, model == nil ? graph.product(at: subject) : nil)
  }

  /// Cumulative compute by model, computed once.
  private var cumulativeCache: [Int: (sum: Double, complete: Bool)] = [:]

  func cumulative(
    _ node: Int, _ compute: (Int) -> (sum: Double, complete: Bool)
  ) -> (sum: Double, complete: Bool) {
    if let known = cumulativeCache[node] { return known }
    let value = compute(node)
    cumulativeCache[node] = value
    return value
  }

  /// For each node, the risk areas of the products at or downstream of it
  /// that affect people where the regime applies; computed on first use.
  private var scopedAreas: [Int: [String]]? = nil

  /// The risk areas in the regime's scope at or downstream of `node`.
  func riskAreasInScope(_ node: Int) -> [String] {
    if scopedAreas == nil { scopedAreas = computeScopedAreas(direct: false) }
    return scopedAreas?[node] ?? []
  }

  /// The same, only of products that run `node` itself.
  private var directScopedAreas: [Int: [String]]? = nil
  /// The nodes run by a product in scope whose risk areas are not stated.
  private var directUnknown: Set<Int> = []

  /// Whether a product in scope that runs `node` leaves its areas unstated.
  func directAreasUnknown(_ node: Int) -> Bool {
    if directScopedAreas == nil { directScopedAreas = computeScopedAreas(direct: true) }
    return directUnknown.contains(node)
  }

  /// The risk areas in the regime's scope of the products that run `node`
  /// itself (a model run as it is, directly or through a service; a
  /// service a product uses; a product itself), not through a model
  /// derived from it.
  func directRiskAreasInScope(_ node: Int) -> [String] {
    if directScopedAreas == nil { directScopedAreas = computeScopedAreas(direct: true) }
    return directScopedAreas?[node] ?? []
  }

  /// Where a product's users are: its markets and the places of the
  /// parties that deploy it, and, when it states no markets, where its
  /// vendor is established.
  func productPlaces(_ node: Int) -> (markets: [String], established: [String]) {
    guard let product = graph.product(at: node) else { return ([], []) }
    var established: [String] = []
    for edge in graph.outgoing(node) where edge.kind == .deploys {
      established += graph.party(at: edge.to)?.jurisdictions ?? []
    }
    if product.markets.isEmpty {
      for edge in graph.incoming(node) where edge.kind == .offers {
        established += graph.party(at: edge.from)?.jurisdictions ?? []
      }
    }
    return (product.markets, established)
  }

  private func computeScopedAreas(direct: Bool) -> [Int: [String]] {
    var out: [Int: Set<String>] = [:]
    let places = regime.jurisdictions
    for node in 0..<graph.nodeCount {
      guard let product = graph.product(at: node) else { continue }
      guard !product.riskAreas.isEmpty || (direct && !product.riskAreasStated) else { continue }
      let (markets, established) = productPlaces(node)
      let inScope =
        markets.contains { market in places.contains { regime.covers(market, $0) } }
        || established.contains { code in places.contains { regime.within(code, $0) } }
      guard inScope else { continue }
      if direct && !product.riskAreasStated {
        directUnknown.formUnion([node] + runs(node))
      }
      let areas = product.riskAreas.map(\.rawValue)
      let holders =
        direct
        ? [node] + runs(node) : [node] + graph.ancestors(of: node, lineageOnly: false)
      for holder in holders {
        out[holder, default: []].formUnion(areas)
      }
    }
    return out.mapValues { $0.sorted() }
  }

  /// What a product runs itself: the services and models it uses, and the
  /// models those services serve.
  func runs(_ product: Int) -> [Int] {
    var out: [Int] = []
    for edge in graph.incoming(product) where edge.kind == .uses {
      out.append(edge.from)
      if graph.kinds[edge.from] == .service {
        out += graph.incoming(edge.from).filter { $0.kind == .serves }.map(\.from)
      }
    }
    return out.uniqued()
  }

  // MARK: The pack's terms, tested on other nodes

  /// Whether the service or product at `node` meets the pack's
  /// `high-risk-system` definition, once computed.
  private var highRiskCache: [Int: FactContext.Truth] = [:]

  func highRisk(_ node: Int, party: Int) -> FactContext.Truth {
    if let known = highRiskCache[node] { return known }
    guard graph.kinds[node] == .service || graph.kinds[node] == .product,
      let name = regime.terms["high-risk-system"], let definition = regime.definitions[name]
    else { return .no }
    let context = FactContext(shared: self, party: party, role: .productVendor, subject: node)
    var unknown: [String] = []
    let value = context.truth(definition, unknown: &unknown)
    highRiskCache[node] = value
    return value
  }

  /// For each node, the providers of the high-risk systems built on it
  /// (downstream of it, not the node itself); computed on first use.
  private var highRiskProviders: [Int: Set<Int>]? = nil

  /// The parties that provide a high-risk system built on `node`.
  func providersOfHighRisk(downstreamOf node: Int) -> Set<Int> {
    if highRiskProviders == nil {
      var out: [Int: Set<Int>] = [:]
      for system in 0..<graph.nodeCount
      where graph.kinds[system] == .service || graph.kinds[system] == .product {
        let providers = graph.incoming(system).filter {
          $0.kind == .offers || $0.kind == .provides
        }.map(\.from)
        guard let first = providers.first, highRisk(system, party: first) == .yes else {
          continue
        }
        for upstream in graph.ancestors(of: system, lineageOnly: false) {
          out[upstream, default: []].formUnion(providers)
        }
      }
      highRiskProviders = out
    }
    return highRiskProviders?[node] ?? []
  }

  /// The clauses a rule's condition or exemption tests a fact with, in
  /// words, by rule, slot and fact: the same for every assignment.
  private var clauseTexts: [String: [String]] = [:]

  func clauseText(_ key: String, _ compute: () -> [String]) -> [String] {
    if let known = clauseTexts[key] { return known }
    let value = compute()
    clauseTexts[key] = value
    return value
  }

  /// Compute of each model's whole lineage, by model id: the known sum and
  /// whether every part is known.
  private var lineageCache: [String: (sum: Double, complete: Bool)] = [:]

  func lineageCompute(_ id: String, depth: Int = 0) -> (sum: Double, complete: Bool) {
    if let known = lineageCache[id] { return known }
    guard depth < 64, let model = model(id) else { return (0, false) }
    var sum = 0.0
    var complete = true
    if let own = model.trainingComputeFLOP {
      sum += own
    } else if model.derivedFrom.isEmpty {
      complete = false
    }
    for link in model.derivedFrom {
      if let c = link.computeFLOP { sum += c } else { complete = false }
      let base = lineageCompute(link.base, depth: depth + 1)
      sum += base.sum
      complete = complete && base.complete
    }
    lineageCache[id] = (sum, complete)
    return (sum, complete)
  }

  /// A model by id: in the view, else in the document (a base outside the
  /// view is still a base).
  func model(_ id: String) -> Model? {
    graph.node(id).flatMap { graph.model(at: $0) } ?? graph.document.models.first { $0.id == id }
  }

  /// Each party's frontier cost, once computed; and the parties whose cost
  /// is being computed (a definition that leads back to the cost itself
  /// gets no answer rather than endless recursion).
  private var frontierCosts: [Int: Double?] = [:]
  private var frontierCostsInProgress: Set<Int> = []

  func frontierCost(of party: Int, _ compute: () -> Double?) -> Double? {
    if let known = frontierCosts[party] { return known }
    guard frontierCostsInProgress.insert(party).inserted else { return nil }
    let value = compute()
    frontierCostsInProgress.remove(party)
    frontierCosts[party] = value
    return value
  }

  /// Whether `node` is `outlet` or upstream of it.
  func feeds(_ node: Int, _ outlet: Int) -> Bool {
    if node == outlet { return true }
    if let known = upstream[outlet] { return known.contains(node) }
    let set = Set(graph.ancestors(of: outlet, lineageOnly: false))
    upstream[outlet] = set
    return set.contains(node)
  }
}

struct FactContext {
  let shared: EngineShared
  let party: Int
  let role: Role
  let subject: Int
  let model: Model?
  let license: License?
  /// The subject as a product, read once (a product's facts are asked for
  /// by several rules).
  let product: Product?
  /// What the context has worked out once: definitions, the bases.
  let memo = ContextMemo()

  // Borrowed, not copied: the graph and the regime are large structs, and
  // conditions read them for every clause.
  var graph: SupplyChainGraph {
    _read { yield shared.graph }
  }
  var regime: Regime {
    _read { yield shared.regime }
  }
  var reach: ReachIndex { shared.reach }

  init(shared: EngineShared, party: Int, role: Role, subject: Int) {
    self.shared = shared
    self.party = party
    self.role = role
    self.subject = subject
    (model, license, product) = shared.subjectFacts(subject)
  }

  /// Whether jurisdiction `code` lies within `area`, as the regime's
  /// regions say.
  func within(_ code: String, _ area: String) -> Bool { regime.within(code, area) }

  /// Whether a market or region `code` covers any of `area`.
  func covers(_ code: String, _ area: String) -> Bool { regime.covers(code, area) }

  /// Jurisdictions the subject reaches, through anyone.
  var reaches: [String] { reach.jurisdictions[subject] }

  /// Jurisdictions the party's own services and products bring the subject
  /// to.
  var reachesItself: [String] {
    var out: [String] = []
    // The party's own services and products that the subject feeds.
    for edge in graph.outgoing(party) where edge.kind == .provides || edge.kind == .offers {
      guard shared.feeds(subject, edge.to) else { continue }
      if let product = graph.product(at: edge.to) { out += product.markets }
      if let service = graph.service(at: edge.to) { out += service.regions }
    }
    return out
  }

  var establishedIn: [String] { graph.party(at: party)?.jurisdictions ?? [] }

  /// Whether the party develops a model the subject system runs, or one of
  /// that model's bases: it trains the system on data of its own choosing.
  var trainsSystem: Bool {
    let models = DutyEngine.systemModels(subject, graph)
    let lineage = models + models.flatMap { graph.ancestors(of: $0, lineageOnly: true) }
    return lineage.contains { model in
      graph.incoming(model).contains { $0.kind == .develops && $0.from == party }
    }
  }

  /// The training costs of the party's models that the regime's own
  /// `frontier-model` term holds for, summed (a model's own cost,
  /// else the costs stated on its lineage links); nil (unknown) when the
  /// regime has no such definition, when whether one of the party's models
  /// is a frontier model turns on an unstated fact, or when a frontier
  /// model states no cost. Computed once per party.
  var partyFrontierCost: Double? {
    guard let name = regime.terms["frontier-model"], let frontier = regime.definitions[name]
    else { return nil }
    return shared.frontierCost(of: party) {
      var total = 0.0
      for edge in graph.outgoing(party) where edge.kind == .develops {
        guard let model = graph.model(at: edge.to) else { continue }
        let context = FactContext(shared: shared, party: party, role: role, subject: edge.to)
        var unknown: [String] = []
        switch context.truth(frontier, unknown: &unknown) {
        case .no: continue
        case .unknown: return nil
        case .yes: break
        }
        let links = model.derivedFrom.compactMap(\.costUSD)
        guard let cost = model.trainingCostUSD ?? (links.isEmpty ? nil : links.reduce(0, +))
        else { return nil }
        total += cost
      }
      return total
    }
  }

  /// The model's compute plus that of its lineage by the same developer:
  /// the known sum, and whether every part is known (an unstated part is
  /// unknown, not zero).
  func cumulativeCompute(_ node: Int, depth: Int = 0) -> (sum: Double, complete: Bool) {
    guard depth < 64, let model = graph.model(at: node) else { return (0, false) }
    var sum = 0.0
    var complete = true
    if let own = model.trainingComputeFLOP {
      sum += own
    } else if model.derivedFrom.isEmpty {
      complete = false
    }
    for link in model.derivedFrom {
      if let c = link.computeFLOP { sum += c } else { complete = false }
      if let base = graph.node(link.base), graph.model(at: base)?.developer == model.developer {
        let inherited = cumulativeCompute(base, depth: depth + 1)
        sum += inherited.sum
        complete = complete && inherited.complete
      }
    }
    return (sum, complete)
  }

  /// A service's or product's own monthly users (nil for other subjects, or
  /// when the file does not say).
  var systemMonthlyUsers: Value? {
    (graph.service(at: subject)?.monthlyUsers ?? product?.monthlyUsers).map { .number($0) }
  }

  /// The monthly users of the party's own system: a service or product's
  /// own figure; for a model, the largest among the services the party
  /// provides and the products it offers that run the model (at least that
  /// when one of them states none; unknown when it runs none, since its
  /// users through downloads are not recorded).
  var ownMonthlyUsers: Value? {
    guard model != nil else { return systemMonthlyUsers }
    var figures: [Double?] = []
    for edge in graph.outgoing(subject) {
      switch (edge.kind, graph.kinds[edge.to]) {
      case (.serves, .service):
        guard graph.incoming(edge.to).contains(where: { $0.kind == .provides && $0.from == party })
        else { continue }
        figures.append(graph.service(at: edge.to)?.monthlyUsers)
      case (.uses, .product):
        guard graph.incoming(edge.to).contains(where: { $0.kind == .offers && $0.from == party })
        else { continue }
        figures.append(graph.product(at: edge.to)?.monthlyUsers)
      default: continue
      }
    }
    guard !figures.isEmpty else { return nil }
    let stated = figures.compactMap { $0 }
    if stated.count == figures.count { return stated.max().map { .number($0) } }
    return stated.max().flatMap { $0 > 0 ? .atLeast($0) : nil }
  }

  /// A sum of parts as a fact: the number when every part is known, a
  /// lower bound when only some are, unknown when none is.
  static func bounded(_ value: (sum: Double, complete: Bool)) -> Value? {
    if value.complete { return .number(value.sum) }
    return value.sum > 0 ? .atLeast(value.sum) : nil
  }

  /// Whether the subject system runs a model or service another party
  /// develops or provides.
  var thirdPartySupplied: Bool {
    let models = DutyEngine.systemModels(subject, graph)
    let developers = models.flatMap { model in
      graph.incoming(model).filter { $0.kind == .develops }.map(\.from)
    }
    let services = graph.incoming(subject).filter {
      $0.kind == .uses && graph.kinds[$0.from] == .service
    }.map(\.from)
    let providers = services.flatMap { service in
      graph.incoming(service).filter { $0.kind == .provides }.map(\.from)
    }
    return (developers + providers).contains { $0 != party }
  }

  /// Whether the system at `node` meets the pack's high-risk-system term.
  func isHighRisk(_ node: Int) -> Bool {
    shared.highRisk(node, party: party) == .yes
  }

  /// Whether a product may have changed another party's system it builds
  /// on without the file saying: it does not state `system_changes` and
  /// uses a service another party provides.
  func changesUnstated(_ node: Int) -> Bool {
    guard let product = graph.product(at: node), !product.systemChangesStated else {
      return false
    }
    let vendor = graph.incoming(node).first { $0.kind == .offers }?.from
    return graph.incoming(node).contains { edge in
      edge.kind == .uses && graph.kinds[edge.from] == .service
        && graph.incoming(edge.from).contains { $0.kind == .provides && $0.from != vendor }
    }
  }

  /// Whether the product (the subject) makes a change of `kind` to a
  /// system whose high-risk status is `highRisk`: `nil` when that turns on
  /// an unstated fact (the system's status, or changes the product does not
  /// state).
  func changes(_ kind: SystemChangeKind, highRisk: Bool) -> Bool? {
    guard let product else { return false }
    var open = changesUnstated(subject)
    for change in ReachIndex.changes(graph, of: product) where change.change == kind {
      guard let node = graph.node(change.system) else { continue }
      switch shared.highRisk(node, party: party) {
      case .yes: if highRisk { return true }
      case .no: if !highRisk { return true }
      case .unknown: open = true
      }
    }
    return open ? nil : false
  }

  /// Whether a product downstream changes the subject system in one of the
  /// circumstances of EU AI Act Art 25(1): a rebrand of it as a high-risk
  /// system, a substantial modification of it as a high-risk system that
  /// stays high-risk, or a new purpose that makes a system that was not
  /// high-risk part of a high-risk product. `nil` when that turns on an
  /// unstated fact: a status the file does not give, or a product built
  /// directly on the subject that does not state its changes.
  var takenOverDownstream: Bool? {
    var open = graph.outgoing(subject).contains { $0.kind == .uses && changesUnstated($0.to) }
    let subjectHighRisk = shared.highRisk(subject, party: party)
    for (change, product) in reach.changedBy[subject] ?? [] {
      let productHighRisk = shared.highRisk(product, party: party)
      let holds: FactContext.Truth
      switch change {
      case .rebrand: holds = subjectHighRisk
      case .substantialModification: holds = Self.and(subjectHighRisk, productHighRisk)
      case .newPurpose: holds = Self.and(Self.not(subjectHighRisk), productHighRisk)
      }
      if holds == .yes { return true }
      if holds == .unknown { open = true }
    }
    return open ? nil : false
  }

  static func and(_ a: Truth, _ b: Truth) -> Truth {
    if a == .no || b == .no { return .no }
    return a == .yes && b == .yes ? .yes : .unknown
  }

  static func not(_ a: Truth) -> Truth {
    switch a {
    case .yes: return .no
    case .no: return .yes
    case .unknown: return .unknown
    }
  }

  var baseModels: [Model] {
    if let known = memo.bases { return known }
    let bases = (model?.derivedFrom ?? []).compactMap { link in
      // A base outside the view is still a base: fall back to the document.
      graph.node(link.base).flatMap { graph.model(at: $0) }
        ?? graph.document.models.first { $0.id == link.base }
    }
    memo.bases = bases
    return bases
  }

  var modificationCompute: Double? {
    let values = (model?.derivedFrom ?? []).compactMap(\.computeFLOP)
    return values.isEmpty ? nil : values.reduce(0, +)
  }

  var baseCompute: Double? {
    baseModels.compactMap(\.trainingComputeFLOP).max()
  }

  /// A fact's value: a boolean, a number, or a list of strings; nil when
  /// the file does not say.
  enum Value {
    case bool(Bool)
    case number(Double)
    /// A number known only to be at least this (some parts unstated).
    case atLeast(Double)
    /// Some of a list (others unstated): a value it has settles "one of",
    /// one it lacks does not.
    case partialList([String])
    case list([String])
    case day(Day)
  }

  func value(of fact: String) -> Value? {
    switch fact {
    case "graph_role": return .list([role.rawValue])
    case "subject_kind": return .list([graph.kinds[subject].rawValue])
    case "general_purpose": return model?.generalPurpose.map { .bool($0) }
    case "weights": return model?.weights.map { .list([$0.rawValue]) }
    case "published_weights": return model?.weights.map { .bool($0.isReleased) }
    case "open_source":
      // Unknown while any part is unstated and none rules it out.
      guard let model else { return nil }
      let parts = [
        model.weights.map { $0 == .open }, license?.revocable.map { !$0 },
        license?.useRestrictions.map { !$0 }, model.monetized.map { !$0 },
      ]
      if parts.contains(false) { return .bool(false) }
      return parts.contains(nil) ? nil : .bool(true)
    case "monetized": return model?.monetized.map { .bool($0) }
    case "license_revocable": return license?.revocable.map { .bool($0) }
    case "training_compute_flop": return model?.trainingComputeFLOP.map { .number($0) }
    case "cumulative_compute_flop":
      guard model != nil else { return nil }
      return Self.bounded(shared.cumulative(subject) { cumulativeCompute($0) })
    case "lineage_compute_flop":
      guard let model else { return nil }
      return Self.bounded(shared.lineageCompute(model.id))
    case "modification_compute_flop": return modificationCompute.map { .number($0) }
    case "base_compute_flop": return baseCompute.map { .number($0) }
    case "base_compute_known":
      guard let model, !model.derivedFrom.isEmpty else { return nil }
      return .bool(
        baseModels.count == model.derivedFrom.count
          && baseModels.allSatisfy { $0.trainingComputeFLOP != nil })
    case "modification_share":
      // Only when every base states its compute: a share of a partly known
      // base would overstate the modification.
      guard let model, baseModels.count == model.derivedFrom.count,
        baseModels.allSatisfy({ $0.trainingComputeFLOP != nil }),
        let modification = modificationCompute, let base = baseCompute, base > 0
      else { return nil }
      return .number(modification / base)
    case "training_cost_usd": return model?.trainingCostUSD.map { .number($0) }
    case "served_compute_flop":
      guard graph.kinds[subject] == .service else { return nil }
      let computes = graph.incoming(subject).filter { $0.kind == .serves }.map {
        cumulativeCompute($0.from)
      }
      guard let largest = computes.max(by: { $0.sum < $1.sum }) else { return nil }
      // The largest known is at least the answer; exact only when all are.
      return Self.bounded((largest.sum, computes.allSatisfy(\.complete)))
    case "released":
      let day =
        model?.released ?? product?.released ?? graph.service(at: subject)?.released
        ?? graph.dataset(at: subject)?.released
      return day.map { .day($0) }
    case "lineage_relation":
      // `derived_from: []` states no base (an empty list); a lineage the
      // file does not state, or a link of unstated kind, is unknown.
      guard let model, model.lineageStated else { return nil }
      let relations = model.derivedFrom.map(\.relation)
      guard !relations.contains(nil) else { return nil }
      return .list(relations.compactMap { $0?.rawValue }.uniqued())
    case "modification_cost_usd":
      let costs = (model?.derivedFrom ?? []).compactMap(\.costUSD)
      return costs.isEmpty ? nil : .number(costs.reduce(0, +))
    case "base_cost_usd": return baseModels.compactMap(\.trainingCostUSD).max().map { .number($0) }
    case "party_revenue_usd": return graph.party(at: party)?.revenueUSD.map { .number($0) }
    case "party_employees":
      return graph.party(at: party)?.employees.map { .number(Double($0)) }
    case "party_kind": return graph.party(at: party)?.kind.map { .list([$0.rawValue]) }
    case "established_in":
      // A party that states no jurisdiction is not known to be nowhere.
      return establishedIn.isEmpty ? nil : .list(establishedIn)
    case "reaches": return .list(reaches)
    case "reaches_itself": return .list(reachesItself)
    case "risk_areas":
      // Some product downstream that does not state its areas may be in any.
      let areas = reach.riskAreas[subject]
      guard reach.riskAreasPartial[subject] else { return .list(areas) }
      return areas.isEmpty ? nil : .partialList(areas)
    case "risk_areas_in_scope": return .list(shared.riskAreasInScope(subject))
    case "deployers_listed":
      guard graph.kinds[subject] == .service || graph.kinds[subject] == .product else {
        return nil
      }
      // Deploys edges run from the system to the party that deploys it.
      return .bool(graph.outgoing(subject).contains { $0.kind == .deploys })
    case "party_trains_system":
      guard graph.kinds[subject] == .service || graph.kinds[subject] == .product else {
        return nil
      }
      return .bool(trainsSystem)
    case "party_frontier_cost_usd": return partyFrontierCost.map { .number($0) }
    case "users":
      // Some product downstream that does not state its users may have any.
      let bases = reach.users[subject]
      guard reach.usersPartial[subject] else { return .list(bases) }
      return bases.isEmpty ? nil : .partialList(bases)
    case "high_risk":
      if let product { return product.highRisk.map { .bool($0) } }
      return graph.service(at: subject)?.highRisk.map { .bool($0) }
    case "safety_component":
      if let product { return product.safetyComponent.map { .bool($0) } }
      return graph.service(at: subject)?.safetyComponent.map { .bool($0) }
    case "interacts_with_people":
      if let product { return product.interactsWithPeople.map { .bool($0) } }
      return graph.service(at: subject)?.interactsWithPeople.map { .bool($0) }
    case "own_risk_areas":
      // A service is in no area itself; a product whose areas the file does
      // not state may be in any.
      guard let product else { return .list([]) }
      return product.riskAreasStated ? .list(product.riskAreas.map(\.rawValue)) : nil
    case "risk_areas_in_scope_direct":
      let areas = shared.directRiskAreasInScope(subject)
      guard shared.directAreasUnknown(subject) else { return .list(areas) }
      return areas.isEmpty ? nil : .partialList(areas)
    case "third_party_supplied":
      guard graph.kinds[subject] == .service || graph.kinds[subject] == .product else {
        return nil
      }
      return .bool(thirdPartySupplied)
    case "feeds_high_risk":
      return .bool(shared.providersOfHighRisk(downstreamOf: subject).contains { $0 != party })
    case "monthly_users": return systemMonthlyUsers
    case "own_monthly_users": return ownMonthlyUsers
    case "generates":
      if let model = graph.model(at: subject) {
        return model.generates.map { .list($0.map(\.rawValue)) }
      }
      if let product {
        return product.generatesStated ? .list(product.generates.map(\.rawValue)) : nil
      }
      guard let service = graph.service(at: subject), service.generatesStated else { return nil }
      return .list(service.generates.map(\.rawValue))
    case "functions":
      if let product {
        return product.functionsStated ? .list(product.functions.map(\.rawValue)) : nil
      }
      guard let service = graph.service(at: subject), service.functionsStated else { return nil }
      return .list(service.functions.map(\.rawValue))
    case "editorial_review": return product?.editorialReview.map { .bool($0) }
    case "system_change":
      guard let product else { return nil }
      let known = ReachIndex.changes(graph, of: product).map(\.change.rawValue)
      guard changesUnstated(subject) else { return .list(known) }
      return known.isEmpty ? nil : .partialList(known)
    case "rebranded_high_risk":
      guard product != nil else { return nil }
      return changes(.rebrand, highRisk: true).map { .bool($0) }
    case "modified_high_risk":
      guard product != nil else { return nil }
      return changes(.substantialModification, highRisk: true).map { .bool($0) }
    case "repurposed_not_high_risk":
      guard product != nil else { return nil }
      return changes(.newPurpose, highRisk: false).map { .bool($0) }
    case "changed_downstream":
      guard graph.kinds[subject] == .service || graph.kinds[subject] == .product else {
        return nil
      }
      return .list((reach.changedBy[subject] ?? []).map(\.change.rawValue).uniqued())
    case "taken_over_downstream":
      guard graph.kinds[subject] == .service || graph.kinds[subject] == .product else {
        return nil
      }
      return takenOverDownstream.map { .bool($0) }
    case "mof_open_model":
      // A model that lists no components has no class: not open by it.
      guard let model else { return nil }
      return .bool(!model.components.isEmpty && Openness.of(model).mofClass > 0)
    case "open_license":
      guard let model else { return nil }
      let parts = [
        model.weights.map { $0 == .open }, license?.revocable.map { !$0 },
        license?.useRestrictions.map { !$0 },
      ]
      if parts.contains(false) { return .bool(false) }
      return parts.contains(nil) ? nil : .bool(true)
    case "high_risk_use_excluded":
      if let product { return product.highRiskUseExcluded.map { .bool($0) } }
      return graph.service(at: subject)?.highRiskUseExcluded.map { .bool($0) }
    case "digital_elements": return product?.digitalElements.map { .bool($0) }
    default:
      // marking_visible_label, ...: what the subject itself states.
      guard let marked = ConditionFact.markingFacts[fact] else { return nil }
      let marking =
        model?.marking ?? product?.marking ?? graph.service(at: subject)?.marking ?? []
      return marking.stated(marked).map { .bool($0) }
    }
  }

  /// A condition's value when facts may be unstated: `unknown` when the
  /// answer turns on a fact the file does not give.
  enum Truth { case yes, no, unknown }

  /// Three-valued evaluation of `condition`; `unknown` collects the facts
  /// whose absence leaves it open (meaningful only for an `unknown`
  /// result).
  func truth(_ condition: Condition, unknown: inout [String], depth: Int = 0) -> Truth {
    var result = Truth.yes
    for clause in condition.clauses {
      switch truth(clause, unknown: &unknown, depth: depth) {
      case .no: return .no
      case .unknown: result = .unknown
      case .yes: break
      }
    }
    if !condition.any.isEmpty {
      var best = Truth.no
      for option in condition.any {
        let value = truth(option, unknown: &unknown, depth: depth)
        if value == .yes {
          best = .yes
          break
        }
        if value == .unknown { best = .unknown }
      }
      if best == .no { return .no }
      if best == .unknown { result = .unknown }
    }
    return result
  }

  func truth(_ clause: Condition.Clause, unknown: inout [String], depth: Int) -> Truth {
    if let definition = regime.definitions[clause.fact] {
      guard depth < 16, case .equals(let wanted) = clause.test else { return .no }
      // A definition is the same for every rule of one assignment: worked
      // out once.
      let value: Truth
      if let known = memo.definitions[clause.fact] {
        value = known.truth
        for part in known.unknown where !unknown.contains(part) { unknown.append(part) }
      } else {
        var parts: [String] = []
        value = truth(definition, unknown: &parts, depth: depth + 1)
        memo.definitions[clause.fact] = (value, parts)
        for part in parts where !unknown.contains(part) { unknown.append(part) }
      }
      switch value {
      case .unknown: return .unknown
      case .yes: return wanted ? .yes : .no
      case .no: return wanted ? .no : .yes
      }
    }
    let value = value(of: clause.fact)
    if case .stated(let wanted) = clause.test { return (value != nil) == wanted ? .yes : .no }
    if case .statedAs(let wanted) = clause.test {
      guard case .bool(let actual) = value else { return .no }
      return actual == wanted ? .yes : .no
    }
    guard let value else {
      for part in unstatedParts(clause.fact) where !unknown.contains(part) {
        unknown.append(part)
      }
      return .unknown
    }
    if case .partialList(let known) = value {
      if case .oneOf(let wanted) = clause.test, matches(clause.fact, known, wanted) {
        return .yes
      }
      // A value known to be there settles "none of" one way only.
      if case .noneOf(let unwanted) = clause.test, matches(clause.fact, known, unwanted) {
        return .no
      }
      for part in unstatedParts(clause.fact) where !unknown.contains(part) { unknown.append(part) }
      return .unknown
    }
    if case .atLeast(let bound) = value {
      // Only part of the number is known: it can settle a comparison one
      // way only.
      let settled: Truth?
      switch clause.test {
      case .greaterThan(let limit): settled = bound > limit ? .yes : nil
      case .atLeast(let limit): settled = bound >= limit ? .yes : nil
      case .lessThan(let limit): settled = bound >= limit ? .no : nil
      case .atMost(let limit): settled = bound > limit ? .no : nil
      default: settled = .no
      }
      if let settled { return settled }
      for part in unstatedParts(clause.fact) where !unknown.contains(part) {
        unknown.append(part)
      }
      return .unknown
    }
    var lines: [String] = []
    return holds(clause, explain: &lines, depth: depth) ? .yes : .no
  }

  /// Whether `condition` holds; `explain` collects a line per clause.
  func holds(
    _ condition: Condition, explain: inout [String], depth: Int = 0, record: Bool = true
  ) -> Bool {
    for clause in condition.clauses {
      guard holds(clause, explain: &explain, depth: depth, record: record) else { return false }
    }
    if !condition.any.isEmpty {
      var matched = false
      for option in condition.any {
        var lines: [String] = []
        if holds(option, explain: &lines, depth: depth, record: record) {
          explain += lines
          matched = true
          break
        }
      }
      if !matched { return false }
    }
    return true
  }

  func holds(
    _ clause: Condition.Clause, explain: inout [String], depth: Int, record: Bool = true
  ) -> Bool {
    if let definition = regime.definitions[clause.fact] {
      guard depth < 16, case .equals(let wanted) = clause.test else { return false }
      // A definition that turns on an unstated fact holds neither way: its
      // negation must not read the unstated fact as "no".
      var unknown: [String] = []
      if !wanted, truth(definition, unknown: &unknown, depth: depth + 1) == .unknown {
        return false
      }
      let result: Bool
      var lines: [String] = []
      if record, let known = memo.explained[clause.fact] {
        result = known.holds
        lines = known.lines
      } else {
        result = holds(definition, explain: &lines, depth: depth + 1, record: record)
        if record { memo.explained[clause.fact] = (result, lines) }
      }
      if record, result == wanted {
        explain.append(
          "\(clause.fact): \(result ? "yes" : "no")"
            + (lines.isEmpty ? "" : " (" + lines.joined(separator: "; ") + ")"))
      }
      return result == wanted
    }
    let found = value(of: clause.fact)
    if case .statedAs(let wanted) = clause.test {
      guard case .bool(let actual) = found, actual == wanted else { return false }
      if record { explain.append("\(clause.fact) = \(actual) (as the file states)") }
      return true
    }
    if case .stated(let wanted) = clause.test {
      let result = (found != nil) == wanted
      if record, result {
        explain.append("\(clause.fact): \(wanted ? "stated" : "not stated in the file")")
      }
      return result
    }
    guard var value = found else { return false }
    if case .partialList(let known) = value { value = .list(known) }
    if case .atLeast(let bound) = value {
      // A lower bound settles only the comparisons it passes.
      switch clause.test {
      case .greaterThan(let limit) where bound > limit, .atLeast(let limit) where bound >= limit:
        if record {
          explain.append(
            "\(clause.fact) at least \(Self.format(bound)) (some parts not stated) "
              + (bound > limit ? ">" : "≥") + " \(Self.format(limit))")
        }
        return true
      default:
        return false
      }
    }
    switch (clause.test, value) {
    case (.equals(let wanted), .bool(let actual)):
      if record, actual == wanted { explain.append("\(clause.fact) = \(actual)") }
      return actual == wanted
    case (.oneOf(let wanted), .list(let actual)):
      let match = matching(clause.fact, actual, wanted)
      if record, !match.isEmpty {
        explain.append("\(clause.fact): \(match.uniqued().joined(separator: ", "))")
      }
      return !match.isEmpty
    case (.noneOf(let unwanted), .list(let actual)):
      let match = matching(clause.fact, actual, unwanted)
      if record, match.isEmpty {
        explain.append(
          "\(clause.fact): " + (actual.isEmpty ? "none" : actual.uniqued().joined(separator: ", "))
            + ", none of " + unwanted.joined(separator: ", "))
      }
      return match.isEmpty
    case (.greaterThan(let limit), .number(let actual)):
      if record, actual > limit {
        explain.append("\(clause.fact) \(Self.format(actual)) > \(Self.format(limit))")
      }
      return actual > limit
    case (.atLeast(let limit), .number(let actual)):
      if record, actual >= limit {
        explain.append("\(clause.fact) \(Self.format(actual)) ≥ \(Self.format(limit))")
      }
      return actual >= limit
    case (.lessThan(let limit), .number(let actual)):
      if record, actual < limit {
        explain.append("\(clause.fact) \(Self.format(actual)) < \(Self.format(limit))")
      }
      return actual < limit
    case (.atMost(let limit), .number(let actual)):
      if record, actual <= limit {
        explain.append("\(clause.fact) \(Self.format(actual)) ≤ \(Self.format(limit))")
      }
      return actual <= limit
    case (.after(let limit), .day(let actual)):
      if record, actual > limit { explain.append("\(clause.fact) \(actual), after \(limit)") }
      return actual > limit
    case (.onOrAfter(let limit), .day(let actual)):
      if record, actual >= limit {
        explain.append("\(clause.fact) \(actual), on or after \(limit)")
      }
      return actual >= limit
    case (.before(let limit), .day(let actual)):
      if record, actual < limit { explain.append("\(clause.fact) \(actual), before \(limit)") }
      return actual < limit
    case (.onOrBefore(let limit), .day(let actual)):
      if record, actual <= limit {
        explain.append("\(clause.fact) \(actual), on or before \(limit)")
      }
      return actual <= limit
    default:
      return false
    }
  }

  static func format(_ value: Double) -> String {
    if value >= 1e6 || (value < 1e-3 && value > 0) { return Formatting.scientific(value) }
    let rounded = (value * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : "\(rounded)"
  }
}

extension FactContext {
  /// Why `condition` does not hold, clause by clause, with the values the
  /// file gives ("training_compute_flop is 1.2e24, not > 1.0e25").
  /// The values of a list fact that match the wanted ones: jurisdictions
  /// by containment (US-CA is within US), others exactly.
  func matching(_ fact: String, _ actual: [String], _ wanted: [String]) -> [String] {
    switch fact {
    case "established_in": return actual.filter { code in wanted.contains { within(code, $0) } }
    case "reaches", "reaches_itself":
      return actual.filter { code in wanted.contains { covers(code, $0) } }
    default: return actual.filter { wanted.contains($0) }
    }
  }

  func matches(_ fact: String, _ actual: [String], _ wanted: [String]) -> Bool {
    !matching(fact, actual, wanted).isEmpty
  }

  func failure(_ condition: Condition, depth: Int = 0) -> [String] {
    var out: [String] = []
    for clause in condition.clauses {
      var unknown: [String] = []
      guard truth(clause, unknown: &unknown, depth: depth) == .no else { continue }
      out.append(failure(clause, depth: depth))
    }
    if !condition.any.isEmpty {
      var unknown: [String] = []
      let options = condition.any.map { truth($0, unknown: &unknown, depth: depth) }
      if !options.contains(.yes), !options.contains(.unknown) {
        let why = condition.any.map { failure($0, depth: depth).joined(separator: " and ") }
        out.append("none of the alternatives holds: " + why.joined(separator: "; or "))
      }
    }
    return out
  }

  func failure(_ clause: Condition.Clause, depth: Int) -> String {
    if let definition = regime.definitions[clause.fact] {
      guard depth < 16, case .equals(let wanted) = clause.test else { return clause.text }
      if wanted {
        let inner = failure(definition, depth: depth + 1)
        return "\(clause.fact) does not hold"
          + (inner.isEmpty ? "" : " (" + inner.joined(separator: "; ") + ")")
      }
      return "\(clause.fact) holds, and the rule needs it not to"
    }
    guard let value = value(of: clause.fact) else {
      return "\(clause.fact) is \(clause.test.isStated ? "not stated" : "stated")"
    }
    let actual: String
    switch value {
    case .bool(let b): actual = b ? "true" : "false"
    case .number(let n): actual = Self.format(n)
    case .atLeast(let n): actual = "at least \(Self.format(n))"
    case .list(let items), .partialList(let items):
      actual = items.isEmpty ? "none" : items.joined(separator: ", ")
    case .day(let d): actual = d.description
    }
    return "\(clause.fact) is \(actual), not as the rule needs (\(clause.text))"
  }
}

extension Condition.Test {
  var isStated: Bool {
    if case .stated(true) = self { return true }
    return false
  }
}

extension FactContext {
  /// The facts a user would state to settle an unknown fact: for a fact
  /// made of others (open_source: weights, licence, monetisation), those
  /// parts the file leaves out; otherwise the fact itself.
  func unstatedParts(_ fact: String) -> [String] {
    switch fact {
    case "open_source", "open_license":
      guard let model else { return [fact] }
      var parts: [String] = []
      if model.weights == nil { parts.append("weights") }
      if model.license == nil {
        parts.append("license")
      } else {
        if license?.revocable == nil { parts.append("license_revocable") }
        if license?.useRestrictions == nil { parts.append("license_use_restrictions") }
      }
      if fact == "open_source", model.monetized == nil { parts.append("monetized") }
      return parts.isEmpty ? [fact] : parts
    case "published_weights":
      return ["weights"]
    case "modification_share":
      guard let model else { return [fact] }
      var parts: [String] = []
      if modificationCompute == nil { parts.append("modification_compute_flop") }
      if baseModels.contains(where: { $0.trainingComputeFLOP == nil }) {
        parts.append("base_compute_flop")
      }
      return parts.isEmpty || model.derivedFrom.isEmpty ? [fact] : parts
    default:
      return [fact]
    }
  }

  /// The facts a fact made of others may turn on (any of them).
  static let partsOf: [String: [String]] = [
    "open_source": [
      "weights", "license", "license_revocable", "license_use_restrictions", "monetized",
    ],
    "open_license": ["weights", "license", "license_revocable", "license_use_restrictions"],
    "published_weights": ["weights"],
    "modification_share": ["modification_compute_flop", "base_compute_flop"],
  ]

  /// The clauses of `condition` (through its definitions) that test
  /// `fact`, in words: what stating the fact would have to satisfy.
  func clauses(testing fact: String, in condition: Condition, depth: Int = 0) -> [String] {
    var out: [String] = []
    for clause in condition.clauses {
      if let definition = regime.definitions[clause.fact], depth < 16 {
        let inner = clauses(testing: fact, in: definition, depth: depth + 1)
        if !inner.isEmpty {
          out.append(
            clause.text + " (" + inner.uniqued().joined(separator: "; ") + ")")
        }
      } else if clause.fact == fact || (Self.partsOf[clause.fact] ?? []).contains(fact) {
        out.append(clause.text)
      }
    }
    for option in condition.any {
      out += clauses(testing: fact, in: option, depth: depth)
    }
    return out.uniqued()
  }
}

/// What one assignment's context works out once and reuses across rules.
final class ContextMemo {
  var definitions: [String: (truth: FactContext.Truth, unknown: [String])] = [:]
  var explained: [String: (holds: Bool, lines: [String])] = [:]
  var bases: [Model]?
  /// What a transitional provision does for this subject, by its key.
  var transitions: [String: TransitionOutcome] = [:]
}

/// A transitional provision applied to one subject, worked out once.
struct TransitionOutcome {
  var truth: FactContext.Truth
  var reason: String?
  var assumed: String?
}
