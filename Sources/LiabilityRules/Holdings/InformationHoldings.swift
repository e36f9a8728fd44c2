import LiabilityGraph

/// Who holds which information, and who controls what, in a graph as of its
/// date (DESIGN.md §2).
///
/// Information follows roles (the pre-trainer holds its model's training
/// data, the API provider its usage logs, ...) and disclosures (a
/// disclosure to `public` reaches every party from its date). Control
/// follows what a party runs and what the weights and license allow: open
/// weights cannot be recalled and an irrevocable license cannot be
/// withdrawn, so no one holds those controls over an open model.
///
/// ```swift
/// let holdings = InformationHoldings(graph)
/// let holders = holdings.holders(of: .trainingData, about: model)
/// ```
public struct InformationHoldings: Sendable {
  /// The graph the holdings are derived from.
  public let graph: SupplyChainGraph
  /// The graph's role assignments, derived once (the duty engine reuses
  /// them).
  public let roleAssignments: [RoleAssignment]
  /// What lies downstream of each node, for the duty engine's conditions.
  let reach: ReachIndex
  /// Per subject node: each item held about it, and by whom. Lists are
  /// short (a subject has a handful of holders), so lookups scan them.
  /// A reason is kept as the nodes it names and put in words only when a
  /// holding is asked for: a Hub-scale graph has millions of holdings.
  private var information: [[Held]]
  private var control: [[(kind: ControlKind, holding: Holding)]]

  /// Derives the holdings of `graph`.
  public init(_ graph: SupplyChainGraph) {
    self.graph = graph
    self.roleAssignments = graph.roleAssignments()
    self.reach = ReachIndex(graph)
    self.information = Array(repeating: [], count: graph.nodeCount)
    self.control = Array(repeating: [], count: graph.nodeCount)
    deriveFromRoles()
    deriveFromDisclosures()
    deriveControl()
  }

  // MARK: Queries

  /// Who holds `item` about `subject`, each with the reason.
  public func holders(of item: InformationItem, about subject: Int) -> [Holding] {
    information[subject].filter { $0.items.contains(item) }.map { holding($0, about: subject) }
  }

  /// Whether `party` holds `item` about `subject`, and why.
  public func holding(_ party: Int, _ item: InformationItem, about subject: Int) -> Holding? {
    information[subject].first { $0.items.contains(item) && $0.party == party }.map {
      holding($0, about: subject)
    }
  }

  /// Who holds `kind` of control over `subject`.
  public func controllers(of kind: ControlKind, over subject: Int) -> [Holding] {
    control[subject].filter { $0.kind == kind }.map(\.holding)
  }

  /// Whether `party` holds `kind` of control over `subject`, and why.
  public func controlling(_ party: Int, _ kind: ControlKind, over subject: Int) -> Holding? {
    control[subject].first { $0.kind == kind && $0.holding.party == party }?.holding
  }

  /// Every information item a party holds, by subject, in a stable order.
  public func items(of party: Int) -> [(item: InformationItem, holding: Holding)] {
    var out: [(item: InformationItem, holding: Holding)] = []
    for subject in information.indices {
      for held in information[subject] where held.party == party {
        let holding = holding(held, about: subject)
        for item in held.items.elements { out.append((item, holding)) }
      }
    }
    return out.sorted { a, b in
      (a.holding.subject, a.item.rank) < (b.holding.subject, b.item.rank)
    }
  }

  /// Every party's information items, as ``items(of:)`` gives them, in one
  /// pass over the subjects (asking party by party walks every subject once
  /// per party). Parties that hold nothing are absent.
  public func itemsByParty() -> [Int: [(item: InformationItem, holding: Holding)]] {
    var out: [Int: [(item: InformationItem, holding: Holding)]] = [:]
    for subject in information.indices {
      for held in information[subject] {
        let holding = holding(held, about: subject)
        for item in held.items.elements { out[held.party, default: []].append((item, holding)) }
      }
    }
    // Subjects come in order; within one, items by their rank.
    return out.mapValues { list in
      list.sorted { a, b in
        (a.holding.subject, a.item.rank) < (b.holding.subject, b.item.rank)
      }
    }
  }

