import LiabilityGraph

/// For every node, what lies downstream of it that territorial and use
/// conditions ask about: the jurisdictions it is offered or used in, and
/// the risk areas and user bases of the products built on it. Computed
/// once per graph in one pass over the asset edges (which form a DAG),
/// so that conditions cost nothing per assignment.
final class ReachIndex: Sendable {
  /// The tables, computed once in `init` and never changed after.
  private let tables: Tables

  private struct Tables {
    var jurisdictions: [[String]]
    var riskAreas: [[String]]
    var users: [[String]]
    var usersPartial: [Bool]
    var riskAreasPartial: [Bool]
    var changedBy: [Int: [(change: SystemChangeKind, product: Int)]] = [:]
  }

  /// The jurisdictions each node is offered or used in, downstream.
  var jurisdictions: [[String]] { tables.jurisdictions }
  /// The risk areas of the products downstream of each node.
  var riskAreas: [[String]] { tables.riskAreas }
  /// The user bases of the products downstream of each node.
  var users: [[String]] { tables.users }
  /// Whether some product downstream does not state its users: then
  /// `users` is what is known, not all there is.
  var usersPartial: [Bool] { tables.usersPartial }
  /// Whether some product downstream does not state its risk areas.
  var riskAreasPartial: [Bool] { tables.riskAreasPartial }
  /// For a service or product: how other parties' products changed it
  /// (Art 25(1)), with the changing product's node.
  var changedBy: [Int: [(change: SystemChangeKind, product: Int)]] { tables.changedBy }

  /// A product's changes to other systems that hold in the graph's view.
  static func changes(_ graph: SupplyChainGraph, of product: Product) -> [SystemChange] {
    product.systemChanges.filter { change in
      guard let day = graph.asOf else { return true }
      return change.fact.holds(on: day, ownDate: change.date)
    }
  }

  init(_ graph: SupplyChainGraph) {
    tables = Self.compute(graph)
  }

  private static func compute(_ graph: SupplyChainGraph) -> Tables {
    let count = graph.nodeCount
    var jurisdictions = [[String]](repeating: [], count: count)
    var riskAreas = [[String]](repeating: [], count: count)
    var users = [[String]](repeating: [], count: count)
    var usersPartial = [Bool](repeating: false, count: count)
    var riskAreasPartial = [Bool](repeating: false, count: count)
    var changedBy: [Int: [(change: SystemChangeKind, product: Int)]] = [:]
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
    return Tables(
      jurisdictions: jurisdictions, riskAreas: riskAreas, users: users,
      usersPartial: usersPartial, riskAreasPartial: riskAreasPartial, changedBy: changedBy)
  }

  /// Where a service or product is itself offered: its markets or regions
  /// (where its deployers are established is not where it is used: a
  /// deployer may run it elsewhere).
  private static func own(_ graph: SupplyChainGraph, _ node: Int) -> [String] {
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
