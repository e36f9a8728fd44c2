import LiabilityGraph

/// The data each query command prints, as JSON and as text. The JSON shapes
/// are documented in `docs/json.md`.
public enum GraphReports {
  // MARK: Shared pieces

  static func asOf(_ graph: SupplyChainGraph) -> JSONValue {
    .optional(graph.asOf?.description)
  }

  static func nodeDetail(_ graph: SupplyChainGraph, _ node: Int) -> JSONValue {
    .object([
      ("id", .string(graph.ids[node])),
      ("kind", .string(graph.kinds[node].rawValue)),
      ("name", .string(graph.name(of: node))),
    ])
  }

  static func assignmentJSON(
    _ graph: SupplyChainGraph, _ assignment: RoleAssignment
  ) -> JSONValue {
    .object([
      ("party", .string(graph.ids[assignment.party])),
      ("role", .string(assignment.role.rawValue)),
      ("subject", .string(graph.ids[assignment.subject])),
      ("reason", .string(assignment.reason)),
      ("sources", .strings(assignment.sources)),
      ("assumed", .strings(assignment.assumed)),
    ])
  }

  static func partiesJSON(
    _ graph: SupplyChainGraph, _ roles: [(party: Int, roles: [Role])]
  ) -> JSONValue {
    .object(
      roles.map { (graph.ids[$0.party], .strings($0.roles.map(\.rawValue))) })
  }

  static func header(_ title: String, _ graph: SupplyChainGraph) -> String {
    let date = graph.asOf.map { " (as of \($0))" } ?? ""
    return TextLayout.wrap(title + date)
  }

  static func sourcesNote(_ sources: [String]) -> String {
    let unique = sources.uniqued()
    return unique.isEmpty
      ? " [unsourced]" : " [" + unique.joined(separator: ", ") + "]"
  }

  static func partyLine(_ graph: SupplyChainGraph, _ node: Int) -> String {
    let party = graph.party(at: node)
    let places = party?.jurisdictions.joined(separator: ", ") ?? ""
    return "\(graph.ids[node]): \(graph.name(of: node))"
      + (places.isEmpty ? "" : " (\(places))")
  }

  // MARK: roles

  /// `lgraph roles`: every party's derived roles, with reasons.
  public static func rolesJSON(_ graph: SupplyChainGraph) -> JSONValue {
    .object([
      ("as_of", asOf(graph)),
      ("parties", partiesJSON(graph, graph.roles())),
      ("assignments", .array(graph.roleAssignments().map { assignmentJSON(graph, $0) })),
    ])
  }

  /// `lgraph roles` as text.
  public static func rolesText(_ graph: SupplyChainGraph) -> String {
    var lines = [header("Roles", graph), ""]
    let assignments = graph.roleAssignments()
    lines += assignmentLines(graph, assignments)
    let withRoles = Set(assignments.map(\.party))
    let without = (0..<graph.nodeCount).filter {
      graph.kinds[$0] == .party && !withRoles.contains($0)
    }
    if !without.isEmpty {
      lines.append("Parties with no role in the graph:")
      for party in without { lines.append("  " + partyLine(graph, party)) }
    }
    return lines.joined(separator: "\n")
  }

  static func assignmentLines(
    _ graph: SupplyChainGraph, _ assignments: [RoleAssignment],
    indent: String = ""
  ) -> [String] {
    var lines: [String] = []
    var current: Int? = nil
    // The leading columns, made once: a whole store has millions of lines.
    var roleColumn: [Role: String] = [:]
    for role in Role.allCases {
      roleColumn[role] = indent + "  " + TextLayout.pad(role.rawValue, 18)
    }
    let reasonIndent = indent + String(repeating: " ", count: 20)
    let assumedFirst = reasonIndent + "assumed: "
    let assumedRest = indent + String(repeating: " ", count: 29)
    for assignment in assignments {
      if assignment.party != current {
        if current != nil { lines.append("") }
        current = assignment.party
        lines.append(
          TextLayout.wrap(partyLine(graph, assignment.party), first: indent))
      }
      lines.append(
        TextLayout.wrap(
          assignment.reason + sourcesNote(assignment.sources),
          first: roleColumn[assignment.role] ?? "", rest: reasonIndent))
      for assumption in assignment.assumed {
        lines.append(TextLayout.wrap(assumption, first: assumedFirst, rest: assumedRest))
      }
    }
    if !lines.isEmpty { lines.append("") }
    return lines
  }

  // MARK: lineage