  /// Every party's controls, as ``controls(of:)`` gives them, in one pass
  /// over the subjects. Parties that control nothing are absent.
  public func controlsByParty() -> [Int: [(control: ControlKind, holding: Holding)]] {
    var out: [Int: [(control: ControlKind, holding: Holding)]] = [:]
    for entries in control {
      for entry in entries {
        out[entry.holding.party, default: []].append((entry.kind, entry.holding))
      }
    }
    return out.mapValues { list in
      list.sorted { a, b in (a.holding.subject, a.control) < (b.holding.subject, b.control) }
    }
  }

  /// Every control a party holds, by subject, in a stable order.
  public func controls(of party: Int) -> [(control: ControlKind, holding: Holding)] {
    control.flatMap { entries in
      entries.filter { $0.holding.party == party }.map { ($0.kind, $0.holding) }
    }.sorted { a, b in
      (a.holding.subject, a.control) < (b.holding.subject, b.control)
    }
  }

  // MARK: Derivation

  /// Why a party holds an item, as the nodes the reason names.
  private enum Ground: Sendable {
    /// The party has `role` for the subject.
    case role(Role)
    /// The party offers `product`, which is built on the subject.
    case builtOn(product: Int)
    /// The party serves the subject through `service`.
    case serves(through: Int)
    /// A reason in words (disclosures).
    case words(String)
  }

  /// A set of information items, one bit per item.
  private struct Items: Sendable, Equatable {
    var bits: UInt32 = 0
    static let all = InformationItem.allCases
    init(_ items: [InformationItem]) {
      for item in items { bits |= 1 << UInt32(item.rank) }
    }
    init(bits: UInt32) { self.bits = bits }
    var isEmpty: Bool { bits == 0 }
    func contains(_ item: InformationItem) -> Bool { bits & (1 << UInt32(item.rank)) != 0 }
    var elements: [InformationItem] {
      Self.all.indices.filter { bits & (1 << UInt32($0)) != 0 }.map { Self.all[$0] }
    }
  }

  /// Items a party holds about a subject on one ground: a role's default
  /// items are one entry, not one per item.
  private struct Held: Sendable {
    var items: Items
    var party: Int
    var ground: Ground
    var sources: [String]
    var assumed: [String]
  }

  private func holding(_ held: Held, about subject: Int) -> Holding {
    let p = graph.ids[held.party]
    let reason: String
    switch held.ground {
    case .role(let role):
      reason = "\(p) is \(role.rawValue) of \(graph.ids[subject])"
    case .builtOn(let product):
      reason = "\(p) offers \(graph.ids[product]), which is built on \(graph.ids[subject])"
    case .serves(let service):
      reason = "\(p) serves \(graph.ids[subject]) through \(graph.ids[service])"
    case .words(let words):
      reason = words
    }
    return Holding(
      party: held.party, subject: subject, reason: reason, sources: held.sources,
      assumed: held.assumed)
  }

  private mutating func give(
    _ party: Int, _ item: InformationItem, about subject: Int, _ ground: Ground,
    _ sources: [String], assumed: [String] = []
  ) {
    give(party, Items([item]), about: subject, ground, sources, assumed: assumed)
  }

  /// Gives `party` each of `items` it does not hold yet about `subject`. An
  /// item already held stays where it is; one that rested on unstated
  /// facts is held on this ground instead when this one rests on none.
  private mutating func give(
    _ party: Int, _ items: Items, about subject: Int, _ ground: Ground,
    _ sources: [String], assumed: [String] = []
  ) {
    var new = items
    var index = 0
    while index < information[subject].count, !new.isEmpty {
      let held = information[subject][index]
      let overlap = Items(bits: held.items.bits & new.bits)
      guard held.party == party, !overlap.isEmpty else {
        index += 1
        continue
      }
      new.bits &= ~overlap.bits
      if !held.assumed.isEmpty, assumed.isEmpty {
        let replacement = Held(
          items: overlap, party: party, ground: ground, sources: sources, assumed: [])
        if overlap == held.items {
          information[subject][index] = replacement
        } else {
          information[subject][index].items.bits &= ~overlap.bits
          information[subject].insert(replacement, at: index)
          index += 1
        }
      }
      index += 1
    }
    if !new.isEmpty {
      information[subject].append(
        Held(items: new, party: party, ground: ground, sources: sources, assumed: assumed))
    }
  }

