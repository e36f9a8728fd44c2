import LiabilityGraph
import LiabilityRules

/// Writes a supply-chain graph as Graphviz DOT, in pure Swift.
///
/// The output is deterministic (the same graph and options give the same
/// bytes): one cluster per party, labelled with its name and jurisdictions,
/// holding the models it develops, the datasets it publishes, the services
/// it provides and the products it offers; a shape and colour per node kind;
/// an edge style per relation; a legend and a title.
///
/// ```swift
/// let dot = DOTWriter(title: "LexBot").write(graph)
/// ```
public struct DOTWriter: Sendable {
  /// The title drawn at the top; `nil` uses the file's title.
  public var title: String?
  /// Whether to draw the legend.
  public var legend: Bool
  /// Ids of nodes (and the edges between them) to draw emphasised.
  public var highlight: Set<String>
  /// Draw only the neighbourhood of this node: nodes within ``depth`` edges
  /// of it (through assets, not through parties).
  public var focus: String?
  /// How many edges from ``focus`` to include.
  public var depth: Int
  /// Leaf derivatives of one base by one relation (e.g. quantizations that
  /// nothing else uses) are drawn as one node when there are more than
  /// this many. `nil` never collapses.
  public var collapseThreshold: Int?
  /// How the drawing is organised for its layout engine.
  public var layout: LayoutStyle = .layered
  /// When set, only these asset nodes are drawn (an incident's path).
  public var only: Set<String>? = nil

  /// How a drawing is organised.
  public enum LayoutStyle: Sendable, Hashable {
    /// For `dot`: parties as boxes around what they own, labelled edges.
    case layered
    /// For force-directed engines (`sfdp`, `neato`, ...), which ignore
    /// boxes and slow down badly with many separate pieces and edge labels:
    /// parties as nodes joined to what they own, everything joined to an
    /// invisible root, relations as edge tooltips instead of labels.
    case force
  }

  /// Creates a writer.
  public init(
    title: String? = nil, legend: Bool = true, highlight: Set<String> = [],
    focus: String? = nil, depth: Int = 2, collapseThreshold: Int? = nil
  ) {
    self.title = title
    self.legend = legend
    self.highlight = highlight
    self.focus = focus
    self.depth = depth
    self.collapseThreshold = collapseThreshold
  }

  /// The DOT text of `graph`.
  public func write(_ graph: SupplyChainGraph) -> String {
    diagram(graph).dot
  }

  /// The DOT text of `graph`, with how many nodes it draws and notices of
  /// what was left out or collapsed.
  public func diagram(_ graph: SupplyChainGraph) -> Diagram {
    let selection = DiagramSelection(graph, writer: self)
    var out = DOTText()
    let heading =
      Self.shortened(title ?? graph.document.title ?? graph.document.file)
      + (graph.asOf.map { "\nas of \($0)" } ?? "")
    out.line("digraph \"liability-graph\" {")
    out.indent += 1
    out.line("graph [\(DOTStyle.graph), label=\(DOTText.quote(heading))];")
    out.line("node [\(DOTStyle.node)];")
    out.line("edge [\(DOTStyle.edge)];")

    if layout == .force {
      writeForceLayout(graph, selection, into: &out)
    }
    for (party, members) in selection.clusters where layout == .layered {
      out.line("")
      out.line("subgraph \(DOTText.quote("cluster_\(graph.ids[party])")) {")
      out.indent += 1
      out.line(
        "graph [label=\(DOTText.quote(partyLabel(graph, party), leftAligned: true)), "
          + DOTStyle.cluster
          + (isHighlighted(graph, party) ? ", " + DOTStyle.highlightCluster : "") + "];")
      if selection.anchored.contains(party) {
        out.line(anchorStatement(graph, party))
      }
      for node in members { out.line(nodeStatement(graph, node)) }
      out.indent -= 1
      out.line("}")
    }
    if layout == .layered && (!selection.loose.isEmpty || !selection.collapsed.isEmpty) {
      out.line("")
    }
    for node in selection.loose where layout == .layered { out.line(nodeStatement(graph, node)) }
    for group in selection.collapsed {
      out.line(
        DOTText.quote(group.id) + " [label=\(DOTText.quote(group.label)), "
          + DOTStyle.collapsed + "];")
    }

    out.line("")
    for edge in graph.edges where selection.draws(edge) {
      if var statement = edgeStatement(graph, edge) {
        if layout == .force {
          // Edge labels slow force layouts several-fold: keep them as tooltips.
          statement = statement.replacingOccurrences(of: "[label=", with: "[tooltip=")
        }
        out.line(statement)
      }
    }
    for group in selection.collapsed {
      out.line(
        DOTText.quote(graph.ids[group.base]) + " -> " + DOTText.quote(group.id) + " ["
          + DOTStyle.lineage(group.relation.rawValue) + "];")
    }
    if legend {
      out.line("")
      out.lines(DOTStyle.legend)
    }
    out.indent -= 1
    out.line("}")
    var notices = selection.notices
    let long = selection.drawn.union(selection.anchored).union(selection.clusters.map(\.0)).filter {
      graph.name(of: $0).count > Self.labelLimit
    }.count
    if long > 0 {
      notices.append(
        "\(long) name\(long == 1 ? "" : "s") longer than \(Self.labelLimit) characters "
          + "shortened in the drawing (the reports give \(long == 1 ? "it" : "them") whole)")
    }
    return Diagram(dot: out.text, nodeCount: selection.nodeCount, notices: notices)
  }