  /// `lgraph lineage`: ancestors or descendants of a node.
  public static func lineageJSON(
    _ graph: SupplyChainGraph, of node: Int, direction: Direction,
    supplyChain: Bool
  ) -> JSONValue {
    let nodes = graph.reachable(
      from: node, direction: direction, lineageOnly: !supplyChain)
    let depths = depthsOf(graph, start: node, nodes: nodes, direction: direction)
    return .object([
      ("of", .string(graph.ids[node])),
      ("direction", .string(direction.rawValue)),
      ("supply_chain", .bool(supplyChain)),
      ("as_of", asOf(graph)),
      ("nodes", .strings(nodes.map { graph.ids[$0] })),
      (
        "details",
        .array(
          nodes.map { n in
            guard case .object(var entries) = nodeDetail(graph, n) else {
              return .null
            }
            entries.append(("depth", .number(Double(depths[n]?.depth ?? 0))))
            entries.append(("via", .optional(depths[n]?.via)))
            return .object(entries)
          })
      ),
    ])
  }

  /// How far each reached node is from the start, and the edge that
  /// reached it ("finetune", "trained-on", ...).
  static func depthsOf(
    _ graph: SupplyChainGraph, start: Int, nodes: [Int], direction: Direction
  ) -> [Int: (depth: Int, via: String, parent: Int)] {
    var result: [Int: (depth: Int, via: String, parent: Int)] = [
      start: (0, "", -1)
    ]
    for node in nodes {
      let edges =
        direction == .up ? Array(graph.outgoing(node)) : Array(graph.incoming(node))
      var best: (Int, String, Int)? = nil
      for edge in edges {
        let other = direction == .up ? edge.to : edge.from
        if let known = result[other], best.map({ known.depth + 1 < $0.0 }) ?? true {
          best = (
            known.depth + 1, edge.relation?.rawValue ?? edge.kind.rawValue, other
          )
        }
      }
      if best == nil {
        // Parties reached as operators of a downstream node.
        for edge in Array(graph.outgoing(node)) + Array(graph.incoming(node)) {
          let other = edge.from == node ? edge.to : edge.from
          if other == start && direction == .down { continue }
          if let known = result[other] {
            best = (known.depth + 1, edge.kind.rawValue, other)
            break
          }
        }
      }
      result[node] = best.map { ($0.0, $0.1, $0.2) } ?? (1, "", start)
    }
    return result
  }

  /// `lgraph lineage` as text: one line per node, indented by depth.
  public static func lineageText(
    _ graph: SupplyChainGraph, of node: Int, direction: Direction,
    supplyChain: Bool
  ) -> String {
    let nodes = graph.reachable(
      from: node, direction: direction, lineageOnly: !supplyChain)
    let depths = depthsOf(graph, start: node, nodes: nodes, direction: direction)
    let what =
      (direction == .up ? "Ancestors" : "Descendants")
      + (supplyChain ? " (whole supply chain)" : " (lineage)")
    var lines = [
      header("\(what) of \(graph.ids[node]): \(graph.name(of: node))", graph)
    ]
    if nodes.isEmpty {
      lines.append("  none")
    }
    // Print as a tree: each node under the node that reached it.
    var children: [Int: [Int]] = [:]
    for n in nodes { children[depths[n]?.parent ?? node, default: []].append(n) }
    var stack: [(Int, Int)] = (children[node] ?? []).reversed().map { ($0, 1) }
    while let (n, depth) = stack.popLast() {
      let via = depths[n]?.via ?? ""
      let indent = String(repeating: "  ", count: min(depth, 10))
      lines.append(
        TextLayout.wrap(
          "\(graph.kinds[n].rawValue) \(graph.ids[n]): \(graph.name(of: n))"
            + (via.isEmpty ? "" : " (\(via))"),
          first: indent, rest: indent + "    "))
      stack += (children[n] ?? []).reversed().map { ($0, depth + 1) }
    }
    return lines.joined(separator: "\n")
  }

  // MARK: chain

  /// The nodes of a product's chain: the product, then everything upstream
  /// except licenses and sources.
  public static func chainNodes(_ graph: SupplyChainGraph, product: Int) -> [Int] {
    var nodes =
      [product]
      + graph.ancestors(of: product, lineageOnly: false).filter {
        graph.kinds[$0] != .license && graph.kinds[$0] != .source
      }
    // Deployers of the product and its services are in the chain too.
    var seen = Set(nodes)
    for node in nodes where graph.kinds[node] != .party {
      for edge in graph.outgoing(node) where edge.kind == .deploys {
        if seen.insert(edge.to).inserted { nodes.append(edge.to) }
      }
    }
    return nodes
  }

