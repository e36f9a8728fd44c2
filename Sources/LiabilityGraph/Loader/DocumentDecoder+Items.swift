extension DocumentDecoder {
  /// Common shape of every item: a mapping with an id and fact keys.
  func item<T>(
    _ node: SyntaxNode, _ kind: NodeKind, keys: [String],
    _ body: (inout Fields, String, String, Fact) -> T?
  ) -> T? {
    guard var fields = mapping(node, "each entry of the \(kind) list") else {
      return nil
    }
    let id = defineID(&fields, kind)
    let fact = self.fact(&fields)
    let what = id.map { "\(kind) '\($0)'" } ?? kind.withArticle
    let value = id.flatMap { body(&fields, $0, what, fact) }
    if id == nil {
      // Still read the known keys so their own errors are reported.
      _ = body(&fields, "", what, fact)
    }
    reportUnknown(fields, allowed: ["id"] + keys + Self.factKeys, in: what)
    return value
  }

  func optionalText(_ fields: inout Fields, _ key: String) -> String? {
    fields.take(key).flatMap { text($0, key) }
  }

  func decodeSource(_ node: SyntaxNode) -> Source? {
    item(
      node, .source,
      keys: ["title", "url", "retrieved", "publisher", "description"]
    ) { fields, id, what, fact in
      let title = require(&fields, "title", what).flatMap { text($0, "title") }
      let url = optionalText(&fields, "url")
      let retrieved = fields.take("retrieved").flatMap { date($0, "retrieved") }
      let publisher = optionalText(&fields, "publisher")
      let description = optionalText(&fields, "description")
      guard let title else { return nil }
      return Source(
        id: id, title: title, url: url, retrieved: retrieved,
        publisher: publisher, description: description, fact: fact)
    }
  }

  func decodeParty(_ node: SyntaxNode) -> Party? {
    item(
      node, .party,
      keys: [
        "name", "kind", "jurisdictions", "revenue_usd", "employees", "roles",
        "description", "url", "identified",
      ]
    ) { fields, id, what, fact in
      let identified = fields.take("identified").flatMap { bool($0, "identified") } ?? true
      // An unidentified party needs no name: what is known of it is enough.
      let name =
        identified
        ? require(&fields, "name", what).flatMap { text($0, "name") }
        : fields.take("name").flatMap { text($0, "name") } ?? "unidentified party"
      let kind = fields.take("kind").flatMap { enumValue($0, "kind", PartyKind.self) }
      let jurisdictions =
        fields.take("jurisdictions").map {
          self.jurisdictions($0, "jurisdictions")
        } ?? []
      let revenue = fields.take("revenue_usd").flatMap {
        number($0, "revenue_usd")
      }
      let employees = fields.take("employees").flatMap {
        integer($0, "employees")
      }
      let roles =
        fields.take("roles").map { enumList($0, "roles", Role.self) } ?? []
      let description = optionalText(&fields, "description")
      let url = optionalText(&fields, "url")
      guard let name else { return nil }
      return Party(
        id: id, name: name, kind: kind, jurisdictions: jurisdictions,
        revenueUSD: revenue, employees: employees, assertedRoles: roles,
        description: description, url: url, identified: identified, fact: fact)
    }
  }

  func decodeLicense(_ node: SyntaxNode) -> License? {
    item(
      node, .license,
      keys: [
        "name", "osi_approved", "revocable", "use_restrictions", "url",
        "description",
      ]
    ) { fields, id, what, fact in
      let name = require(&fields, "name", what).flatMap { text($0, "name") }
      let osi = fields.take("osi_approved").flatMap {
        bool($0, "osi_approved")
      }
      let revocable = fields.take("revocable").flatMap {
        bool($0, "revocable")
      }
      let restrictions = fields.take("use_restrictions").flatMap {
        bool($0, "use_restrictions")
      }
      let url = optionalText(&fields, "url")
      let description = optionalText(&fields, "description")
      guard let name else { return nil }
      return License(
        id: id, name: name, osiApproved: osi, revocable: revocable,
        useRestrictions: restrictions, url: url, description: description,
        isBuiltin: builtins == nil, fact: fact)
    }
  }

  func decodeDataset(_ node: SyntaxNode) -> Dataset? {
    item(
      node, .dataset,
      keys: ["name", "publisher", "license", "released", "built", "description", "url"]
    ) { fields, id, what, fact in
      let name = require(&fields, "name", what).flatMap { text($0, "name") }
      let publisher = fields.take("publisher").flatMap {
        reference($0, "publisher", [.party], role: "publisher of \(what)")
      }
      let license = fields.take("license").flatMap {
        licenseReference($0, "license", role: "license of \(what)")
      }
      let released = fields.take("released").flatMap { date($0, "released") }
      let built = fields.take("built").flatMap { date($0, "built") }
      let description = optionalText(&fields, "description")
      let url = optionalText(&fields, "url")
      guard let name else { return nil }
      return Dataset(
        id: id, name: name, publisher: publisher, license: license,
        released: released, built: built, description: description, url: url, fact: fact)
    }
  }

  func decodeModel(_ node: SyntaxNode) -> Model? {
    item(
      node, .model,
      keys: [
        "name", "developer", "released", "parameters",
        "training_compute_flop", "training_cost_usd", "general_purpose",
        "generates", "weights", "license", "monetized", "trained_on", "components",
        "derived_from", "description", "url", "identified", "marking", "distributed_by",
        "revision", "hashes",
      ]
    ) { fields, id, what, fact in
      let identified = fields.take("identified").flatMap { bool($0, "identified") } ?? true
      let name =
        identified
        ? require(&fields, "name", what).flatMap { text($0, "name") }
        : fields.take("name").flatMap { text($0, "name") } ?? "unidentified model"
      let developer = require(&fields, "developer", what).flatMap {
        reference($0, "developer", [.party], role: "developer of \(what)")
      }
      let released = fields.take("released").flatMap { date($0, "released") }
      let parameters = fields.take("parameters").flatMap {
        number($0, "parameters")
      }
      let compute = fields.take("training_compute_flop").flatMap {
        number($0, "training_compute_flop")
      }
      let cost = fields.take("training_cost_usd").flatMap {
        number($0, "training_cost_usd")
      }
      let generalPurpose = fields.take("general_purpose").flatMap {
        bool($0, "general_purpose")
      }
      let generates = fields.take("generates").flatMap {
        isUnknown($0) ? nil : enumList($0, "generates", ContentKind.self)
      }
      let weights = fields.take("weights").flatMap {
        enumValue($0, "weights", WeightsAccess.self)
      }
      let license = fields.take("license").flatMap {
        licenseReference($0, "license", role: "license of \(what)")
      }
      let monetized = fields.take("monetized").flatMap {
        bool($0, "monetized")
      }
      let trainedOn =
        fields.take("trained_on").map {
          references($0, "trained_on", [.dataset], role: "dataset of \(what)")
        } ?? []
      let components =
        fields.take("components").map { self.components($0, what) } ?? []
      let lineageNode = fields.take("derived_from")
      let links = lineageNode.map { lineageLinks($0, id, what) } ?? []
      let description = optionalText(&fields, "description")
      let url = optionalText(&fields, "url")
      let marking = fields.take("marking").map { self.marking($0) } ?? []
      let distributedBy =
        fields.take("distributed_by").map {
          references($0, "distributed_by", [.party], role: "platform distributing \(what)")
        } ?? []
      let revision = optionalText(&fields, "revision")
      let hashes = fields.take("hashes").map { fileHashes($0, what) } ?? []
      guard let name, let developer else { return nil }
      var model = Model(
        id: id, name: name, developer: developer, released: released,
        parameters: parameters, trainingComputeFLOP: compute,
        trainingCostUSD: cost, generalPurpose: generalPurpose, generates: generates,
        weights: weights, license: license, monetized: monetized,
        trainedOn: trainedOn, components: components, derivedFrom: links,
        description: description, url: url, fact: fact)
      // `derived_from: []` states that there is no base; without the key the
      // lineage is not stated.
      model.lineageStated = lineageNode.map { !isUnknown($0) } ?? false
      model.identified = identified
      model.marking = marking
      model.distributedBy = distributedBy
      model.revision = revision
      model.hashes = hashes
      return model
    }
  }

  /// `hashes`: a list of `{file, sha256, known}`; a digest that is not 64
  /// hexadecimal digits is an error.
  func fileHashes(_ node: SyntaxNode, _ what: String) -> [FileHash] {
    var hashes: [FileHash] = []
    for item in list(node, "hashes") {
      guard var fields = mapping(item, "each 'hashes' entry") else { continue }
      let entryWhat = "a 'hashes' entry of \(what)"
      let file = optionalText(&fields, "file")
      let known = fields.take("known").flatMap { enumValue($0, "known", FactKnowledge.self) }
      let digest = require(&fields, "sha256", entryWhat).flatMap { text($0, "sha256") }
      reportUnknown(fields, allowed: ["file", "sha256", "known"], in: entryWhat)
      guard let digest else { continue }
      guard FileHash.isSHA256(digest) else {
        error(
          .invalidValue,
          "'sha256' of \(entryWhat) is '\(digest)', not a SHA-256 digest (64 hexadecimal digits)",
          at: location(item))
        continue
      }
      hashes.append(FileHash(file: file, sha256: digest.lowercased(), known: known))
    }
    return hashes
  }

  func components(_ node: SyntaxNode, _ what: String) -> [Model.Component] {
    guard case .mapping(let entries) = node.content else {
      if !isNull(node) {
        error(
          .wrongType,
          "'components' must be a mapping of component name to license, "
            + "found \(node.kindDescription)", at: location(node))
      }
      return []
    }
    var out: [Model.Component] = []
    for entry in entries {
      guard let component = MOFComponent(rawValue: entry.key) else {
        let allowed = MOFComponent.allCases.map(\.rawValue)
        error(
          .invalidValue,
          "'\(entry.key)' is not a Model Openness Framework component"
            + Suggestion.hint(Suggestion.closest(to: entry.key, in: allowed))
            + "; allowed: " + allowed.joined(separator: ", "),
          at: location(key: entry))
        continue
      }
      guard
        let license = licenseReference(
          entry.value, entry.key,
          role: "license of component '\(entry.key)' of \(what)")
      else { continue }
      out.append(
        Model.Component(
          component: component, license: license,
          location: location(entry.value)))
    }
    return out
  }

  func lineageLinks(_ node: SyntaxNode, _ modelID: String, _ what: String)
    -> [LineageLink]
  {
    var links: [LineageLink] = []
    if isUnknown(node) { return [] }
    for item in list(node, "derived_from") {
      guard var fields = mapping(item, "each 'derived_from' entry") else {
        continue
      }
      let linkWhat = "a 'derived_from' entry of \(what)"
      let fact = self.fact(&fields)
      let base = require(&fields, "model", linkWhat).flatMap {
        reference($0, "model", [.model], role: "base model of \(what)")
      }
      let relationNode = fields.take("relation")
      let relation = relationNode.flatMap { enumValue($0, "relation", LineageRelation.self) }
      // No `relation`, or `relation: unknown`: a link whose kind is not
      // stated.
      let relationUnknown = relationNode.map(isUnknown) ?? true
      let compute = fields.take("compute_flop").flatMap {
        number($0, "compute_flop")
      }
      let cost = fields.take("cost_usd").flatMap { number($0, "cost_usd") }
      let date = fields.take("date").flatMap { self.date($0, "date") }
      reportUnknown(
        fields,
        allowed: ["model", "relation", "compute_flop", "cost_usd", "date"]
          + Self.factKeys, in: linkWhat)
      guard let base, relation != nil || relationUnknown else { continue }
      if base == modelID, !modelID.isEmpty {
        error(
          .lineageCycle,
          "lineage cycle: \(modelID) → \(modelID) (a model cannot derive from "
            + "itself)", at: location(item))
        continue
      }
      links.append(
        LineageLink(
          base: base, relation: relation, computeFLOP: compute, costUSD: cost,
          date: date, fact: fact))
    }
    return links
  }

  func decodeService(_ node: SyntaxNode) -> Service? {
    item(
      node, .service,
      keys: [
        "name", "provider", "model", "models", "host", "hosts", "regions",
        "deployers", "released", "description", "url", "intended_purpose",
        "high_risk", "generates", "high_risk_use_excluded", "functions",
        "safety_component", "interacts_with_people", "monthly_users", "marking",
      ]
    ) { fields, id, what, fact in
      let name = require(&fields, "name", what).flatMap { text($0, "name") }
      let provider = require(&fields, "provider", what).flatMap {
        reference($0, "provider", [.party], role: "provider of \(what)")
      }
      var models: [Reference] = []
      if let node = fields.take("model"),
        let modelID = reference(
          node, "model", [.model], role: "model served by \(what)")
      {
        models.append(Reference(id: modelID, location: location(node)))
      }
      if let node = fields.take("models") {
        models += references(
          node, "models", [.model], role: "model served by \(what)")
      }
      var hosts: [Reference] = []
      if let node = fields.take("host"),
        let hostID = reference(
          node, "host", [.party], role: "host of \(what)")
      {
        hosts.append(Reference(id: hostID, location: location(node)))
      }
      if let node = fields.take("hosts") {
        hosts += references(node, "hosts", [.party], role: "host of \(what)")
      }
      let regions =
        fields.take("regions").map { jurisdictions($0, "regions") } ?? []
      let deployers =
        fields.take("deployers").map {
          references($0, "deployers", [.party], role: "deployer of \(what)")
        } ?? []
      let released = fields.take("released").flatMap { date($0, "released") }
      let description = optionalText(&fields, "description")
      let url = optionalText(&fields, "url")
      let system = systemFacts(&fields)
      guard let name, let provider else { return nil }
      var service = Service(
        id: id, name: name, provider: provider, models: models, hosts: hosts,
        regions: regions, deployers: deployers, released: released,
        description: description, url: url, fact: fact)
      service.intendedPurpose = system.intendedPurpose
      service.highRisk = system.highRisk
      service.generates = system.generates ?? []
      service.generatesStated = system.generates != nil
      service.highRiskUseExcluded = system.highRiskUseExcluded
      service.functions = system.functions ?? []
      service.functionsStated = system.functions != nil
      service.safetyComponent = system.safetyComponent
      service.interactsWithPeople = system.interactsWithPeople
      service.monthlyUsers = system.monthlyUsers
      service.marking = system.marking
      return service
    }
  }

  func decodeProduct(_ node: SyntaxNode) -> Product? {
    item(
      node, .product,
      keys: [
        "name", "vendor", "uses", "markets", "users", "risk_areas",
        "deployers", "released", "description", "url", "intended_purpose",
        "high_risk", "generates", "high_risk_use_excluded", "functions",
        "editorial_review", "system_changes", "safety_component", "interacts_with_people",
        "monthly_users", "marking", "digital_elements",
      ]
    ) { fields, id, what, fact in
      let name = require(&fields, "name", what).flatMap { text($0, "name") }
      let vendor = require(&fields, "vendor", what).flatMap {
        reference($0, "vendor", [.party], role: "vendor of \(what)")
      }
      let uses =
        fields.take("uses").map {
          references(
            $0, "uses", [.service, .model], role: "service or model used by \(what)",
            allowsRuns: true)
        } ?? []
      let markets =
        fields.take("markets").map { jurisdictions($0, "markets") } ?? []
      let users = fields.take("users").flatMap {
        enumValue($0, "users", UserBase.self)
      }
      let riskNode = fields.take("risk_areas")
      let riskAreas =
        riskNode.map { isUnknown($0) ? [] : enumList($0, "risk_areas", RiskArea.self) } ?? []
      let deployers =
        fields.take("deployers").map {
          references($0, "deployers", [.party], role: "deployer of \(what)")
        } ?? []
      let released = fields.take("released").flatMap { date($0, "released") }
      let description = optionalText(&fields, "description")
      let url = optionalText(&fields, "url")
      let system = systemFacts(&fields)
      let editorialReview = fields.take("editorial_review").flatMap {
        bool($0, "editorial_review")
      }
      let digitalElements = fields.take("digital_elements").flatMap {
        bool($0, "digital_elements")
      }
      let changesNode = fields.take("system_changes")
      let changes =
        changesNode.map { isUnknown($0) ? [] : systemChanges($0, id, what) } ?? []
      guard let name, let vendor else { return nil }
      var product = Product(
        id: id, name: name, vendor: vendor, uses: uses, markets: markets,
        users: users, riskAreas: riskAreas, deployers: deployers,
        released: released, description: description, url: url, fact: fact)
      product.intendedPurpose = system.intendedPurpose
      product.highRisk = system.highRisk
      product.generates = system.generates ?? []
      product.generatesStated = system.generates != nil
      product.highRiskUseExcluded = system.highRiskUseExcluded
      product.functions = system.functions ?? []
      product.functionsStated = system.functions != nil
      product.safetyComponent = system.safetyComponent
      product.interactsWithPeople = system.interactsWithPeople
      product.monthlyUsers = system.monthlyUsers
      product.marking = system.marking
      product.digitalElements = digitalElements
      product.editorialReview = editorialReview
      product.riskAreasStated = riskNode.map { !isUnknown($0) } ?? false
      product.systemChanges = changes
      product.systemChangesStated = changesNode.map { !isUnknown($0) } ?? false
      return product
    }
  }

  /// The AI-system facts services and products share.
  func systemFacts(_ fields: inout Fields) -> (
    intendedPurpose: String?, highRisk: Bool?, generates: [ContentKind]?,
    highRiskUseExcluded: Bool?, functions: [SystemFunction]?, safetyComponent: Bool?,
    interactsWithPeople: Bool?, monthlyUsers: Double?, marking: [StatedMarking]
  ) {
    let purpose = optionalText(&fields, "intended_purpose")
    let highRisk = fields.take("high_risk").flatMap { bool($0, "high_risk") }
    // A list left out, or `unknown`, is not stated (nil); `[]` states none.
    let generates = fields.take("generates").flatMap {
      isUnknown($0) ? nil : enumList($0, "generates", ContentKind.self)
    }
    let excluded = fields.take("high_risk_use_excluded").flatMap {
      bool($0, "high_risk_use_excluded")
    }
    let functions = fields.take("functions").flatMap {
      isUnknown($0) ? nil : enumList($0, "functions", SystemFunction.self)
    }
    let safety = fields.take("safety_component").flatMap { bool($0, "safety_component") }
    let interacts = fields.take("interacts_with_people").flatMap {
      bool($0, "interacts_with_people")
    }
    // `unknown` says so in the file; either way the number is not stated.
    let users = fields.take("monthly_users").flatMap {
      isUnknown($0) ? nil : number($0, "monthly_users")
    }
    let marking = fields.take("marking").map { self.marking($0) } ?? []
    return (purpose, highRisk, generates, excluded, functions, safety, interacts, users, marking)
  }

  /// A `marking` mapping: each ``MarkingFact`` to true or false (`unknown`
  /// leaves it unstated).
  func marking(_ node: SyntaxNode) -> [StatedMarking] {
    statedFlags(node, "marking", noun: "a fact", MarkingFact.self).map {
      StatedMarking($0.0, $0.1)
    }
  }

  /// A product's `system_changes` entries.
  func systemChanges(_ node: SyntaxNode, _ productID: String, _ what: String)
    -> [SystemChange]
  {
    var changes: [SystemChange] = []
    for item in list(node, "system_changes") {
      guard var fields = mapping(item, "each 'system_changes' entry") else { continue }
      let changeWhat = "a 'system_changes' entry of \(what)"
      let fact = self.fact(&fields)
      let system = require(&fields, "system", changeWhat).flatMap {
        reference($0, "system", [.service, .product], role: "system changed by \(what)")
      }
      let change = require(&fields, "change", changeWhat).flatMap {
        enumValue($0, "change", SystemChangeKind.self)
      }
      let date = fields.take("date").flatMap { self.date($0, "date") }
      reportUnknown(
        fields, allowed: ["system", "change", "date"] + Self.factKeys, in: changeWhat)
      guard let system, let change else { continue }
      if system == productID, !productID.isEmpty {
        error(
          .systemChange,
          "\(what) cannot change itself; 'system' names the other party's service or "
            + "product it rebrands, modifies or repurposes", at: location(item))
        continue
      }
      changes.append(SystemChange(system: system, change: change, date: date, fact: fact))
    }
    return changes
  }

  func decodeDisclosure(_ node: SyntaxNode) -> Disclosure? {
    item(
      node, .disclosure,
      keys: ["from", "to", "items", "subject", "document", "date", "url"]
    ) { fields, id, what, fact in
      let from = require(&fields, "from", what).flatMap {
        reference($0, "from", [.party], role: "discloser in \(what)")
      }
      var to: String?? = nil
      if let node = require(&fields, "to", what) {
        if case .scalar("public", _) = node.content {
          to = .some(nil)
        } else if let party = reference(
          node, "to", [.party], role: "recipient in \(what)")
        {
          to = .some(party)
        }
      }
      let items = require(&fields, "items", what).map {
        enumList($0, "items", InformationItem.self)
      }
      let subject = fields.take("subject").flatMap {
        reference(
          $0, "subject", [.model, .dataset, .service, .product],
          role: "subject of \(what)")
      }
      let document = optionalText(&fields, "document")
      let date = fields.take("date").flatMap { self.date($0, "date") }
      let url = optionalText(&fields, "url")
      guard let from, let to, let items else { return nil }
      return Disclosure(
        id: id, from: from, to: to, items: items, subject: subject,
        document: document, date: date, url: url, fact: fact)
    }
  }

  func decodeContract(_ node: SyntaxNode) -> Contract? {
    item(
      node, .contract,
      keys: [
        "name", "document", "parties", "date", "indemnifies",
        "liability_cap_usd", "excludes",
      ]
    ) { fields, id, what, fact in
      let name = optionalText(&fields, "name")
      let document = optionalText(&fields, "document")
      let partiesNode = require(&fields, "parties", what)
      let parties =
        partiesNode.map { node in
          strings(node, "parties") { item, key in
            self.reference(item, key, [.party], role: "party to \(what)")
          }
        } ?? []
      if let partiesNode, parties.count < 2, !isNull(partiesNode) {
        error(
          .contractParties,
          "\(what) needs two or more parties, found \(parties.count)",
          at: location(partiesNode))
      }
      let date = fields.take("date").flatMap { self.date($0, "date") }
      var indemnities: [Contract.Indemnity] = []
      if let node = fields.take("indemnifies") {
        let entries: [SyntaxNode]
        if case .mapping = node.content {
          entries = [node]
        } else {
          entries = list(node, "indemnifies")
        }
        for entry in entries {
          if let indemnity = self.indemnity(entry, parties, what) {
            indemnities.append(indemnity)
          }
        }
      }
      let cap = fields.take("liability_cap_usd").flatMap {
        number($0, "liability_cap_usd")
      }
      let excludes =
        fields.take("excludes").map { strings($0, "excludes", harm) } ?? []
      guard partiesNode != nil else { return nil }
      return Contract(
        id: id, name: name, document: document, parties: parties, date: date,
        indemnities: indemnities, liabilityCapUSD: cap, excludes: excludes,
        fact: fact)
    }
  }

  func indemnity(_ node: SyntaxNode, _ parties: [String], _ what: String)
    -> Contract.Indemnity?
  {
    guard var fields = mapping(node, "an indemnity") else { return nil }
    let entryWhat = "an indemnity in \(what)"
    let by = require(&fields, "by", entryWhat).flatMap {
      reference($0, "by", [.party], role: "indemnifier in \(what)")
    }
    let to = fields.take("to").flatMap {
      reference($0, "to", [.party], role: "indemnified party in \(what)")
    }
    let harms =
      require(&fields, "for", entryWhat).map { strings($0, "for", harm) } ?? []
    reportUnknown(fields, allowed: ["by", "to", "for"], in: entryWhat)
    for party in [by, to].compactMap({ $0 }) where !parties.contains(party) {
      warning(
        .contractParties,
        "'\(party)' indemnifies or is indemnified in \(what) but is not one "
          + "of its parties", at: location(node))
    }
    guard let by else { return nil }
    return Contract.Indemnity(
      by: by, to: to, harms: harms, location: location(node))
  }

  func decodeIncident(_ node: SyntaxNode) -> Incident? {
    item(
      node, .incident,
      keys: [
        "name", "date", "product", "harm", "jurisdiction", "description", "proceedings",
        "circumstances", "aware", "alleged",
      ]
    ) { fields, id, what, fact in
      let name = optionalText(&fields, "name")
      let date = require(&fields, "date", what).flatMap {
        self.date($0, "date")
      }
      let product = require(&fields, "product", what).flatMap {
        reference($0, "product", [.product], role: "product of \(what)")
      }
      let harm = fields.take("harm").flatMap { self.harm($0, "harm") }
      let jurisdiction = fields.take("jurisdiction").flatMap {
        self.jurisdiction($0, "jurisdiction")
      }
      let description = optionalText(&fields, "description")
      let proceedings =
        fields.take("proceedings").map {
          list($0, "proceedings").compactMap { proceeding($0, what) }
        }
        ?? []
      let circumstances = fields.take("circumstances").map { self.circumstances($0, harm) } ?? []
      let aware = fields.take("aware").map { self.awareness($0, what, incident: date) } ?? []
      let alleged =
        fields.take("alleged").map { list($0, "alleged").compactMap { allegation($0, what) } }
        ?? []
      guard let date, let product else { return nil }
      var incident = Incident(
        id: id, name: name, date: date, product: product, harm: harm,
        jurisdiction: jurisdiction, description: description, fact: fact)
      incident.proceedings = proceedings
      incident.circumstances = circumstances
      incident.aware = aware
      incident.alleged = alleged
      return incident
    }
  }

  /// An `alleged` entry: `{by, developers, deployers, harmed, systems}`,
  /// the first four party ids.
  func allegation(_ node: SyntaxNode, _ what: String) -> Incident.Allegation? {
    guard var fields = mapping(node, "each 'alleged' entry") else { return nil }
    let entryWhat = "an 'alleged' entry of \(what)"
    let fact = self.fact(&fields)
    let by = require(&fields, "by", entryWhat).flatMap { text($0, "by") }
    func parties(_ key: String, _ role: String) -> [String] {
      fields.take(key).map {
        references($0, key, [.party], role: "\(role) alleged in \(what)").map(\.id)
      } ?? []
    }
    let developers = parties("developers", "developer")
    let deployers = parties("deployers", "deployer")
    let harmed = parties("harmed", "harmed party")
    let systems =
      fields.take("systems").map { list($0, "systems").compactMap { text($0, "systems") } } ?? []
    reportUnknown(
      fields, allowed: ["by", "developers", "deployers", "harmed", "systems"] + Self.factKeys,
      in: entryWhat)
    guard let by else { return nil }
    return Incident.Allegation(
      by: by, developers: developers, deployers: deployers, harmed: harmed, systems: systems,
      fact: fact)
  }

  /// An incident's `circumstances`: a mapping of circumstance to true or
  /// false (``IncidentCircumstance``).
  func circumstances(_ node: SyntaxNode, _ harm: String?) -> [Incident.StatedCircumstance] {
    statedFlags(node, "circumstances", noun: "a circumstance", IncidentCircumstance.self)
      .compactMap { circumstance, value, entry in
        if circumstance == .death, !value, harm == Harm.death.rawValue {
          error(
            .invalidValue,
            "'death' is false in 'circumstances' but the incident's harm is death",
            at: location(entry.value))
          return nil
        }
        return .init(circumstance, value)
      }
  }

  /// A mapping of a closed vocabulary to true or false (`circumstances`,
  /// `marking`): a key outside it is an error at the key, with the word
  /// meant; `unknown` leaves an entry unstated.
  func statedFlags<Key: RawRepresentable & CaseIterable>(
    _ node: SyntaxNode, _ key: String, noun: String, _: Key.Type
  ) -> [(Key, Bool, SyntaxEntry)] where Key.RawValue == String {
    guard let fields = mapping(node, "'\(key)'") else { return [] }
    var out: [(Key, Bool, SyntaxEntry)] = []
    let allowed = Key.allCases.map(\.rawValue)
    for entry in fields.entries {
      guard let flag = Key(rawValue: entry.key) else {
        error(
          .invalidValue,
          "\(Self.shown(entry.key)) is not \(noun) '\(key)' can state"
            + Suggestion.hint(Suggestion.closest(to: entry.key, in: allowed))
            + "; allowed: " + allowed.joined(separator: ", "),
          at: SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn))
        continue
      }
      if isUnknown(entry.value) { continue }
      guard let value = bool(entry.value, entry.key) else { continue }
      out.append((flag, value, entry))
    }
    return out
  }

  /// An incident's `aware`: a mapping of party id to the day it became
  /// aware of the incident (not before the incident).
  func awareness(_ node: SyntaxNode, _ what: String, incident: Day?) -> [Incident.Awareness] {
    guard let fields = mapping(node, "'aware'") else { return [] }
    var out: [Incident.Awareness] = []
    for entry in fields.entries {
      let at = SourceLocation(file: file, line: entry.keyLine, column: entry.keyColumn)
      guard isValidID(entry.key) else {
        error(
          .invalidID,
          "\(Self.shown(entry.key)) in 'aware' is not a valid party id: ids are 1 to "
            + "\(SyntaxLimits.maxIDBytes) characters long and use letters, digits and "
            + ". _ - / : @ +", at: at)
        continue
      }
      expect(entry.key, [.party], at: at, role: "party aware of \(what)")
      guard let day = date(entry.value, entry.key) else { continue }
      if let incident, day < incident {
        error(
          .dateOrder,
          "'\(entry.key)' is aware of \(what) on \(day), before it happened (\(incident))",
          at: location(entry.value))
        continue
      }
      out.append(Incident.Awareness(party: entry.key, date: day))
    }
    return out
  }

  /// One entry of an incident's `proceedings`.
  func proceeding(_ node: SyntaxNode, _ what: String) -> Proceeding? {
    guard var fields = mapping(node, "each proceeding") else { return nil }
    let entryWhat = "a proceeding of \(what)"
    let fact = self.fact(&fields)
    let forum = require(&fields, "forum", entryWhat).flatMap { text($0, "forum") }
    let claimant = fields.take("claimant").flatMap { text($0, "claimant") }
    let respondents =
      fields.take("respondents").map { strings($0, "respondents", text) } ?? []
    let causes =
      fields.take("causes_of_action").map { strings($0, "causes_of_action", text) } ?? []
    let filed = fields.take("filed").flatMap { date($0, "filed") }
    let decided = fields.take("decided").flatMap { date($0, "decided") }
    let outcome = fields.take("outcome").flatMap { text($0, "outcome") }
    let damages = fields.take("damages_usd").flatMap { number($0, "damages_usd") }
    let citation = fields.take("citation").flatMap { text($0, "citation") }
    let pinpoints = fields.take("pinpoints").map { strings($0, "pinpoints", text) } ?? []
    reportUnknown(
      fields,
      allowed: [
        "forum", "claimant", "respondents", "causes_of_action", "filed", "decided", "outcome",
        "damages_usd", "citation", "pinpoints",
      ] + Self.factKeys, in: entryWhat)
    if let filed, let decided, decided < filed {
      error(
        .dateOrder,
        "\(entryWhat) is decided (\(decided)) before it is filed (\(filed))", at: location(node))
    }
    guard let forum else { return nil }
    return Proceeding(
      forum: forum, claimant: claimant, respondents: respondents, causesOfAction: causes,
      filed: filed, decided: decided, outcome: outcome, damagesUSD: damages, citation: citation,
      pinpoints: pinpoints, fact: fact)
  }
}
