import LiabilityGraph

/// Writes a supply-chain graph as Graphviz DOT, in pure Swift.
///
/// The output is deterministic (the same graph gives the same bytes): one
/// cluster per party, labelled with its name and jurisdictions, holding the
/// models it develops, the datasets it publishes, the services it provides
/// and the products it offers; a shape and colour per node kind; an edge
/// style per relation; a legend and a title.
///
/// ```swift
/// let dot = DOTWriter(title: "LexBot").write(graph)
/// ```
public struct DOTWriter: Sendable {
  /// The title drawn at the top; `nil` uses the file's title.
  public var title: String?
  /// Whether to draw the legend.
  public var legend: Bool
  /// Nodes (and the edges between them) to draw emphasised.
  public var highlight: Set<String>

  /// Creates a writer.
  public init(
    title: String? = nil, legend: Bool = true, highlight: Set<String> = []
  ) {
    self.title = title
    self.legend = legend
    self.highlight = highlight
  }

  /// The DOT text of `graph`.
  public func write(_ graph: SupplyChainGraph) -> String {
    var out = DOTText()
    let heading =
      (title ?? graph.document.title ?? graph.document.file)
      + (graph.asOf.map { "\nas of \($0)" } ?? "")
    out.line("digraph \"liability-graph\" {")
    out.indent += 1
    out.line("graph [\(DOTStyle.graph), label=\(DOTText.quote(heading))];")
    out.line("node [\(DOTStyle.node)];")
    out.line("edge [\(DOTStyle.edge)];")

    let layout = ClusterLayout(graph)
    for (party, members) in layout.clusters {
      out.line("")
      out.line("subgraph \(DOTText.quote("cluster_\(graph.ids[party])")) {")
      out.indent += 1
      out.line(
        "graph [label=\(DOTText.quote(partyLabel(graph, party))), "
          + DOTStyle.cluster + "];")
      if layout.anchored.contains(party) {
        out.line(anchorStatement(graph, party))
      }
      for node in members { out.line(nodeStatement(graph, node)) }
      out.indent -= 1
      out.line("}")
    }
    if !layout.loose.isEmpty { out.line("") }
    for node in layout.loose { out.line(nodeStatement(graph, node)) }

    out.line("")
    for edge in graph.edges {
      if let statement = edgeStatement(graph, edge, layout) {
        out.line(statement)
      }
    }
    if legend {
      out.line("")
      out.lines(DOTStyle.legend)
    }
    out.indent -= 1
    out.line("}")
    return out.text
  }

  func partyLabel(_ graph: SupplyChainGraph, _ party: Int) -> String {
    let places = graph.party(at: party)?.jurisdictions ?? []
    return graph.name(of: party)
      + (places.isEmpty ? "" : "\n" + places.joined(separator: ", "))
  }

  func isHighlighted(_ graph: SupplyChainGraph, _ node: Int) -> Bool {
    highlight.contains(graph.ids[node])
  }

  func anchorStatement(_ graph: SupplyChainGraph, _ party: Int) -> String {
    var attributes = [
      "label=\(DOTText.quote(Self.wrapped(graph.name(of: party))))", DOTStyle.partyAnchor,
    ]
    if isHighlighted(graph, party) { attributes.append(DOTStyle.highlightNode) }
    return DOTText.quote(ClusterLayout.anchorID(graph, party))
      + " [" + attributes.joined(separator: ", ") + "];"
  }