  private mutating func give(
    _ party: Int, _ kind: ControlKind, over subject: Int, _ reason: String, _ sources: [String]
  ) {
    if control[subject].contains(where: { $0.kind == kind && $0.holding.party == party }) {
      return
    }
    control[subject].append(
      (kind, Holding(party: party, subject: subject, reason: reason, sources: sources)))
  }

  /// What each role holds by default about its subject.
  static let defaultItems: [Role: [InformationItem]] = [
    .preTrainer: [
      .trainingData, .trainingCompute, .modelArchitecture, .weights, .evaluations,
      .capabilitiesLimitations, .safetyFramework, .intendedUse,
    ],
    .modifier: [
      .fineTuneData, .trainingCompute, .modelArchitecture, .weights, .evaluations,
      .capabilitiesLimitations, .intendedUse,
    ],
    .datasetPublisher: [.trainingData],
    .apiProvider: [.deploymentConfiguration, .usageLogs, .customerIdentity, .intendedUse],
    .productVendor: [
      .intendedUse, .userFacingClaims, .incidentDetails, .usageLogs, .deploymentConfiguration,
    ],
    .deployer: [.usageLogs, .incidentDetails, .intendedUse],
    .host: [],
    // A hub holds the files it distributes, not what went into them.
    .hostingPlatform: [.weights],
  ]

  /// ``defaultItems`` as sets.
  private static let defaultItemSets: [Role: Items] = defaultItems.mapValues { Items($0) }

  private mutating func deriveFromRoles() {
    for assignment in roleAssignments {
      if let items = Self.defaultItemSets[assignment.role] {
        give(
          assignment.party, items, about: assignment.subject, .role(assignment.role),
          assignment.sources, assumed: assignment.assumed)
      }
      // Incidents surface where the product meets its users: the vendor
      // holds the incident details of every service and model its product
      // is built on.
      if assignment.role == .productVendor {
        for node in graph.ancestors(of: assignment.subject, lineageOnly: false)
        where graph.kinds[node] == .model || graph.kinds[node] == .service {
          give(
            assignment.party, .incidentDetails, about: node,
            .builtOn(product: assignment.subject), assignment.sources)
        }
      }
      // An API provider also holds the deployment facts of the models it
      // serves there.
      if assignment.role == .apiProvider {
        for edge in graph.incoming(assignment.subject) where edge.kind == .serves {
          give(
            assignment.party, Items([.deploymentConfiguration, .usageLogs, .customerIdentity]),
            about: edge.from, .serves(through: assignment.subject),
            assignment.sources + edge.sources)
        }
      }
    }
  }

  private mutating func deriveFromDisclosures() {
    let parties = (0..<graph.nodeCount).filter { graph.kinds[$0] == .party }
    for disclosure in graph.document.disclosures {
      if let asOf = graph.asOf, !disclosure.fact.holds(on: asOf, ownDate: disclosure.date) {
        continue
      }
      guard let from = graph.node(disclosure.from) else { continue }
      let recipients: [Int]
      if let to = disclosure.to {
        guard let node = graph.node(to) else { continue }
        recipients = [node]
      } else {
        recipients = parties
      }
      let subjects: [Int]
      if let subject = disclosure.subject {
        guard let node = graph.node(subject) else { continue }
        subjects = [node]
      } else {
        // Without a subject, a disclosure is about what the discloser
        // develops, provides or offers.
        subjects = graph.outgoing(from).filter {
          [.develops, .provides, .offers, .publishes].contains($0.kind)
        }.map(\.to)
      }
      let date = disclosure.date.map { " on \($0)" } ?? ""
      let document = disclosure.document.map { " (\($0))" } ?? ""
      let audience = disclosure.isPublic ? "to the public" : "to \(disclosure.to ?? "")"
      let words =
        "disclosed by \(disclosure.from) \(audience)\(document)\(date) [\(disclosure.id)]"
      for recipient in recipients where recipient != from {
        for subject in subjects {
          for item in disclosure.items {
            give(recipient, item, about: subject, .words(words), disclosure.fact.sources)
          }
        }
      }
    }
  }

  private mutating func deriveControl() {
    for node in 0..<graph.nodeCount {
      switch graph.kinds[node] {
      case .service: serviceControl(node)
      case .product: productControl(node)
      case .model: modelControl(node)
      default: break
      }
    }
  }