  /// `lgraph chain`: the supply chain of a product.
  public static func chainJSON(_ graph: SupplyChainGraph, product: Int)
    -> JSONValue
  {
    let nodes = chainNodes(graph, product: product)
    let upstream = graph.ancestors(of: product, lineageOnly: false)
    let set = Set(nodes)
    let assignments = graph.roleAssignments(within: set)
    return .object([
      ("product", .string(graph.ids[product])),
      ("as_of", asOf(graph)),
      ("nodes", .strings(nodes.map { graph.ids[$0] })),
      ("parties", partiesJSON(graph, graph.roles(within: set))),
      (
        "licenses",
        .strings(upstream.filter { graph.kinds[$0] == .license }.map { graph.ids[$0] })
      ),
      ("details", .array(nodes.map { nodeDetail(graph, $0) })),
      ("assignments", .array(assignments.map { assignmentJSON(graph, $0) })),
    ])
  }

  /// `lgraph chain` as text.
  public static func chainText(_ graph: SupplyChainGraph, product: Int) -> String {
    let nodes = chainNodes(graph, product: product)
    let set = Set(nodes)
    var lines = [
      header(
        "Supply chain of \(graph.ids[product]): \(graph.name(of: product))",
        graph), "",
    ]
    let groups: [(NodeKind, String)] = [
      (.product, "Product"), (.service, "Services"), (.model, "Models"),
      (.dataset, "Datasets"),
    ]
    for (kind, title) in groups {
      let members = nodes.filter { graph.kinds[$0] == kind }
      guard !members.isEmpty else { continue }
      lines.append(title)
      for node in members {
        lines.append(
          TextLayout.wrap(
            "\(graph.ids[node]): \(graph.name(of: node))"
              + detail(graph, node, within: set), first: "  ", rest: "      "))
      }
      lines.append("")
    }
    lines.append("Parties and their roles in this chain")
    lines.append("")
    lines += assignmentLines(
      graph, graph.roleAssignments(within: set), indent: "  ")
    return lines.joined(separator: "\n")
  }

  /// A short description of how a node sits in the chain.
  /// What joins `node` to the nodes `within` (every node when nil).
  static func detail(_ graph: SupplyChainGraph, _ node: Int, within: Set<Int>?)
    -> String
  {
    var parts: [String] = []
    for edge in graph.incoming(node) where within?.contains(edge.from) ?? true {
      let other = graph.ids[edge.from]
      switch edge.kind {
      case .lineage: parts.append("\(edge.relation?.rawValue ?? "derived") of \(other)")
      case .develops: parts.append("developed by \(other)")
      case .provides: parts.append("provided by \(other)")
      case .hosts: parts.append("hosted by \(other)")
      case .offers: parts.append("offered by \(other)")
      case .publishes: parts.append("published by \(other)")
      case .serves: parts.append("serves \(other)")
      case .uses: parts.append("uses \(other)")
      case .trainedOn: parts.append("trained on \(other)")
      default: break
      }
    }
    if let model = graph.model(at: node) {
      if let weights = model.weights { parts.append("weights \(weights.rawValue)") }
      if let license = model.license { parts.append("license \(license)") }
    }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
  }

  // MARK: paths

  /// `lgraph paths`: every path from a product or incident upstream.
  public static func pathsJSON(_ graph: SupplyChainGraph, from node: Int)
    -> JSONValue
  {
    let result = graph.upstreamPaths(from: node)
    return .object([
      ("from", .string(graph.ids[node])),
      ("as_of", asOf(graph)),
      ("paths", .array(result.paths.map { .strings($0.map { graph.ids[$0] }) })),
      ("truncated", .bool(result.truncated)),
    ])
  }

  /// `lgraph paths` as text.
  public static func pathsText(_ graph: SupplyChainGraph, from node: Int)
    -> String
  {
    let result = graph.upstreamPaths(from: node)
    var lines = [
      header("Paths upstream from \(graph.ids[node])", graph)
    ]
    for (i, path) in result.paths.enumerated() {
      lines.append(
        TextLayout.wrap(
          path.map { graph.ids[$0] }.joined(separator: " ← "),
          first: TextLayout.pad("\(i + 1).", 4), rest: "      "))
    }
    if result.truncated {
      lines.append("(more paths exist; only the first \(result.paths.count) are shown)")
    }
    return lines.joined(separator: "\n")
  }
}
