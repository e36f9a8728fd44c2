/// The checks across a document's items: every id defined once, every
/// reference to an item of the kind it needs, no lineage cycle, dates that
/// agree, and system changes that name another party's system.
///
/// They run on a ``Document``, whatever made it: the file loader, the
/// store, an importer or code that builds one. A file's checks and a
/// store's are the same checks, run once.
public enum DocumentChecks {
  /// Every problem the checks find in `document`, errors and warnings, in
  /// the order the checks meet them. License references resolve against
  /// the document's licenses and `builtins` (an exact id).
  public static func diagnostics(
    for document: Document, builtins: BuiltinLicenses? = .shared
  ) -> [Diagnostic] {
    diagnostics(for: document, builtins: builtins, sites: nil)
  }

  /// As ``diagnostics(for:builtins:)``, locating each problem where the
  /// file wrote it (`sites`, recorded while decoding) rather than at its
  /// item.
  package static func diagnostics(
    for document: Document, builtins: BuiltinLicenses?, sites: WrittenSites?
  ) -> [Diagnostic] {
    var checker = Checker(document: document, builtins: builtins, sites: sites ?? WrittenSites())
    checker.checkIDs()
    checker.checkReferences()
    checker.checkLineageCycles()
    checker.checkDates()
    checker.checkSystemChanges()
    return checker.diagnostics
  }
}

/// Where a file wrote its ids and references, recorded by the decoder so
/// that the checks on the decoded document point at the very place.
package struct WrittenSites: Sendable {
  /// Every definition the file wrote, in the order they were read, those
  /// of items it could not decode included (a duplicate is still one).
  var definitions: [(id: String, kind: NodeKind, location: SourceLocation)] = []
  /// Whether the sites come from a decoded file.
  var recorded = false
  /// Every reference the file wrote (its role, the id it names, where), in
  /// the order they were read: appended while decoding, looked up only
  /// when a check has a problem to place.
  var references: [(role: String, id: String, location: SourceLocation)] = []

  static func key(_ role: String, _ id: String) -> String { role + "\u{1}" + id }
}

private struct Checker {
  let document: Document
  let builtins: BuiltinLicenses?
  let sites: WrittenSites
  var diagnostics: [Diagnostic] = []
  /// Each id's kind and first definition.
  var ids: [String: (kind: NodeKind, location: SourceLocation, item: Int32)] = [:]
  /// Each model's bases as indices into `document.models` (-1: not a
  /// model), flat, model after model; `baseStart[i]` is where model i's
  /// begin. Resolved once by the reference checks, walked by the others.
  var bases: [Int32] = []
  var baseStart: [Int32] = []
  /// How many places of each key the diagnostics have used.
  var used: [String: Int] = [:]
  /// The references' places by role and id, made at the first problem.
  var referenceSites: [String: [SourceLocation]]? = nil
  var byKind: [NodeKind: [String]]? = nil
  var suggestionsLeft = 200  // bound the cost on large, very broken documents

  init(document: Document, builtins: BuiltinLicenses?, sites: WrittenSites) {
    self.document = document
    self.builtins = builtins
    self.sites = sites
    ids.reserveCapacity(
      document.parties.count + document.models.count + document.datasets.count
        + document.services.count + document.products.count)
  }

  mutating func error(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
    notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(Diagnostic(.error, code, message, at: location, notes: notes))
  }

