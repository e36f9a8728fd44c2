import LiabilityGraph

extension TraceBuilder {
  /// Dated events on the path up to and including the incident: releases,
  /// derivations, services and hosting starting and ending, system changes,
  /// disclosures, contracts, and the incident; then the proceedings about
  /// it (filed, decided). Services the product used
  /// before the incident date count too, so a host that left shows.
  func timeline() -> [IncidentTrace.TimelineEvent] {
    let document = graph.document
    var events: [IncidentTrace.TimelineEvent] = []
    func add(_ day: Day?, _ text: String, _ node: String?, _ sources: [String]) {
      guard let day, day <= incident.date else { return }
      events.append(.init(date: day, text: text, node: node, sources: sources))
    }
    let ids = Set(path.map { graph.ids[$0] })
    let partyIDs = Set(parties.map { graph.ids[$0] })
    for model in document.models where ids.contains(model.id) {
      add(
        model.released, "\(model.developer) releases model \(model.id)", model.id,
        model.fact.sources)
      for link in model.derivedFrom {
        add(
          link.date,
          "\(model.developer) derives \(model.id) from \(link.base) "
            + "(\(link.noun))", model.id,
          link.fact.sources.isEmpty ? model.fact.sources : link.fact.sources)
      }
    }
    for dataset in document.datasets where ids.contains(dataset.id) {
      add(
        dataset.released,
        "\(dataset.publisher.map { "\($0) publishes" } ?? "published:") "
          + "dataset \(dataset.id)", dataset.id, dataset.fact.sources)
    }
    // Services on the path, and those the product used at another time.
    let used = Set(document.products.first { $0.id == incident.product }?.uses.map(\.id) ?? [])
    for service in document.services where ids.contains(service.id) || used.contains(service.id) {
      let start = service.fact.validFrom ?? service.released
      add(
        start, "\(service.provider) starts service \(service.id)", service.id,
        service.fact.sources)
      add(
        service.fact.validTo,
        "service \(service.id) ends"
          + (ids.contains(service.id) ? "" : " (off the path on the incident date)"), service.id,
        service.fact.sources)
      for host in service.hosts {
        let sources = host.fact?.sources ?? service.fact.sources
        if let from = host.fact?.validFrom {
          add(from, "\(host.id) starts hosting \(service.id)", service.id, sources)
        } else {
          add(start, "\(host.id) hosts \(service.id)", service.id, sources)
        }
        add(
          host.fact?.validTo, "\(host.id) stops hosting \(service.id)", service.id, sources)
      }
    }
    for product in document.products where product.id == incident.product {
      add(
        product.fact.validFrom ?? product.released,
        "\(product.vendor) releases product \(product.id)", product.id, product.fact.sources)
      for change in product.systemChanges {
        add(
          change.fact.validFrom ?? change.date,
          "\(product.vendor) \(changeVerb(change.change)) \(change.system) in \(product.id)",
          product.id, change.fact.sources)
      }
    }
    for disclosure in document.disclosures
    where partyIDs.contains(disclosure.from) || disclosure.subject.map(ids.contains) == true {
      let audience = disclosure.to.map { "to \($0)" } ?? "to the public"
      let items = disclosure.items.map(\.rawValue).joined(separator: ", ")
      add(
        disclosure.fact.validFrom ?? disclosure.date,
        "\(disclosure.from) discloses \(items)"
          + (disclosure.subject.map { " of \($0)" } ?? "") + " \(audience)"
          + (disclosure.document.map { " (\($0))" } ?? ""), disclosure.subject,
        disclosure.fact.sources)
    }
    for contract in document.contracts
    where contract.parties.contains(where: partyIDs.contains) {
      let between = contract.parties.joined(separator: ", ")
      add(
        contract.fact.validFrom ?? contract.date,
        "contract \(contract.id) between \(between) takes effect", nil, contract.fact.sources)
      add(
        contract.fact.validTo, "contract \(contract.id) ends", nil, contract.fact.sources)
    }
    add(
      incident.date,
      "incident \(incident.id)" + (incident.harm.map { " (\($0))" } ?? "")
        + " with \(incident.product)" + (incident.jurisdiction.map { " in \($0)" } ?? ""),
      incident.id, incident.fact.sources)
    // The proceedings about the incident, which follow it.
    for proceeding in incident.proceedings {
      let sources =
        proceeding.fact.sources.isEmpty ? incident.fact.sources : proceeding.fact.sources
      let against =
        proceeding.respondents.isEmpty
        ? "" : " against " + proceeding.respondents.joined(separator: ", ")
      if let filed = proceeding.filed {
        events.append(
          .init(
            date: filed,
            text: "proceeding filed in \(proceeding.forum)"
              + (proceeding.claimant.map { " by \($0)" } ?? "") + against
              + (proceeding.causesOfAction.isEmpty
                ? "" : " (" + proceeding.causesOfAction.joined(separator: ", ") + ")"),
            node: incident.id, sources: sources))
      }
      if let decided = proceeding.decided {
        events.append(
          .init(
            date: decided,
            text: "decided in \(proceeding.forum)" + against
              + (proceeding.outcome.map { ": \($0)" } ?? "")
              + (proceeding.damagesUSD.map { "; damages of " + Self.dollars($0) } ?? "")
              + (proceeding.citation.map { " (\($0))" } ?? ""),
            node: incident.id, sources: sources))
      }
    }
    // Stable: same-day events keep the order above (causes before effects).
    return events.enumerated().sorted { a, b in
      a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
    }.map(\.element)
  }

  /// An amount in dollars, whole when it is a whole number that fits.
  static func dollars(_ value: Double) -> String {
    Formatting.dollars(value)
  }

  func changeVerb(_ change: SystemChangeKind) -> String {
    switch change {
    case .rebrand: return "puts its name on"
    case .substantialModification: return "substantially modifies"
    case .newPurpose: return "gives a new intended purpose to"
    }
  }
}
