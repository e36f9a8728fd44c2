import Foundation
import LiabilityGraph

/// Reads SPDX 3.0.1 JSON-LD documents into a chain: `ai_AIPackage` as
/// models (`suppliedBy` the developer, `releaseTime` the release,
/// `software_downloadLocation` the address), `dataset_DatasetPackage` as
/// datasets (`originatedBy` the publisher), `software_Package` with the
/// `application` purpose as products, `Organization` and `Person` as
/// parties, and the relationships: `trainedOn`, `descendantOf` (a base),
/// `hasVariant` (a quantization of the base), `dependsOn` (what a product
/// uses) and `hasDeclaredLicense`. A relationship `comment` of the form
/// `lgraph relation: R` keeps the relation a document written by lgraph
/// carries; otherwise descent is a fine-tune and a variant a quantization,
/// marked `relation_assumed`. Packages an export marked as services
/// (`…:service:ID`) come back as services, and `Organization` and `Person`
/// elements an export made (`…:party:ID`) as parties under their own ids.
/// SHA-256 `verifiedUsing` digests of a package and of the `software_File`
/// elements it `contains` pin a model's files.
///
/// Facts SPDX has no field for come back from the `lgraph:KEY=VALUE` lines
/// of an `Annotation` of the element (or of a lineage relationship), read
/// by the file loader's own decoder; the items SPDX has no element for
/// (licenses, disclosures, contracts, incidents, sources) and the chain's
/// own facts from an annotation of the document (``SPDX3Writer``).
public struct SPDX3Import: ChainImporter {
  /// The chain's title.
  public var title: String { "Imported from SPDX 3" }
  var read = 0

  /// An importer.
  public init() {}

  static let unattributed = "Unattributed (the document names no supplier)"