  private mutating func serviceControl(_ service: Int) {
    let s = graph.ids[service]
    let models = graph.incoming(service).filter { $0.kind == .serves }
    for edge in graph.incoming(service) {
      let p = graph.ids[edge.from]
      switch edge.kind {
      case .provides:
        for kind in [
          ControlKind.modifyRunningCopy, .shutDownRunningCopy, .changeDeploymentConfiguration,
        ] {
          give(edge.from, kind, over: service, "\(p) provides service \(s)", edge.sources)
        }
        for model in models {
          let reason = "\(p) runs \(graph.ids[model.from]) in its service \(s)"
          give(edge.from, .modifyRunningCopy, over: model.from, reason, edge.sources)
          give(edge.from, .shutDownRunningCopy, over: model.from, reason, edge.sources)
        }
      case .hosts:
        let reason = "\(p) runs the hardware of service \(s)"
        give(edge.from, .shutDownRunningCopy, over: service, reason, edge.sources)
        for model in models {
          give(edge.from, .shutDownRunningCopy, over: model.from, reason, edge.sources)
        }
      default:
        break
      }
    }
  }

  private mutating func productControl(_ product: Int) {
    let pr = graph.ids[product]
    for edge in graph.incoming(product) where edge.kind == .offers {
      let p = graph.ids[edge.from]
      let reason = "\(p) offers product \(pr)"
      give(edge.from, .changeDeploymentConfiguration, over: product, reason, edge.sources)
      give(edge.from, .shutDownRunningCopy, over: product, reason, edge.sources)
      // A model the product runs itself is under the vendor's hand too; a
      // model it uses without saying how it runs is not (the file must say
      // `runs: self-hosted`).
      let selfHosted = Set(
        (graph.product(at: product)?.uses ?? []).filter { $0.runs == .selfHosted }.map(\.id))
      for used in graph.incoming(product)
      where used.kind == .uses && graph.kinds[used.from] == .model
        && selfHosted.contains(graph.ids[used.from])
      {
        let local = "\(p) runs \(graph.ids[used.from]) inside its product \(pr)"
        give(edge.from, .modifyRunningCopy, over: used.from, local, edge.sources)
        give(edge.from, .shutDownRunningCopy, over: used.from, local, edge.sources)
      }
    }
  }

  private mutating func modelControl(_ model: Int) {
    guard let facts = graph.model(at: model) else { return }
    let m = graph.ids[model]
    let license = facts.license.flatMap { graph.licenses[$0] }
    for edge in graph.incoming(model) where edge.kind == .develops {
      let p = graph.ids[edge.from]
      switch facts.weights {
      case .closed?, .apiOnly?:
        let reason =
          "\(p) develops \(m) and has not released its weights (\(facts.weights?.rawValue ?? ""))"
        give(edge.from, .revokeAccess, over: model, reason, edge.sources)
        // Every copy is the developer's own only when no one else's service
        // serves the model and no one else's product runs it; only then can
        // it stop every copy and see all use.
        let servers = graph.outgoing(model).filter { $0.kind == .serves }.map(\.to)
        let providers = servers.flatMap { service in
          graph.incoming(service).filter { $0.kind == .provides }.map(\.from)
        }
        let localVendors = graph.outgoing(model).filter {
          $0.kind == .uses && graph.kinds[$0.to] == .product
        }.flatMap { use in graph.incoming(use.to).filter { $0.kind == .offers }.map(\.from) }
        let allOwn = (providers + localVendors).allSatisfy { $0 == edge.from }
        if allOwn {
          give(edge.from, .shutDownAllCopies, over: model, reason, edge.sources)
        }
        if !servers.isEmpty && allOwn {
          give(
            edge.from, .monitorDownstreamUse, over: model,
            "\(p) develops \(m) and runs every service that serves it", edge.sources)
        }
      default:
        break
      }
      if license?.revocable == true {
        give(
          edge.from, .revokeLicense, over: model,
          "\(p) develops \(m), licensed under \(license?.name ?? ""), which is revocable",
          edge.sources + (license?.fact.sources ?? []))
      }
    }
  }
}

extension InformationItem {
  /// The item's place in `allCases`.
  var rank: Int { Self.ranks[self] ?? 0 }
  private static let ranks = Dictionary(
    uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
