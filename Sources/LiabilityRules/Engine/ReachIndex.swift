import LiabilityGraph

/// For every node, what lies downstream of it that territorial and use
/// conditions ask about: the jurisdictions it is offered or used in, and
/// the risk areas and user bases of the products built on it. Computed
/// once per graph in one pass over the asset edges (which form a DAG),
/// so that conditions cost nothing per assignment.
final class ReachIndex: @unchecked Sendable {
  private(set) var jurisdictions: [[String]]
  private(set) var riskAreas: [[String]]
  private(set) var users: [[String]]
  /// Whether some product downstream does not state its users: then
  /// `users` is what is known, not all there is.
  private(set) var usersPartial: [Bool]
  /// Whether some product downstream does not state its risk areas.
  private(set) var riskAreasPartial: [Bool]
  /// For a service or product: how other parties' products changed it
  /// (Art 25(1)), with the changing product's node.
  private(set) var changedBy: [Int: [(change: SystemChangeKind, product: Int)]] = [:]

  /// A product's changes to other systems that hold in the graph's view.
  static func changes(_ graph: SupplyChainGraph, of product: Product) -> [SystemChange] {
    product.systemChanges.filter { change in
      guard let day = graph.asOf else { return true }
      return change.fact.holds(on: day, ownDate: change.date)
    }
  }

  init(_ graph: SupplyChainGraph) {
    let count = graph.nodeCount
    jurisdictions = Array(repeating: [], count: count)
    riskAreas = Array(repeating: [], count: count)
    users = Array(repeating: [], count: count)
    usersPartial = Array(repeating: false, count: count)
    riskAreasPartial = Array(repeating: false, count: count)
    // Post-order over downstream asset edges, iteratively.
    var state = [UInt8](repeating: 0, count: count)  // 0 new, 1 open, 2 done
    func children(_ node: Int) -> [Int] {
      graph.outgoing(node).compactMap { edge in
        switch edge.kind {
        case .lineage, .trainedOn, .serves, .uses, .incident: return edge.to
        default: return nil
        }
      }
    }
    for start in 0..<count where state[start] == 0 {
      var stack: [(Int, [Int], Int)] = [(start, children(start), 0)]
      state[start] = 1
      while let (node, next, position) = stack.last {
        if position < next.count {
          stack[stack.count - 1].2 = position + 1
          let child = next[position]
          if state[child] == 0 {
            state[child] = 1
            stack.append((child, children(child), 0))
          }
          continue
        }
        stack.removeLast()
        state[node] = 2
        var places = own(graph, node)
        var areas = graph.product(at: node)?.riskAreas.map(\.rawValue) ?? []
        let product = graph.product(at: node)
        var bases = product?.users.map { [$0.rawValue] } ?? []
        var usersOpen = product != nil && product?.users == nil
        var areasOpen = product.map { !$0.riskAreasStated } ?? false
        for child in next {
          places += jurisdictions[child]
          areas += riskAreas[child]
          bases += users[child]
          usersOpen = usersOpen || usersPartial[child]
          areasOpen = areasOpen || riskAreasPartial[child]
        }
        usersPartial[node] = usersOpen
        riskAreasPartial[node] = areasOpen
        jurisdictions[node] = Self.unique(places)
        riskAreas[node] = Self.unique(areas)
        users[node] = Self.unique(bases)
      }
    }
    for node in 0..<count {
      guard let product = graph.product(at: node) else { continue }
      for change in Self.changes(graph, of: product) {
        guard let system = graph.node(change.system) else { continue }
        changedBy[system, default: []].append((change.change, node))
      }
    }
  }

  /// Where a service or product is itself offered: its markets or regions
  /// (where its deployers are established is not where it is used: a
  /// deployer may run it elsewhere).
  private func own(_ graph: SupplyChainGraph, _ node: Int) -> [String] {
    if let product = graph.product(at: node) { return product.markets }
    if let service = graph.service(at: node) { return service.regions }
    if let incident = graph.incident(at: node), let place = incident.jurisdiction {
      return [place]
    }
    return []
  }

  static func unique(_ values: [String]) -> [String] {
    Array(Set(values)).sorted()
  }
}