  mutating func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
    diagnostics.append(Diagnostic(.warning, code, message, at: location))
  }

  /// Where the file wrote the reference `key` names (the next place not yet
  /// used by a diagnostic), or `fallback`.
  mutating func site(_ key: String, _ fallback: SourceLocation) -> SourceLocation {
    if referenceSites == nil {
      var table: [String: [SourceLocation]] = [:]
      for reference in sites.references {
        table[WrittenSites.key(reference.role, reference.id), default: []].append(
          reference.location)
      }
      referenceSites = table
    }
    guard let places = referenceSites?[key] else { return fallback }
    let n = used[key, default: 0]
    used[key] = n + 1
    return n < places.count ? places[n] : fallback
  }

  // MARK: Ids

  mutating func define(
    _ id: String, _ kind: NodeKind, _ location: SourceLocation, item: Int32 = -1
  ) {
    if let first = ids[id] {
      error(
        .duplicateID,
        "duplicate id '\(id)': already used by \(first.kind.withArticle)",
        at: location, notes: [.init("'\(id)' first defined here", at: first.location)])
    } else {
      ids[id] = (kind, location, item)
    }
  }

  /// The definitions a file wrote (where it wrote them), or the document's
  /// items section by section in the order the decoder reads them, so that
  /// "first defined" is the same whatever made the document.
  mutating func checkIDs() {
    if sites.recorded {
      for (id, kind, location) in sites.definitions { define(id, kind, location) }
      // Where each model's first definition is in the document.
      for (i, model) in document.models.enumerated() {
        if let entry = ids[model.id], entry.kind == .model, entry.item < 0 {
          ids[model.id]?.item = Int32(i)
        }
      }
      return
    }
    let d = document
    for item in d.sources { define(item.id, .source, item.fact.location) }
    for item in d.parties { define(item.id, .party, item.fact.location) }
    for item in d.licenses { define(item.id, .license, item.fact.location) }
    for item in d.datasets { define(item.id, .dataset, item.fact.location) }
    for (i, item) in d.models.enumerated() {
      define(item.id, .model, item.fact.location, item: Int32(i))
    }
    for item in d.services { define(item.id, .service, item.fact.location) }
    for item in d.products { define(item.id, .product, item.fact.location) }
    for item in d.disclosures { define(item.id, .disclosure, item.fact.location) }
    for item in d.contracts { define(item.id, .contract, item.fact.location) }
    for item in d.incidents { define(item.id, .incident, item.fact.location) }
  }

  // MARK: References

  /// Checks one reference; `role` is made only when there is a problem.
  mutating func refer(
    _ id: String, _ expected: [NodeKind], at location: SourceLocation,
    role: @autoclosure () -> String
  ) {
    let found = ids[id]
    if let found, expected.contains(found.kind) { return }
    // A license id the tool knows is that license, whatever else the
    // document calls by it.
    if expected == [.license], let builtins, builtins.isCanonicalID(id) { return }
    if let found {
      let role = role()
      let wanted = expected.map(\.rawValue).joined(separator: " or ")
      error(
        .wrongKind,
        "'\(id)' is \(found.kind.withArticle), but the \(role) must be a \(wanted)",
        at: site(WrittenSites.key(role, id), location),
        notes: [.init("'\(id)' is defined here", at: found.location)])
      return
    }
    let role = role()
    var suggestion: String? = nil
    if suggestionsLeft > 0 {
      suggestionsLeft -= 1
      if byKind == nil {
        var lists: [NodeKind: [String]] = [:]
        for (id, entry) in ids { lists[entry.kind, default: []].append(id) }
        for kind in lists.keys { lists[kind]?.sort() }
        byKind = lists
      }
      var candidates = expected.flatMap { byKind?[$0] ?? [] }
      if expected.contains(.license), let builtins { candidates += builtins.ids }
      suggestion = Suggestion.closest(to: id, in: candidates)
    }
    let kindName = expected.map(\.rawValue).joined(separator: " or ")
    error(
      .unknownReference,
      "unknown \(kindName) '\(id)' (\(role))" + Suggestion.hint(suggestion),
      at: site(WrittenSites.key(role, id), location))
  }

  mutating func sources(_ fact: Fact) {
    for id in fact.sources { refer(id, [.source], at: fact.location, role: "source") }
  }

  mutating func refer(
    _ list: [Reference], _ expected: [NodeKind], role: @autoclosure () -> String
  ) {
    for reference in list {
      refer(reference.id, expected, at: reference.location, role: role())
      if let fact = reference.fact { sources(fact) }
    }
  }

  mutating func checkReferences() {
    let d = document
    for item in d.sources { sources(item.fact) }
    for item in d.parties { sources(item.fact) }
    for item in d.licenses { sources(item.fact) }
    for item in d.datasets {
      let at = item.fact.location
      sources(item.fact)
      if let id = item.publisher {
        refer(id, [.party], at: at, role: "publisher of dataset '\(item.id)'")
      }
      if let id = item.license {
        refer(id, [.license], at: at, role: "license of dataset '\(item.id)'")
      }
    }
    for item in d.models {
      let at = item.fact.location
      sources(item.fact)
      refer(item.developer, [.party], at: at, role: "developer of model '\(item.id)'")
      if let id = item.license {
        refer(id, [.license], at: at, role: "license of model '\(item.id)'")
      }
      refer(item.trainedOn, [.dataset], role: "dataset of model '\(item.id)'")
      refer(item.distributedBy, [.party], role: "platform distributing model '\(item.id)'")
      for component in item.components {
        refer(
          component.license, [.license], at: component.location,
          role: "license of component '\(component.component.rawValue)' of model '\(item.id)'")
      }
      baseStart.append(Int32(bases.count))
      for link in item.derivedFrom {
        sources(link.fact)
        if let entry = ids[link.base], entry.kind == .model {
          bases.append(entry.item)
        } else {
          bases.append(-1)
          refer(
            link.base, [.model], at: link.fact.location, role: "base model of model '\(item.id)'")
        }
      }
    }
    baseStart.append(Int32(bases.count))
    for item in d.services {
      sources(item.fact)
      refer(
        item.provider, [.party], at: item.fact.location, role: "provider of service '\(item.id)'")
      refer(item.models, [.model], role: "model served by service '\(item.id)'")
      refer(item.hosts, [.party], role: "host of service '\(item.id)'")
      refer(item.deployers, [.party], role: "deployer of service '\(item.id)'")
    }
    for item in d.products {
      sources(item.fact)
      refer(item.vendor, [.party], at: item.fact.location, role: "vendor of product '\(item.id)'")
      refer(item.uses, [.service, .model], role: "service or model used by product '\(item.id)'")
      refer(item.deployers, [.party], role: "deployer of product '\(item.id)'")
      for change in item.systemChanges {
        sources(change.fact)
        refer(
          change.system, [.service, .product], at: change.fact.location,
          role: "system changed by product '\(item.id)'")
      }
    }
    for item in d.disclosures {
      let at = item.fact.location
      sources(item.fact)
      refer(item.from, [.party], at: at, role: "discloser in disclosure '\(item.id)'")
      if let id = item.to {
        refer(id, [.party], at: at, role: "recipient in disclosure '\(item.id)'")
      }
      if let id = item.subject {
        refer(
          id, [.model, .dataset, .service, .product], at: at,
          role: "subject of disclosure '\(item.id)'")
      }
    }
    for item in d.contracts {
      let at = item.fact.location
      sources(item.fact)
      for id in item.parties {
        refer(id, [.party], at: at, role: "party to contract '\(item.id)'")
      }
      for indemnity in item.indemnities {
        refer(
          indemnity.by, [.party], at: indemnity.location,
          role: "indemnifier in contract '\(item.id)'")
        if let id = indemnity.to {
          refer(
            id, [.party], at: indemnity.location,
            role: "indemnified party in contract '\(item.id)'")
        }
      }
    }
    for item in d.incidents {
      sources(item.fact)
      refer(
        item.product, [.product], at: item.fact.location, role: "product of incident '\(item.id)'")
      for proceeding in item.proceedings { sources(proceeding.fact) }
      for entry in item.aware {
        refer(
          entry.party, [.party], at: item.fact.location,
          role: "party aware of incident '\(item.id)'")
      }
      for allegation in item.alleged {
        sources(allegation.fact)
        for (ids, role) in [
          (allegation.developers, "alleged developer"), (allegation.deployers, "alleged deployer"),
          (allegation.harmed, "alleged harmed party"),
        ] {
          for id in ids {
            refer(
              id, [.party], at: allegation.fact.location,
              role: "\(role) in incident '\(item.id)'")
          }
        }
      }
    }
  }

  // MARK: Lineage, dates, system changes

  /// `merge` needs two or more bases; every other relation at most one.
  mutating func checkRelations(_ links: [LineageLink], _ what: String) {
    let merges = links.filter { $0.relation == .merge }
    if merges.count == 1, let only = merges.first {
      error(
        .lineageRelation,
        "'merge' needs two or more bases, but \(what) names one "
          + "('\(only.base)'); use another relation for a single base",
        at: only.fact.location)
    }
    var seen: [LineageRelation: LineageLink] = [:]
    for link in links where link.relation != .merge {
      guard let relation = link.relation else { continue }
      if let first = seen[relation] {
        error(
          .lineageRelation,
          "'\(relation.rawValue)' takes one base, but \(what) names "
            + "several ('\(first.base)', '\(link.base)'); use 'merge' for a "
            + "model made from several bases",
          at: link.fact.location,
          notes: [.init("first '\(relation.rawValue)' base", at: first.fact.location)])
      } else {
        seen[relation] = link
      }
    }
  }

  /// Reports every lineage cycle once, printing the cycle, and each
  /// model's relations (`merge` needs two or more bases, every other
  /// relation at most one).
  mutating func checkLineageCycles() {
    let models = document.models
    for model in models where !model.derivedFrom.isEmpty {
      checkRelations(model.derivedFrom, "model '\(model.id)'")
      for link in model.derivedFrom where link.base == model.id {
        error(
          .lineageCycle,
          "lineage cycle: \(model.id) → \(model.id) (a model cannot derive from itself)",
          at: link.fact.location)
      }
    }
    let walk = LineageWalk.closingLinks(
      count: models.count, baseCount: { models[$0].derivedFrom.count },
      base: { node, link in Int(self.bases[Int(self.baseStart[node]) + link]) })
    // A self-link is reported above.
    for closing in walk where closing.path != [closing.node] {
      let cycle = closing.path.map { models[$0].id } + [models[closing.path[0]].id]
      error(
        .lineageCycle,
        "lineage cycle: " + cycle.joined(separator: " → ")
          + " (each model is listed as derived from the next)",
        at: models[closing.node].derivedFrom[closing.link].fact.location)
    }
  }

  /// Dates that contradict each other: warnings, since sources disagree in
  /// practice.
  mutating func checkDates() {
    let models = document.models
    for (i, model) in models.enumerated() where !model.derivedFrom.isEmpty {
      for (n, link) in model.derivedFrom.enumerated() {
        let index = Int(bases[Int(baseStart[i]) + n])
        guard index >= 0, let base = models[index].released else { continue }
        if let date = link.date ?? model.released, date < base {
          warning(
            .dateOrder,
            "'\(model.id)' is dated \(date), before its base '\(link.base)' "
              + "was released (\(base))", at: link.fact.location)
        }
      }
    }
    var productReleased: [String: Day] = [:]
    for product in document.products {
      if let day = product.released { productReleased[product.id] = day }
    }
    for incident in document.incidents {
      if let day = productReleased[incident.product], incident.date < day {
        warning(
          .dateOrder,
          "incident '\(incident.id)' (\(incident.date)) is dated before "
            + "product '\(incident.product)' was released (\(day))",
          at: incident.fact.location)
      }
      // A document built in code has not been through the decoder, which
      // drops such an entry where it is written.
      for entry in incident.aware where entry.date < incident.date {
        error(
          .dateOrder,
          "'\(entry.party)' is aware of incident '\(incident.id)' on \(entry.date), before it "
            + "happened (\(incident.date))", at: incident.fact.location)
      }
      if incident.harm == Harm.death.rawValue,
        incident.circumstances.contains(where: { $0.circumstance == .death && !$0.holds })
      {
        error(
          .invalidValue,
          "'death' is false in the circumstances of incident '\(incident.id)' but its harm is "
            + "death", at: incident.fact.location)
      }
    }
  }

  /// A product's `system_changes` must name another party's system that
  /// the product builds on; anything else is likely a slip (warnings).
  mutating func checkSystemChanges() {
    var owner: [String: String] = [:]
    for service in document.services { owner[service.id] = service.provider }
    for product in document.products { owner[product.id] = product.vendor }
    let services = Set(document.services.map(\.id))
    for product in document.products where !product.systemChanges.isEmpty {
      let used = Set(product.uses.map(\.id))
      for change in product.systemChanges {
        if owner[change.system] == product.vendor {
          warning(
            .systemChange,
            "product '\(product.id)' lists a change to '\(change.system)', which its own "
              + "vendor '\(product.vendor)' provides; a rebrand, substantial modification "
              + "or new purpose concerns another party's system",
            at: change.fact.location)
        } else if services.contains(change.system), !used.contains(change.system) {
          warning(
            .systemChange,
            "product '\(product.id)' changes service '\(change.system)' but does not list "
              + "it in 'uses'", at: change.fact.location)
        }
      }
    }
  }
}
