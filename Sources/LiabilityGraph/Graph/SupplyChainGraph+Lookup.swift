extension SupplyChainGraph {
  /// The party at node `node`, if it is one.
  public func party(at node: Int) -> Party? {
    kinds[node] == .party ? document.parties[Int(items[node])] : nil
  }

  /// The model at node `node`, if it is one.
  public func model(at node: Int) -> Model? {
    kinds[node] == .model ? document.models[Int(items[node])] : nil
  }

  /// The dataset at node `node`, if it is one.
  public func dataset(at node: Int) -> Dataset? {
    kinds[node] == .dataset ? document.datasets[Int(items[node])] : nil
  }

  /// The service at node `node`, if it is one.
  public func service(at node: Int) -> Service? {
    kinds[node] == .service ? document.services[Int(items[node])] : nil
  }

  /// The product at node `node`, if it is one.
  public func product(at node: Int) -> Product? {
    kinds[node] == .product ? document.products[Int(items[node])] : nil
  }

  /// The incident at node `node`, if it is one.
  public func incident(at node: Int) -> Incident? {
    kinds[node] == .incident ? document.incidents[Int(items[node])] : nil
  }

  /// The license at node `node`, if it is one.
  public func license(at node: Int) -> License? {
    kinds[node] == .license ? licenses[ids[node]] : nil
  }

  /// The source at node `node`, if it is one.
  public func source(at node: Int) -> Source? {
    kinds[node] == .source ? document.sources[Int(items[node])] : nil
  }

  /// A display name for a node: the entity's name, else its id.
  public func name(of node: Int) -> String {
    switch kinds[node] {
    case .party:
      guard let party = party(at: node) else { return ids[node] }
      return party.identified ? party.name : "an unidentified party (\(ids[node]))"
    case .model:
      guard let model = model(at: node) else { return ids[node] }
      return model.identified ? model.name : "an unidentified model (\(ids[node]))"
    case .dataset: return dataset(at: node)?.name ?? ids[node]
    case .service: return service(at: node)?.name ?? ids[node]
    case .product: return product(at: node)?.name ?? ids[node]
    case .incident: return incident(at: node)?.name ?? ids[node]
    case .license: return license(at: node)?.name ?? ids[node]
    case .source: return source(at: node)?.title ?? ids[node]
    case .disclosure, .contract: return ids[node]
    }
  }

  /// The sources of the fact a node stands for.
  public func sources(of node: Int) -> [String] {
    switch kinds[node] {
    case .party: return party(at: node)?.fact.sources ?? []
    case .model: return model(at: node)?.fact.sources ?? []
    case .dataset: return dataset(at: node)?.fact.sources ?? []
    case .service: return service(at: node)?.fact.sources ?? []
    case .product: return product(at: node)?.fact.sources ?? []
    case .incident: return incident(at: node)?.fact.sources ?? []
    case .license: return license(at: node)?.fact.sources ?? []
    case .source, .disclosure, .contract: return []
    }
  }

  /// Whether the view has the lineage link from `base` to `derived`.
  public func hasLineage(from base: String, to derived: String) -> Bool {
    guard let b = node(base), let d = node(derived) else { return false }
    return incoming(d).contains { $0.kind == .lineage && $0.from == b }
  }

  /// The parties joined to `node` by a party edge (developer, publisher,
  /// provider, host, vendor, deployer), in edge order.
  public func parties(of node: Int) -> [Int] {
    var out: [Int] = []
    for edge in incoming(node) where edge.kind.involvesParty {
      if !out.contains(edge.from) { out.append(edge.from) }
    }
    for edge in outgoing(node) where edge.kind == .deploys {
      if !out.contains(edge.to) { out.append(edge.to) }
    }
    return out
  }
}
