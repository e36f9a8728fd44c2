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
  private var information: [[(item: InformationItem, holding: Holding)]]
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
    information[subject].filter { $0.item == item }.map(\.holding)
  }

  /// Whether `party` holds `item` about `subject`, and why.
  public func holding(_ party: Int, _ item: InformationItem, about subject: Int) -> Holding? {
    information[subject].first { $0.item == item && $0.holding.party == party }?.holding
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
    information.flatMap { entries in
      entries.filter { $0.holding.party == party }.map { ($0.item, $0.holding) }
    }.sorted { a, b in
      (a.holding.subject, a.item.rank) < (b.holding.subject, b.item.rank)
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

  private mutating func give(
    _ party: Int, _ item: InformationItem, about subject: Int, _ reason: String,
    _ sources: [String], assumed: [String] = []
  ) {
    if let index = information[subject].firstIndex(where: {
      $0.item == item && $0.holding.party == party
    }) {
      // A holding that rests on nothing unstated replaces an assumed one.
      if !information[subject][index].holding.assumed.isEmpty, assumed.isEmpty {
        information[subject][index].holding = Holding(
          party: party, subject: subject, reason: reason, sources: sources)
      }
      return
    }
    information[subject].append(
      (
        item,
        Holding(party: party, subject: subject, reason: reason, sources: sources, assumed: assumed)
      ))
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
  ]

  private mutating func deriveFromRoles() {
    for assignment in roleAssignments {
      let items = Self.defaultItems[assignment.role] ?? []
      let p = graph.ids[assignment.party]
      for item in items {
        give(
          assignment.party, item, about: assignment.subject,
          "\(p) is \(assignment.role.rawValue) of \(graph.ids[assignment.subject])",
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
            "\(p) offers \(graph.ids[assignment.subject]), which is built on \(graph.ids[node])",
            assignment.sources)
        }
      }
      // An API provider also holds the deployment facts of the models it
      // serves there.
      if assignment.role == .apiProvider {
        for edge in graph.incoming(assignment.subject) where edge.kind == .serves {
          for item in [InformationItem.deploymentConfiguration, .usageLogs, .customerIdentity] {
            give(
              assignment.party, item, about: edge.from,
              "\(p) serves \(graph.ids[edge.from]) through \(graph.ids[assignment.subject])",
              assignment.sources + edge.sources)
          }
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
      for recipient in recipients where recipient != from {
        for subject in subjects {
          for item in disclosure.items {
            give(
              recipient, item, about: subject,
              "disclosed by \(disclosure.from) \(audience)\(document)\(date) "
                + "[\(disclosure.id)]",
              disclosure.fact.sources)
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
  var rank: Int { InformationItem.allCases.firstIndex(of: self) ?? 0 }
}