  /// Breaks a name into lines of about `width` characters at spaces, so
  /// that long names do not stretch the diagram.
  static func wrapped(_ text: String, width: Int = 30) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = String(word)
      } else {
        line += line.isEmpty ? String(word) : " " + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }

  func nodeStatement(_ graph: SupplyChainGraph, _ node: Int) -> String {
    var label = Self.wrapped(graph.name(of: node))
    var style: String
    switch graph.kinds[node] {
    case .model:
      let model = graph.model(at: node)
      let weights = model?.weights
      style = DOTStyle.model(weights)
      var facts: [String] = []
      facts.append("weights: \(weights?.rawValue ?? "unknown")")
      if let license = model?.license {
        facts.append(graph.licenses[license]?.name ?? license)
      }
      label += "\n" + facts.joined(separator: " · ")
    case .dataset: style = DOTStyle.dataset
    case .service: style = DOTStyle.service
    case .product:
      style = DOTStyle.product
      if let markets = graph.product(at: node)?.markets, !markets.isEmpty {
        label += "\nmarkets: " + markets.joined(separator: ", ")
      }
    case .incident:
      style = DOTStyle.incident
      if let incident = graph.incident(at: node) {
        label +=
          "\n\(incident.date)"
          + (incident.harm.map { " · \($0)" } ?? "")
          + (incident.jurisdiction.map { " · \($0)" } ?? "")
      }
    default: style = ""
    }
    var attributes = ["label=\(DOTText.quote(label))", style]
    if isHighlighted(graph, node) { attributes.append(DOTStyle.highlightNode) }
    return DOTText.quote(graph.ids[node]) + " ["
      + attributes.filter { !$0.isEmpty }.joined(separator: ", ") + "];"
  }

  func edgeStatement(
    _ graph: SupplyChainGraph, _ edge: Edge, _ layout: ClusterLayout
  ) -> String? {
    let style: String
    var from = DOTText.quote(graph.ids[edge.from])
    var to = DOTText.quote(graph.ids[edge.to])
    switch edge.kind {
    case .lineage:
      style = DOTStyle.lineage(edge.relation?.rawValue ?? "derived")
    case .trainedOn: style = DOTStyle.trainedOn
    case .serves: style = DOTStyle.serves
    case .uses: style = DOTStyle.uses
    case .incident: style = DOTStyle.incidentEdge
    case .hosts:
      from = DOTText.quote(ClusterLayout.anchorID(graph, edge.from))
      style = DOTStyle.hosts
    case .deploys:
      to = DOTText.quote(ClusterLayout.anchorID(graph, edge.to))
      style = DOTStyle.deploys
    case .develops, .publishes, .provides, .offers, .licenses:
      return nil  // shown by clusters and labels
    }
    var attributes = [style]
    if isHighlighted(graph, edge.from) && isHighlighted(graph, edge.to) {
      attributes.append(DOTStyle.highlightEdge)
    }
    return "\(from) -> \(to) [" + attributes.joined(separator: ", ") + "];"
  }
}

/// Which nodes go in which party's cluster.
struct ClusterLayout {
  /// Each party with the nodes it owns, in node order.
  var clusters: [(Int, [Int])] = []
  /// Parties that need a node of their own (hosts, deployers, parties
  /// that own nothing drawn).
  var anchored: Set<Int> = []
  /// Drawn nodes that belong to no party (incidents, orphan datasets).
  var loose: [Int] = []

  static func anchorID(_ graph: SupplyChainGraph, _ party: Int) -> String {
    "party:" + graph.ids[party]
  }

  init(_ graph: SupplyChainGraph) {
    var owned: [Int: [Int]] = [:]
    for node in 0..<graph.nodeCount {
      switch graph.kinds[node] {
      case .model, .dataset, .service, .product:
        let owner = graph.incoming(node).first {
          [.develops, .publishes, .provides, .offers].contains($0.kind)
        }
        if let owner {
          owned[owner.from, default: []].append(node)
        } else {
          loose.append(node)
        }
      case .incident:
        loose.append(node)
      default:
        break
      }
    }
    for edge in graph.edges {
      if edge.kind == .hosts { anchored.insert(edge.from) }
      if edge.kind == .deploys { anchored.insert(edge.to) }
    }
    for node in 0..<graph.nodeCount where graph.kinds[node] == .party {
      if owned[node] == nil { anchored.insert(node) }
      clusters.append((node, owned[node] ?? []))
    }
  }
}
