import Foundation
import LiabilityGraph

/// Reads Stanford CRFM ecosystem-graphs asset files (`assets/*.yaml`: a list
/// of datasets, models and applications, each field a scalar or a
/// `{value, explanation}` pair) into a chain.
///
/// - An organization becomes a party, its nationality a jurisdiction.
/// - A model becomes a model (`created_date` its release, `access` its
///   weights: open, limited as gated, closed); a model it depends on is a
///   base (`finetune`, the relation the data does not give, marked in the
///   link's `extra`), a dataset it depends on its training data.
/// - A dataset becomes a dataset.
/// - An application that other applications depend on (an API) becomes a
///   service of its organization serving the models it depends on; any
///   other application a product using the models and services it depends
///   on.
/// - Each explanation becomes a source of the item it explains.
///
/// Real data is dirty: dependencies naming no asset (resolved when only
/// case, spaces or punctuation differ), duplicate names, self-loops,
/// cycles, unknown dates, licenses and nationalities are warnings with
/// file and line, and the import goes on.
public struct EcosystemGraphsImport: ChainImporter {
  struct Asset {
    var name: String
    var type: String
    var organization: String
    var fields: [String: (value: String?, explanation: String?, line: Int)]
    var dependencies: [(name: String, line: Int)]
    var file: ImportedFile
    var line: Int
    var column: Int

    var at: SourceLocation { file.at(line, column) }
    func at(_ key: String) -> SourceLocation { file.at(fields[key]?.line ?? line) }
  }

  /// The chain's title.
  public var title: String { "Imported from ecosystem-graphs" }
  var assets: [Asset] = []
  /// The organizations made parties so far.
  var organizations: Set<String> = []
  var counts:
    (
      assets: Int, resolved: Int, fuzzy: Int, dangling: Int, datasetLinks: Int, assumed: Int,
      licenses: Int, sources: Int
    ) = (0, 0, 0, 0, 0, 0, 0, 0)

  /// An importer.
  public init() {}

  static let nationalities: [String: [String]] = [
    "usa": ["US"], "united states": ["US"], "us": ["US"], "china": ["CN"], "uk": ["GB"],
    "united kingdom": ["GB"], "canada": ["CA"], "israel": ["IL"], "south korea": ["KR"],
    "korea": ["KR"], "germany": ["DE"], "japan": ["JP"], "uae": ["AE"], "singapore": ["SG"],
    "russia": ["RU"], "france": ["FR"], "denmark": ["DK"], "philippines": ["PH"],
    "belgium": ["BE"], "sweden": ["SE"], "canada/switzerland": ["CA", "CH"],
    "switzerland": ["CH"], "india": ["IN"], "netherlands": ["NL"], "finland": ["FI"],
    "taiwan": ["TW"], "spain": ["ES"], "italy": ["IT"], "australia": ["AU"], "norway": ["NO"],
    "poland": ["PL"], "austria": ["AT"], "hong kong": ["HK"], "vietnam": ["VN"],
    "saudi arabia": ["SA"], "brazil": ["BR"], "ireland": ["IE"], "estonia": ["EE"],
  ]

  /// A name reduced for matching dependencies: letters and digits only.
  static func key(_ name: String) -> String {
    String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  /// Reads one asset file.
  public mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler) {
    guard let root = file.yaml(&chain) else { return }
    if case .null = root.content { return }
    guard case .sequence(let items) = root.content else {
      chain.warn(.notAChain, "not a list of assets; left out", at: file.at(root.line, root.column))
      return
    }
    for item in items {
      let place = file.at(item.line, item.column)
      guard case .mapping(let entries) = item.content else {
        chain.warn(.wrongType, "an asset that is not a mapping; left out", at: place)
        continue
      }
      var fields: [String: (String?, String?, Int)] = [:]
      var dependencies: [(String, Int)] = []
      for entry in entries {
        switch entry.value.content {
        case .scalar(let value, _) where entry.key == "dependencies":
          // One dependency written as text rather than a list.
          if !value.isEmpty { dependencies.append((value, entry.keyLine)) }
        case .scalar(let value, _):
          fields[entry.key] = (value, nil, entry.keyLine)
        case .mapping(let inner):
          var value: String? = nil
          var explanation: String? = nil
          for part in inner {
            if case .scalar(let text, _) = part.value.content {
              if part.key == "value" { value = text }
              if part.key == "explanation" { explanation = text }
            } else if part.key == "value", case .sequence(let list) = part.value.content,
              entry.key == "dependencies"
            {
              for element in list {
                if case .scalar(let text, _) = element.content {
                  dependencies.append((text, element.line))
                }
              }
            }
          }
          fields[entry.key] = (value, explanation, entry.keyLine)
        case .sequence(let list) where entry.key == "dependencies":
          for element in list {
            if case .scalar(let text, _) = element.content {
              dependencies.append((text, element.line))
            }
          }
        default:
          break
        }
      }
      guard let name = fields["name"]?.0, let type = fields["type"]?.0 else {
        chain.warn(.missingKey, "an asset without a name or type; left out", at: place)
        continue
      }
      guard ["model", "dataset", "application"].contains(type) else {
        chain.warn(.unsupportedItem, "'\(name)' has type '\(type)'; left out", at: place)
        continue
      }
      assets.append(
        Asset(
          name: name, type: type, organization: fields["organization"]?.0 ?? "unknown",
          fields: fields.mapValues { ($0.0, $0.1, $0.2) }, dependencies: dependencies,
          file: file, line: item.line, column: item.column))
    }
  }

