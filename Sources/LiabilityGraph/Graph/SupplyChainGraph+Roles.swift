extension SupplyChainGraph {
  /// The roles of every party, derived from the graph (DESIGN.md §2), each
  /// with the subject and the reason. Parties are in file order; a party's
  /// assignments are in role order, then edge order.
  ///
  /// With `within`, only roles about those nodes count (the roles in one
  /// product's chain).
  public func roleAssignments(within nodes: Set<Int>? = nil)
    -> [RoleAssignment]
  {
    var out: [RoleAssignment] = []
    for edge in edges where edge.kind.involvesParty {
      let subject = edge.kind == .deploys ? edge.from : edge.to
      let party = edge.kind == .deploys ? edge.to : edge.from
      if let nodes, !nodes.contains(subject) { continue }
      let p = ids[party]
      let s = ids[subject]
      func add(_ role: Role, _ reason: String, _ sources: [String], assumed: [String] = []) {
        out.append(
          RoleAssignment(
            role: role, party: party, subject: subject, reason: reason,
            sources: sources.uniqued(), assumed: assumed))
      }
      switch edge.kind {
      case .develops:
        developerRoles(party: party, model: subject, edge: edge).forEach {
          add($0.0, $0.1, $0.2, assumed: $0.3)
        }
      case .publishes:
        add(.datasetPublisher, "\(p) publishes dataset \(s)", edge.sources)
      case .provides:
        add(.apiProvider, "\(p) provides service \(s)", edge.sources)
      case .hosts:
        add(.host, "\(p) runs the hardware for service \(s)", edge.sources)
      case .distributes:
        add(.hostingPlatform, "\(p) makes the weights of \(s) available for download", edge.sources)
      case .offers:
        let internalUse = product(at: subject)?.users == .internal
        add(
          .productVendor,
          "\(p) offers product \(s)" + (internalUse ? "" : " to users"), edge.sources)
        if internalUse {
          add(
            .deployer, "\(p) offers product \(s) for internal use",
            edge.sources)
        }
      case .deploys:
        let kind = kinds[subject].rawValue
        add(
          .deployer, "\(p) uses \(kind) \(s) in its own operations",
          edge.sources)
      default:
        break
      }
    }
    // Parties in file order (node order follows it), then role, then edge
    // order: a stable sort on integer keys.
    // The keys are sorted, not the assignments (moving those retains their
    // texts).
    let order = Role.allCases
    var rank: [Role: Int] = [:]
    for (i, role) in order.sorted().enumerated() { rank[role] = i }
    let keys = out.indices.map { i in
      (party: out[i].party, role: rank[out[i].role] ?? 0, offset: i)
    }.sorted { a, b in
      if a.party != b.party { return a.party < b.party }
      if a.role != b.role { return a.role < b.role }
      return a.offset < b.offset
    }
    return keys.map { out[$0.offset] }
  }

  /// The roles `develops` gives: pre-trainer of a model with no base (or
  /// continued pre-training at or above the base's compute), modifier of a
  /// model derived from another party's model. A model's lineage is a fact
  /// about how it was made, so it counts even where the base or the link is
  /// not in this view (the reason then says so).
  func developerRoles(party: Int, model: Int, edge: Edge)
    -> [(Role, String, [String], [String])]
  {
    let p = ids[party]
    let m = ids[model]
    let facts = self.model(at: model)
    let links = facts?.derivedFrom ?? []
    if links.isEmpty {
      guard facts?.lineageStated == false else {
        return [
          (.preTrainer, "\(p) develops \(m), which derives from no other model", edge.sources, [])
        ]
      }
      // Not stated is not "from scratch": the role is assumed, and said so.
      return [
        (
          .preTrainer,
          "\(p) develops \(m); the file does not state its lineage, so \(p) is taken to have "
            + "trained it from scratch", edge.sources,
          ["the lineage of \(m) is not stated (derived_from): it may derive from another model"]
        )
      ]
    }
    var roles: [(Role, String, [String], [String])] = []
    for link in links {
      let baseNode = node(link.base)
      let inView =
        baseNode.map { base in
          incoming(model).contains { $0.kind == .lineage && $0.from == base }
        } ?? false
      let baseModel =
        baseNode.flatMap { self.model(at: $0) }
        ?? document.models.first { $0.id == link.base }
      let sources = edge.sources + link.fact.sources
      if link.relation == .continuedPretraining, let compute = link.computeFLOP,
        let baseCompute = baseModel?.trainingComputeFLOP, compute >= baseCompute
      {
        roles.append(
          (
            .preTrainer,
            "\(p) develops \(m) by continued pre-training of \(link.base) with "
              + "\(Self.flop(compute)) FLOP, at least the base's \(Self.flop(baseCompute)) FLOP",
            sources, []
          ))
        continue
      }
      // Continued pre-training whose compute, or its base's, is not stated:
      // whether it makes a new pre-trainer is open; a modifier is assumed.
      let openContinuation =
        link.relation == .continuedPretraining
        && (link.computeFLOP == nil || baseModel?.trainingComputeFLOP == nil)
      let continuation =
        openContinuation
        ? [
          "the compute of the continued pre-training of \(link.base), or of the base, is not "
            + "stated: at or above the base's, it would make \(p) a pre-trainer"
        ] : []
      guard let owner = baseModel?.developer else { continue }
      if owner == p {
        if roles.contains(where: { $0.0 == .preTrainer }) { continue }
        // A developer's change to its own model stays within that model's
        // lifecycle: it is the pre-trainer of the result too, and its
        // compute counts cumulatively (SB 53 §22757.11(i)(2); EU GPAI
        // guidelines on modifications by the original provider).
        roles.append(
          (
            .preTrainer,
            "\(p) develops \(m), \(link.noun) of its own model \(link.base)",
            sources, []
          ))
        continue
      }
      roles.append(
        (
          .modifier,
          "\(p) develops \(m), \(link.noun) of \(link.base) by \(owner)"
            + (inView
              ? "" : " (that link is not in the view" + (asOf.map { " as of \($0)" } ?? "") + ")"),
          sources, continuation
        ))
    }
    return roles
  }

  static func flop(_ value: Double) -> String {
    Formatting.scientific(value)
  }

  /// The roles of each party, in file order of the parties.
  public func roles(within nodes: Set<Int>? = nil) -> [(
    party: Int, roles: [Role]
  )] {
    var byParty: [Int: [Role]] = [:]
    for assignment in roleAssignments(within: nodes) {
      if !(byParty[assignment.party]?.contains(assignment.role) ?? false) {
        byParty[assignment.party, default: []].append(assignment.role)
      }
    }
    return byParty.keys.sorted().map { ($0, byParty[$0] ?? []) }
  }

  /// Warnings for roles a file asserts that the graph does not bear out.
  func roleConflicts() -> [Diagnostic] {
    guard document.parties.contains(where: { !$0.assertedRoles.isEmpty }) else {
      return []
    }
    var derived: [Int: Set<Role>] = [:]
    for assignment in roleAssignments() {
      derived[assignment.party, default: []].insert(assignment.role)
    }
    var out: [Diagnostic] = []
    for party in document.parties {
      guard let node = node(party.id) else { continue }
      let has = derived[node] ?? []
      for role in party.assertedRoles where !has.contains(role) {
        let found =
          has.isEmpty
          ? "none" : has.sorted().map(\.rawValue).joined(separator: ", ")
        out.append(
          Diagnostic(
            .warning, .assertedRole,
            "party '\(party.id)' is asserted to be \(role.rawValue), but the "
              + "graph does not show it (derived roles: \(found))",
            at: party.fact.location))
      }
    }
    return out
  }
}
