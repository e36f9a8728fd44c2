/// Builds the nodes and edges of a ``SupplyChainGraph`` in one pass over a
/// document.
struct GraphBuilder {
  let document: Document
  let asOf: Day?
  var ids: [String] = []
  var kinds: [NodeKind] = []
  var items: [Int32] = []
  var index: [String: Int32] = [:]
  var edges: [Edge] = []
  var licenses: [String: License] = [:]

  init(document: Document, asOf: Day?) {
    self.document = document
    self.asOf = asOf
  }

  func holds(_ fact: Fact, ownDate: Day? = nil) -> Bool {
    guard let asOf else { return true }
    return fact.holds(on: asOf, ownDate: ownDate)
  }

  func holds(_ reference: Reference) -> Bool {
    guard let asOf else { return true }
    return reference.holds(on: asOf)
  }

  mutating func add(_ id: String, _ kind: NodeKind, item: Int) {
    guard index[id] == nil else { return }
    index[id] = Int32(ids.count)
    ids.append(id)
    kinds.append(kind)
    items.append(Int32(item))
  }

  mutating func link(
    _ from: String?, _ to: String, _ kind: EdgeKind, sources: [String],
    relation: LineageRelation? = nil
  ) {
    guard let b = index[to] else { return }
    link(from, b, kind, sources: sources, relation: relation)
  }

  /// As above, to a node already looked up (an item links several times
  /// to itself: its id is looked up once).
  mutating func link(
    _ from: String?, _ b: Int32, _ kind: EdgeKind, sources: [String],
    relation: LineageRelation? = nil
  ) {
    guard let from, let a = index[from] else { return }
    edges.append(
      Edge(
        from: Int(a), to: Int(b), kind: kind, relation: relation,
        sources: sources))
  }

  mutating func build(builtins: BuiltinLicenses) {
    for license in builtins.licenses { licenses[license.id] = license }
    for license in document.licenses where holds(license.fact) {
      licenses[license.id] = license
    }
    let doc = document
    // Sized once: a whole store has a million nodes and millions of edges.
    let nodes =
      doc.parties.count + doc.datasets.count + doc.models.count + doc.services.count
      + doc.products.count + doc.incidents.count + doc.sources.count + doc.licenses.count
    index.reserveCapacity(nodes)
    ids.reserveCapacity(nodes)
    kinds.reserveCapacity(nodes)
    items.reserveCapacity(nodes)
    edges.reserveCapacity(doc.datasets.count * 2 + doc.models.count * 3 + doc.services.count * 2)
    for (i, party) in doc.parties.enumerated() where holds(party.fact) {
      add(party.id, .party, item: i)
    }
    for (i, dataset) in doc.datasets.enumerated()
    where holds(dataset.fact, ownDate: dataset.released) {
      add(dataset.id, .dataset, item: i)
    }
    for (i, model) in doc.models.enumerated()
    where holds(model.fact, ownDate: model.released) {
      add(model.id, .model, item: i)
    }
    for (i, service) in doc.services.enumerated()
    where holds(service.fact, ownDate: service.released) {
      add(service.id, .service, item: i)
    }
    for (i, product) in doc.products.enumerated()
    where holds(product.fact, ownDate: product.released) {
      add(product.id, .product, item: i)
    }
    for (i, incident) in doc.incidents.enumerated()
    where holds(incident.fact, ownDate: incident.date) {
      add(incident.id, .incident, item: i)
    }
    // Licenses: those the file defines, and built-ins something names.
    let fileLicenseIndex = Dictionary(
      doc.licenses.enumerated().map { ($1.id, $0) },
      uniquingKeysWith: { first, _ in first })
    func addLicense(_ id: String?) {
      guard let id, licenses[id] != nil else { return }
      add(id, .license, item: fileLicenseIndex[id] ?? -1)
    }
    for license in doc.licenses where licenses[license.id] == license {
      addLicense(license.id)
    }
    for dataset in doc.datasets where index[dataset.id] != nil {
      addLicense(dataset.license)
    }
    for model in doc.models where index[model.id] != nil {
      addLicense(model.license)
      for component in model.components { addLicense(component.license) }
    }
    for (i, source) in doc.sources.enumerated() where holds(source.fact) {
      add(source.id, .source, item: i)
    }

    for dataset in doc.datasets {
      guard let at = index[dataset.id] else { continue }
      link(dataset.publisher, at, .publishes, sources: dataset.fact.sources)
      link(dataset.license, at, .licenses, sources: dataset.fact.sources)
    }
    for model in doc.models {
      guard let at = index[model.id] else { continue }
      let sources = model.fact.sources
      link(model.developer, at, .develops, sources: sources)
      // A model that exists keeps its lineage: the link's own date does not
      // hide it (only an explicit valid_from / valid_to does).
      for base in model.derivedFrom where holds(base.fact) {
        link(
          base.base, at, .lineage,
          sources: base.fact.sources.isEmpty ? sources : base.fact.sources,
          relation: base.relation)
      }
      for dataset in model.trainedOn where holds(dataset) {
        link(dataset.id, at, .trainedOn, sources: dataset.fact?.sources ?? sources)
      }
      link(model.license, at, .licenses, sources: sources)
      for platform in model.distributedBy where holds(platform) {
        link(platform.id, at, .distributes, sources: platform.fact?.sources ?? sources)
      }
    }
    for service in doc.services {
      guard let at = index[service.id] else { continue }
      let sources = service.fact.sources
      link(service.provider, at, .provides, sources: sources)
      for model in service.models where holds(model) {
        link(model.id, at, .serves, sources: model.fact?.sources ?? sources)
      }
      for host in service.hosts where holds(host) {
        link(host.id, at, .hosts, sources: host.fact?.sources ?? sources)
      }
      for deployer in service.deployers where holds(deployer) {
        link(
          service.id, deployer.id, .deploys,
          sources: deployer.fact?.sources ?? sources)
      }
    }
    for product in doc.products {
      guard let at = index[product.id] else { continue }
      let sources = product.fact.sources
      link(product.vendor, at, .offers, sources: sources)
      for used in product.uses where holds(used) {
        link(used.id, at, .uses, sources: used.fact?.sources ?? sources)
      }
      for deployer in product.deployers where holds(deployer) {
        link(
          product.id, deployer.id, .deploys,
          sources: deployer.fact?.sources ?? sources)
      }
    }
    for incident in doc.incidents where index[incident.id] != nil {
      link(
        incident.product, incident.id, .incident, sources: incident.fact.sources)
    }
  }
}