  /// Makes the chain of every asset read: names resolved across files,
  /// dependencies turned into links, applications other applications
  /// depend on made services.
  public mutating func finish(into chain: inout ChainAssembler) {
    // Names: duplicates keep the first; ids unique.
    var byKey: [String: Int] = [:]
    var byName: [String: Int] = [:]
    var ids = [String](repeating: "", count: assets.count)
    var kept = [Bool](repeating: true, count: assets.count)
    for (index, asset) in assets.enumerated() {
      if let first = byName[asset.name] {
        chain.warn(
          .duplicateID, "'\(asset.name)' is defined again; the first is kept", at: asset.at,
          notes: [.init("'\(asset.name)' first defined here", at: assets[first].at)])
        kept[index] = false
        continue
      }
      byName[asset.name] = index
      if byKey[Self.key(asset.name)] == nil { byKey[Self.key(asset.name)] = index }
      ids[index] = chain.mint(
        ChainAssembler.slug(asset.name), what: asset.type, at: asset.at)
    }
    counts.assets = kept.filter { $0 }.count
    // Dependencies, resolved.
    var links: [[Int]] = Array(repeating: [], count: assets.count)
    for (index, asset) in assets.enumerated() where kept[index] {
      for (name, line) in asset.dependencies {
        let place = asset.file.at(line)
        var target = byName[name]
        if target == nil, let close = byKey[Self.key(name)] {
          target = close
          counts.fuzzy += 1
          chain.warn(
            .nearMatch,
            "dependency '\(name)' of '\(asset.name)' resolved to '\(assets[close].name)' (they "
              + "differ only in case, spaces or punctuation)", at: place)
        }
        guard let target else {
          counts.dangling += 1
          chain.warn(
            .unknownReference,
            "dependency '\(name)' of '\(asset.name)' names no asset; left out", at: place)
          continue
        }
        if target == index {
          chain.warn(
            .lineageCycle, "'\(asset.name)' depends on itself (a self-loop); left out", at: place)
          continue
        }
        counts.resolved += 1
        if !links[index].contains(target) { links[index].append(target) }
      }
    }
    // Applications other applications depend on are services.
    var isService = Array(repeating: false, count: assets.count)
    for (index, asset) in assets.enumerated() where kept[index] && asset.type == "application" {
      for target in links[index] where assets[target].type == "application" {
        isService[target] = true
      }
    }
    for (index, asset) in assets.enumerated() where kept[index] {
      add(
        asset, id: ids[index], links: links[index], ids: ids, isService: isService[index],
        services: isService, to: &chain)
    }
  }