  /// Parties as nodes joined to what they own, and an invisible root
  /// joined to every party and every unowned node, so that the engine lays
  /// out one connected graph (thousands of separate pieces are very slow
  /// to pack).
  func writeForceLayout(
    _ graph: SupplyChainGraph, _ selection: DiagramSelection, into out: inout DOTText
  ) {
    let root = DOTText.quote("root:hidden")
    out.line("\(root) [style=invis, label=\"\", width=0, height=0];")
    for (party, members) in selection.clusters {
      let id = DOTText.quote(DiagramSelection.anchorID(graph, party))
      var attributes = ["label=\(DOTText.quote(partyLabel(graph, party)))", DOTStyle.partyNode]
      if isHighlighted(graph, party) { attributes.append(DOTStyle.highlightNode) }
      out.line(id + " [" + attributes.joined(separator: ", ") + "];")
      out.line("\(root) -> \(id) [style=invis];")
      for node in members {
        out.line(nodeStatement(graph, node))
        out.line("\(id) -> \(DOTText.quote(graph.ids[node])) [\(DOTStyle.owns)];")
      }
    }
    for node in selection.loose {
      out.line(nodeStatement(graph, node))
      out.line("\(root) -> \(DOTText.quote(graph.ids[node])) [style=invis];")
    }
  }

  func partyLabel(_ graph: SupplyChainGraph, _ party: Int) -> String {
    let places = graph.party(at: party)?.jurisdictions ?? []
    return Self.shortened(graph.name(of: party))
      + (places.isEmpty ? "" : "\n" + places.joined(separator: ", "))
  }

  func isHighlighted(_ graph: SupplyChainGraph, _ node: Int) -> Bool {
    highlight.contains(graph.ids[node])
  }

  /// The node inside a party's cluster that its host and deployer edges
  /// start or end at; labelled with what the party does (its name is on
  /// the cluster).
  func anchorStatement(_ graph: SupplyChainGraph, _ party: Int) -> String {
    var roles: [String] = []
    if graph.outgoing(party).contains(where: { $0.kind == .hosts }) {
      roles.append("host (runs the hardware)")
    }
    if graph.outgoing(party).contains(where: { $0.kind == .distributes }) {
      roles.append("hosting platform (weights for download)")
    }
    if graph.incoming(party).contains(where: { $0.kind == .deploys }) {
      roles.append("deployer")
    }
    let label = roles.isEmpty ? Self.wrapped(graph.name(of: party)) : roles.joined(separator: "\n")
    var attributes = ["label=\(DOTText.quote(label))", DOTStyle.partyAnchor]
    if isHighlighted(graph, party) { attributes.append(DOTStyle.highlightNode) }
    return DOTText.quote(DiagramSelection.anchorID(graph, party))
      + " [" + attributes.joined(separator: ", ") + "];"
  }

  /// Breaks a name into lines of about `width` characters at spaces, so
  /// that long names do not stretch the diagram.
  /// The most characters of a name or license a drawing shows; longer
  /// ones are cut there and end with "…" (the reports keep them whole).
  public static let labelLimit = 120

  /// `text` cut to ``labelLimit`` characters.
  static func shortened(_ text: String) -> String {
    text.count > labelLimit ? String(text.prefix(labelLimit - 1)) + "…" : text
  }

  /// `text` shortened and broken into lines of about `width` characters
  /// (a word longer than a line is broken too).
  static func wrapped(_ text: String, width: Int = 30) -> String {
    var lines: [String] = []
    var line = ""
    var words: [Substring] = []
    // A word is broken only when it is far wider than a line (an id such
    // as an org/model name stays whole up to twice the width).
    let longest = width * 2
    for word in shortened(text).split(separator: " ") {
      var rest = word
      while rest.count > longest {
        words.append(rest.prefix(longest))
        rest = rest.dropFirst(longest)
      }
      words.append(rest)
    }
    for word in words {
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
      label += "\n" + "weights: \(weights?.rawValue ?? "unknown")"
      if let license = model?.license {
        label += "\n" + Self.wrapped(graph.licenses[license]?.name ?? license, width: 34)
      }
      if let model, !model.components.isEmpty {
        label += "\n" + "MOF: " + Openness.of(model).shortLabel
      }
    case .dataset: style = DOTStyle.dataset
    case .service: style = DOTStyle.service
    case .product:
      style = DOTStyle.product
      if let markets = graph.product(at: node)?.markets, !markets.isEmpty {
        label += "\nmarkets: " + markets.joined(separator: ", ")
      }
    case .incident:
      style = DOTStyle.incident
      label = Self.wrapped(graph.name(of: node), width: 24)
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

  func edgeStatement(_ graph: SupplyChainGraph, _ edge: Edge) -> String? {
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
      from = DOTText.quote(DiagramSelection.anchorID(graph, edge.from))
      style = DOTStyle.hosts
    case .distributes:
      from = DOTText.quote(DiagramSelection.anchorID(graph, edge.from))
      style = DOTStyle.distributes
    case .deploys:
      to = DOTText.quote(DiagramSelection.anchorID(graph, edge.to))
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

/// DOT text and what went into it.
public struct Diagram: Sendable, Hashable {
  /// The DOT text.
  public var dot: String
  /// How many nodes it draws (party anchors and collapsed groups included,
  /// the legend not).
  public var nodeCount: Int
  /// What the writer did that a reader should know: collapsed groups, a
  /// focus.
  public var notices: [String]
}