  /// Reads one document.
  public mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler) {
    guard let document = file.json(&chain) else { return }
    guard let elements = document["@graph"]?.array, !elements.isEmpty else {
      chain.warn(
        .notAChain, "not an SPDX 3 JSON-LD document (no @graph); left out", at: file.at(1))
      return
    }
    read += 1
    func at(_ view: JSONView) -> SourceLocation { file.at(view.line, view.column) }
    // The first element of each spdxId is read; a second is left out.
    var byID: [String: JSONView] = [:]
    var kept: [String: Int] = [:]
    for (index, element) in elements.enumerated() {
      guard let id = element["spdxId"]?.string else { continue }
      if let first = byID[id] {
        chain.warn(
          .duplicateID, "spdxId '\(id)' is defined twice; this one is left out", at: at(element),
          notes: [.init("'\(id)' first defined here", at: at(first))])
        continue
      }
      byID[id] = element
      kept[id] = index
    }
    func name(_ spdxID: String?) -> String? {
      spdxID.flatMap { byID[$0]?["name"]?.string }
    }
    // The lines each annotation carries, by the element it is about.
    var carried: [String: [CarriedFacts.Named]] = [:]
    for element in elements where element["type"]?.string == "Annotation" {
      guard let subject = element["subject"]?.string,
        let statement = element["statement"]?.string
      else { continue }
      let place = at(element)
      for line in statement.split(separator: "\n", omittingEmptySubsequences: true) {
        guard let equals = line.firstIndex(of: "=") else { continue }
        carried[subject, default: []].append(
          CarriedFacts.Named(
            name: String(line[..<equals]), value: String(line[line.index(after: equals)...]),
            location: place))
      }
    }
    // The items carried whole and the chain's facts, then the parties.
    for element in elements where element["type"]?.string == "SpdxDocument" {
      if let id = element["spdxId"]?.string {
        CarriedFacts.adoptItems(carried[id] ?? [], into: &chain)
      }
    }
    // A document lgraph wrote carries the chain's own facts, `known`
    // included.
    let fromLgraph = elements.contains { element in
      element["type"]?.string == "SpdxDocument"
        && (element["spdxId"]?.string).map { carried[$0] != nil } == true
    }
    var partyOf: [String: String] = [:]
    for (index, element) in elements.enumerated() {
      guard let spdxID = element["spdxId"]?.string, kept[spdxID] == index,
        ["Organization", "Person"].contains(element["type"]?.string ?? ""),
        let range = spdxID.range(of: ":party:")
      else { continue }
      let wanted = String(spdxID[range.upperBound...])
      guard ChainAssembler.isID(wanted), !chain.isTaken(wanted) else { continue }
      let partyName = element["name"]?.string ?? wanted
      var native = Party(
        id: wanted, name: partyName, kind: element["type"]?.string == "Person" ? .individual : nil,
        description: element["description"]?.string, fact: Fact(location: at(element)))
      native.jurisdictions = []
      let facts = CarriedFacts.read(
        carried[spdxID] ?? [], except: SPDX3Writer.partyNative, name: partyName, items: [:],
        chain: &chain)
      let party = CarriedFacts.apply(
        facts, to: native, named: partyName, section: "parties", syntax: DocumentWriter.syntax,
        extract: { $0.parties.first }, chain: &chain)
      chain.adopt(party, at: at(element))
      partyOf[spdxID] = party.id
    }
    var items: [String: (NodeKind, String)] = [:]
    func itemID(_ spdxID: String, _ element: JSONView, _ what: String) -> String {
      var wanted = spdxID.split(separator: ":").last.map(String.init) ?? ""
      // An lgraph export: the id follows the kind.
      for marker in [":model:", ":dataset:", ":product:", ":service:"] {
        if let range = spdxID.range(of: marker) { wanted = String(spdxID[range.upperBound...]) }
      }
      return chain.mint(
        wanted, name: element["name"]?.string ?? spdxID, what: what, at: at(element))
    }
    for (index, element) in elements.enumerated() {
      guard let spdxID = element["spdxId"]?.string, kept[spdxID] == index else { continue }
      switch element["type"]?.string {
      case "ai_AIPackage": items[spdxID] = (.model, itemID(spdxID, element, "model"))
      case "dataset_DatasetPackage":
        items[spdxID] = (.dataset, itemID(spdxID, element, "dataset"))
      case "software_Package":
        if spdxID.contains(":service:") {
          items[spdxID] = (.service, itemID(spdxID, element, "service"))
        } else if element["software_primaryPurpose"]?.string == "application" {
          items[spdxID] = (.product, itemID(spdxID, element, "product"))
        }
      default: break
      }
    }
    // The ids of the models, datasets, services and products read.
    let known = Dictionary(
      items.values.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
    var relations:
      [(
        from: String, type: String, to: [String], comment: String?, at: SourceLocation,
        id: String?
      )] = []
    for element in elements where element["type"]?.string == "Relationship" {
      guard let from = element["from"]?.string, let type = element["relationshipType"]?.string
      else {
        chain.warn(
          .missingKey, "a relationship without from or relationshipType; left out",
          at: at(element))
        continue
      }
      guard byID[from] != nil else {
        chain.warn(
          .unknownReference,
          "\(type) from '\(from)', which the document does not define; left out", at: at(element))
        continue
      }
      var to = element["to"]?.array.compactMap(\.string) ?? []
      if let single = element["to"]?.string {
        chain.warn(
          .wrongType, "'to' of a \(type) relationship must be a list; read as ['\(single)']",
          at: at(element))
        to = [single]
      }
      relations.append(
        (from, type, to, element["comment"]?.string, at(element), element["spdxId"]?.string))
    }
    func stated(_ comment: String?) -> LineageRelation? {
      guard let comment, comment.hasPrefix("lgraph relation: ") else { return nil }
      return LineageRelation(rawValue: String(comment.dropFirst("lgraph relation: ".count)))
    }
    func targets(_ from: String, _ type: String, _ kinds: [NodeKind]) -> [Reference] {
      relations.filter { $0.from == from && $0.type == type }.flatMap { relation in
        relation.to.compactMap { target -> Reference? in
          guard let item = items[target] else {
            if byID[target] == nil {
              chain.warn(
                .unknownReference,
                "\(type) names '\(target)', which the document does not define; left out",
                at: relation.at)
            }
            return nil
          }
          return kinds.contains(item.0) ? Reference(id: item.1, location: relation.at) : nil
        }
      }
    }
    func license(_ from: String) -> String? {
      // The chain's own license id, when an annotation carries it and it is
      // known.
      if let id = carried[from]?.first(where: { $0.name == CarriedFacts.prefix + "license" })?
        .value,
        BuiltinLicenses.shared.canonicalID(for: id) == id
          || chain.document.licenses.contains(where: { $0.id == id })
      {
        return id
      }
      for relation in relations
      where relation.from == from && relation.type == "hasDeclaredLicense" {
        guard let target = relation.to.first, let expression = byID[target] else { continue }
        let text = expression["simplelicensing_licenseExpression"]?.string
        if let text, text.hasPrefix("LicenseRef-") {
          return chain.license(
            String(text.dropFirst("LicenseRef-".count)), name: expression["name"]?.string,
            at: at(expression))
        }
        return chain.license(text, name: expression["name"]?.string, at: at(expression))
      }
      return nil
    }
    func party(_ element: JSONView, _ key: String) -> String {
      let named = element[key]?.string ?? element[key]?.array.first?.string
      if let named, let id = partyOf[named] { return id }
      return chain.organization(name(named), unattributed: Self.unattributed, at: at(element))
    }
    /// A package's SHA-256 digests: its own (the artifact) and those of the
    /// files it contains.
    func hashes(_ spdxID: String, _ element: JSONView) -> [FileHash] {
      func digests(_ holder: JSONView, file: String?) -> [FileHash] {
        (holder["verifiedUsing"]?.array ?? []).compactMap { method in
          guard method["algorithm"]?.string == "sha256", let value = method["hashValue"]?.string,
            FileHash.isSHA256(value)
          else { return nil }
          return FileHash(file: file, sha256: value.lowercased())
        }
      }
      var out = digests(element, file: nil)
      for relation in relations where relation.from == spdxID && relation.type == "contains" {
        for target in relation.to {
          guard let file = byID[target], file["type"]?.string == "software_File" else { continue }
          out += digests(file, file: file["name"]?.string)
        }
      }
      return out
    }
    /// A lineage relationship's own facts, from its annotation.
    func linkFacts(_ relationID: String?, child: String, base: String, name: String) -> LineageLink?
    {
      guard let relationID, let lines = carried[relationID], let first = lines.first else {
        return nil
      }
      let facts = CarriedFacts.read(
        lines, except: ["model", "relation"], name: name, items: known, chain: &chain)
      guard !facts.isEmpty else { return nil }
      return CarriedFacts.apply(
        facts, to: LineageLink(base: base, fact: Fact(location: first.location)), named: name,
        section: "models", syntax: { DocumentWriter.syntax(link: $0) },
        wrap: { CycloneDXImport.linkHolder(child, $0, at: first.location) },
        extract: { $0.models.first?.derivedFrom.first }, chain: &chain)
    }
    /// The owner an annotation names by id, when it is a party the
    /// document carries; else the one `key` names.
    func owner(_ spdxID: String, _ element: JSONView, _ key: String, _ carriedKey: String) -> String
    {
      if let named = carried[spdxID]?.first(where: { $0.name == CarriedFacts.prefix + carriedKey }),
        let id = chain.adoptedParty(named.value)
      {
        return id
      }
      return party(element, key)
    }
    /// An element's carried facts applied to the item made from its fields.
    func withCarried<Item>(
      _ item: Item, _ spdxID: String, except: Set<String>, name: String, section: String,
      syntax: (Item) -> SyntaxNode, extract: (Document) -> Item?
    ) -> Item {
      let facts = CarriedFacts.read(
        carried[spdxID] ?? [], except: except, name: name, items: known, chain: &chain)
      return CarriedFacts.apply(
        facts, to: item, named: name, section: section, syntax: syntax, extract: extract,
        chain: &chain)
    }
    for (index, element) in elements.enumerated() {
      guard let spdxID = element["spdxId"]?.string, kept[spdxID] == index,
        let (kind, id) = items[spdxID]
      else {
        continue
      }
      let place = at(element)
      let fact = Fact(location: place)
      let itemName = element["name"]?.string ?? id
      if fromLgraph { chain.keepKnowledge(of: id) }
      let description = element["description"]?.string
      let url = element["software_downloadLocation"]?.string.flatMap {
        $0.hasPrefix("http") ? $0 : nil
      }
      let released = element["releaseTime"]?.string.flatMap { Day(String($0.prefix(10))) }
      switch kind {
      case .model:
        let developer = owner(spdxID, element, "suppliedBy", "developer")
        let license = license(spdxID)
        let datasets = targets(spdxID, "trainedOn", [.dataset])
        for relation in relations where relation.from == spdxID && relation.type == "descendantOf" {
          for target in relation.to {
            guard let base = items[target], base.0 == .model else { continue }
            chain.link(
              id, to: base.1, relation: stated(relation.comment), assumed: .finetune,
              because: "SPDX does not say how",
              facts: linkFacts(relation.id, child: id, base: base.1, name: itemName),
              at: relation.at)
          }
        }
        for relation in relations
        where relation.type == "hasVariant" && relation.to.contains(spdxID) {
          guard let base = items[relation.from], base.0 == .model else { continue }
          chain.link(
            id, to: base.1, relation: stated(relation.comment), assumed: .quantize,
            because: "SPDX does not say how",
            facts: linkFacts(relation.id, child: id, base: base.1, name: itemName),
            at: relation.at)
        }
        var model = Model(
          id: id, name: itemName, developer: developer, released: released, license: license,
          trainedOn: datasets, description: description, url: url, fact: fact)
        model.hashes = hashes(spdxID, element)
        // A version that is not the release date (which an export writes
        // when it has no revision) is the revision.
        if let version = element["software_packageVersion"]?.string,
          version != released.map({ "\($0)" })
        {
          model.revision = version
        }
        if carried[spdxID]?.contains(where: {
          $0.name == CarriedFacts.prefix + "derived_from" && $0.value == "[]"
        }) == true {
          chain.statesNoBase(id)
        }
        chain.add(
          withCarried(
            model, spdxID, except: SPDX3Writer.modelNative, name: itemName, section: "models",
            syntax: DocumentWriter.syntax, extract: { $0.models.first }))
      case .dataset:
        let publisher = owner(spdxID, element, "originatedBy", "publisher")
        let built = element["builtTime"]?.string.flatMap { Day(String($0.prefix(10))) }
        let dataset = Dataset(
          id: id, name: itemName, publisher: publisher, license: license(spdxID),
          released: released, built: built, description: description, url: url, fact: fact)
        chain.add(
          withCarried(
            dataset, spdxID, except: SPDX3Writer.datasetNative, name: itemName,
            section: "datasets", syntax: DocumentWriter.syntax, extract: { $0.datasets.first }))
      case .service:
        let provider = owner(spdxID, element, "suppliedBy", "provider")
        let service = Service(
          id: id, name: itemName, provider: provider,
          models: targets(spdxID, "dependsOn", [.model]), generatesStated: false,
          functionsStated: false, description: description, url: url, fact: fact)
        chain.add(
          withCarried(
            service, spdxID, except: SPDX3Writer.serviceNative, name: itemName,
            section: "services", syntax: DocumentWriter.syntax, extract: { $0.services.first }))
      default:
        let vendor = owner(spdxID, element, "suppliedBy", "vendor")
        let product = Product(
          id: id, name: itemName, vendor: vendor,
          uses: targets(spdxID, "dependsOn", [.service, .model]), riskAreasStated: false,
          generatesStated: false, functionsStated: false, systemChangesStated: false,
          description: description, url: url, fact: fact)
        chain.add(
          withCarried(
            product, spdxID, except: SPDX3Writer.productNative, name: itemName,
            section: "products", syntax: DocumentWriter.syntax, extract: { $0.products.first }))
      }
    }
  }

  /// How many documents and items.
  public func summary(of chain: ChainAssembler, files: Int) -> [String] {
    let n = chain.counts
    return [
      "\(read) documents read of \(files) files: \(n.models) models, \(n.datasets) datasets, "
        + "\(n.services) services, \(n.products) products"
    ]
  }
}