  /// Adds one asset as the item of its type.
  mutating func add(
    _ asset: Asset, id: String, links: [Int], ids: [String], isService: Bool,
    services: [Bool], to chain: inout ChainAssembler
  ) {
    let name =
      asset.organization.split(separator: ",").first.map {
        $0.trimmingCharacters(in: .whitespaces)
      } ?? asset.organization
    let nationality = asset.fields["nationality"]?.value ?? ""
    // Names that give one id are one organization.
    let wanted = "org:" + ChainAssembler.slug(name)
    let owner = chain.party(key: wanted, wanted: wanted, at: asset.at) {
      id in
      var party = Party(id: id, name: name, fact: Fact(location: asset.at))
      if let codes = Self.nationalities[nationality.lowercased()] { party.jurisdictions = codes }
      return party
    }
    if organizations.insert(wanted).inserted, Self.nationalities[nationality.lowercased()] == nil,
      !["", "unknown", "international"].contains(nationality.lowercased())
    {
      chain.warn(
        .invalidJurisdiction,
        "nationality '\(nationality)' of \(name) is not a country the import knows; left out",
        at: asset.at("nationality"))
    }
    // Explanations as sources.
    var sources: [String] = []
    for key in asset.fields.keys.sorted() {
      guard let explanation = asset.fields[key]?.explanation else { continue }
      // A key is any text the file holds: the source's id is made valid
      // (and kept apart from the others) when it is not.
      var wanted = "eg:\(id):\(key)"
      if !ChainAssembler.isID(wanted) { wanted = "eg:" + ChainAssembler.slug("\(id) \(key)") }
      let sourceID = chain.mint(wanted, what: "source", at: asset.at(key))
      chain.add(
        Source(
          id: sourceID, title: "\(asset.name): \(key) (ecosystem-graphs)",
          url: Self.firstURL(explanation), description: explanation,
          fact: Fact(location: asset.at(key))))
      counts.sources += 1
      sources.append(sourceID)
    }
    let description = asset.fields["description"]?.value.flatMap { $0.isEmpty ? nil : $0 }
    let url = asset.fields["url"]?.value.flatMap { $0.hasPrefix("http") ? $0 : nil }
    let fact = Fact(sources: sources, location: asset.at)
    let dateText = asset.fields["created_date"]?.value ?? ""
    let released = Day(dateText)
    if released == nil, !["", "unknown", "none"].contains(dateText.lowercased()) {
      chain.warn(
        .invalidDate,
        "created_date '\(dateText)' of '\(asset.name)' is not a date (YYYY-MM-DD); left out",
        at: asset.at("created_date"))
    }
    let licenseText = asset.fields["license"]?.value ?? ""
    var license = ChainAssembler.knownLicense(licenseText)
    if license == nil, !["", "unknown", "none", "custom"].contains(licenseText.lowercased()) {
      license = chain.license(licenseText, at: asset.at("license"), unknown: .leaveOut)
      if license == nil { counts.licenses += 1 }
    }
    func references(_ targets: [Int]) -> [Reference] {
      targets.map { Reference(id: ids[$0], location: asset.at("dependencies")) }
    }
    switch asset.type {
    case "model":
      var weights: WeightsAccess? = nil
      switch (asset.fields["access"]?.value ?? "").lowercased() {
      case "open": weights = .open
      case "limited": weights = .gated
      case "closed": weights = .closed
      case "": break
      default:
        chain.warn(
          .invalidValue,
          "access '\(asset.fields["access"]?.value ?? "")' of '\(asset.name)' is not open, "
            + "limited or closed; weights left unstated", at: asset.at("access"))
      }
      let bases = links.filter { assets[$0].type == "model" }
      counts.assumed += bases.count
      for base in bases {
        chain.link(
          id, to: ids[base], relation: nil, assumed: .finetune,
          because: "ecosystem-graphs does not say how a model depends on another",
          at: asset.at("dependencies"))
      }
      chain.add(
        Model(
          id: id, name: asset.name, developer: owner, released: released, weights: weights,
          license: license, trainedOn: references(links.filter { assets[$0].type == "dataset" }),
          description: description, url: url, fact: fact))
    case "dataset":
      counts.datasetLinks += links.count
      chain.add(
        Dataset(
          id: id, name: asset.name, publisher: owner, license: license, released: released,
          description: description, url: url, fact: fact))
    default:
      let models = links.filter { assets[$0].type == "model" }
      if isService {
        chain.add(
          Service(
            id: id, name: asset.name, provider: owner, models: references(models),
            generatesStated: false, functionsStated: false, released: released,
            description: description, url: url, fact: fact))
      } else {
        let uses = links.filter {
          assets[$0].type == "model" || (assets[$0].type == "application" && services[$0])
        }
        chain.add(
          Product(
            id: id, name: asset.name, vendor: owner, uses: references(uses),
            riskAreasStated: false, generatesStated: false, functionsStated: false,
            systemChangesStated: false, released: released, description: description, url: url,
            fact: fact))
      }
    }
  }

  /// How many assets, items, dependencies and licenses.
  public func summary(of chain: ChainAssembler, files: Int) -> [String] {
    let n = chain.counts
    return [
      "\(counts.assets) assets: \(n.models) models, \(n.datasets) datasets, \(n.services) "
        + "services and \(n.products) products from applications, \(n.parties) organizations, "
        + "\(counts.sources) explanations kept as sources",
      "dependencies: \(counts.resolved) resolved (\(counts.fuzzy) by a near match), "
        + "\(counts.dangling) name no asset, \(counts.datasetLinks) of datasets on other assets "
        + "left out (the format has no dataset lineage)",
      "\(counts.assumed) model-on-model dependencies recorded as finetune (or merge for "
        + "several), marked relation_assumed; \(counts.licenses) license texts not recognised",
    ]
  }

  static func firstURL(_ text: String) -> String? {
    guard let start = text.range(of: "http") else { return nil }
    let tail = text[start.lowerBound...]
    let end = tail.firstIndex { " )]>\n\"'".contains($0) } ?? tail.endIndex
    let url = String(tail[..<end])
    return url.count > 10 ? url : nil
  }
}
