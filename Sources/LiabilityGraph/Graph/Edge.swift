/// What an edge between two nodes means. Edges always point downstream:
/// from what is used to what uses it, and from a party to what it runs.
public enum EdgeKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// party → model it develops.
  case develops
  /// base model → derived model (see ``Edge/relation``).
  case lineage
  /// dataset → model trained on it.
  case trainedOn = "trained-on"
  /// party → dataset it publishes.
  case publishes
  /// license → model or dataset under it.
  case licenses
  /// model → service that serves it.
  case serves
  /// party → service it provides (API provider).
  case provides
  /// party → service whose hardware it runs.
  case hosts
  /// service or model → product that uses it.
  case uses
  /// party → product it offers.
  case offers
  /// service or product → party that uses it in its own operations.
  case deploys
  /// product → incident that happened through it.
  case incident
  /// party → model whose weights it makes available for download (a model
  /// hub).
  case distributes

  /// Whether the edge joins a party to an asset.
  public var involvesParty: Bool {
    switch self {
    case .develops, .publishes, .provides, .hosts, .offers, .deploys, .distributes:
      return true
    default:
      return false
    }
  }
}

/// A typed edge of the graph.
public struct Edge: Sendable, Hashable {
  /// The upstream node.
  public var from: Int
  /// The downstream node.
  public var to: Int
  /// What the edge means.
  public var kind: EdgeKind
  /// For lineage edges, how the derived model relates to its base.
  public var relation: LineageRelation?
  /// The sources of the fact the edge comes from.
  public var sources: [String]

  /// An edge from `from` to `to` (node indices of one graph).
  public init(
    from: Int, to: Int, kind: EdgeKind, relation: LineageRelation? = nil, sources: [String] = []
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.relation = relation
    self.sources = sources
  }
}
