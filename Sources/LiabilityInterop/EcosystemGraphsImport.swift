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
public enum EcosystemGraphsImport {
  struct Asset {
    var name: String
    var type: String
    var organization: String
    var fields: [String: (value: String?, explanation: String?, line: Int)]
    var dependencies: [(name: String, line: Int)]
    var file: String
    var line: Int
  }

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

  /// An id from a name: letters and digits kept, everything else a dash.
  static func slug(_ name: String) -> String {
    var out = ""
    var dash = false
    for character in name.lowercased() {
      if character.isASCII, character.isLetter || character.isNumber || character == "." {
        out.append(character)
        dash = false
      } else if !dash, !out.isEmpty {
        out.append("-")
        dash = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    // An id is at most SyntaxLimits.maxIDBytes long, and a slug leaves
    // room for a prefix such as `org:`: a longer one keeps its start and a
    // hash of the whole, so distinct names stay distinct.
    if out.utf8.count > maxSlugBytes {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      let suffix = "-" + String(hash, radix: 16)
      out = String(out.prefix(maxSlugBytes - suffix.utf8.count)) + suffix
    }
    return out.isEmpty ? "asset" : out
  }

  /// The longest slug: an id's limit less room for a prefix.
  static let maxSlugBytes = SyntaxLimits.maxIDBytes - 16

  /// `base` numbered `n` to tell it from an id already taken (`base-n`),
  /// shortened so that the whole stays a valid id (ids are ASCII).
  static func numbered(_ base: String, _ n: Int) -> String {
    let suffix = "-\(n)"
    let room = SyntaxLimits.maxIDBytes - suffix.utf8.count
    let kept =
      base.utf8.count > room ? String(decoding: base.utf8.prefix(room), as: UTF8.self) : base
    return kept + suffix
  }

  /// A name reduced for matching dependencies: letters and digits only.
  static func key(_ name: String) -> String {
    String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  /// A license text as a known license id, if it is one.
  static func license(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    let candidates = [
      trimmed, trimmed.replacingOccurrences(of: " ", with: "-"),
      trimmed.replacingOccurrences(of: " ", with: ""),
      trimmed.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "--", with: "-"),
    ]
    for candidate in candidates {
      if let id = BuiltinLicenses.shared.canonicalID(for: candidate) { return id }
    }
    return nil
  }

  /// Reads the asset files at `paths` into one chain; a file that cannot be
  /// read as a list of assets is left out with a warning.
  public static func read(paths: [String]) -> ImportResult {
    var warnings: [String] = []
    var assets: [Asset] = []
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else {
        warnings.append("\(path): cannot be read as UTF-8 text; left out")
        continue
      }
      let root: SyntaxNode
      switch YAMLReader(file: path).read(text) {
      case .success(let node): root = node
      case .failure(let list):
        let first = list.diagnostics.first
        warnings.append(
          "\(path):\(first?.location.line ?? 1): not YAML (\(first?.message ?? "")); left out")
        continue
      }
      if case .null = root.content { continue }
      guard case .sequence(let items) = root.content else {
        warnings.append("\(path):\(root.line): not a list of assets; left out")
        continue
      }
      for item in items {
        guard case .mapping(let entries) = item.content else {
          warnings.append("\(path):\(item.line): an asset that is not a mapping; left out")
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
          warnings.append("\(path):\(item.line): an asset without a name or type; left out")
          continue
        }
        guard ["model", "dataset", "application"].contains(type) else {
          warnings.append("\(path):\(item.line): '\(name)' has type '\(type)'; left out")
          continue
        }
        let organization = fields["organization"]?.0 ?? "unknown"
        assets.append(
          Asset(
            name: name, type: type, organization: organization,
            fields: fields.mapValues { ($0.0, $0.1, $0.2) }, dependencies: dependencies,
            file: path, line: item.line))
      }
    }
    var builder = Builder(assets: assets, warnings: warnings)
    return builder.build()
  }

  struct Builder {
    var assets: [Asset]
    var warnings: [String]
    var ids: [String] = []  // per asset
    var byKey: [String: Int] = [:]
    var byName: [String: Int] = [:]
    var kept: [Bool] = []

    init(assets: [Asset], warnings: [String]) {
      self.assets = assets
      self.warnings = warnings
    }

    mutating func build() -> ImportResult {
      // Names: duplicates keep the first; ids unique.
      var used: Set<String> = []
      kept = Array(repeating: true, count: assets.count)
      for (index, asset) in assets.enumerated() {
        if let first = byName[asset.name] {
          warnings.append(
            "\(asset.file):\(asset.line): '\(asset.name)' is defined again (first at "
              + "\(assets[first].file):\(assets[first].line)); the first is kept")
          kept[index] = false
          ids.append("")
          continue
        }
        byName[asset.name] = index
        if byKey[Self.key(asset.name)] == nil { byKey[Self.key(asset.name)] = index }
        var id = EcosystemGraphsImport.slug(asset.name)
        var suffix = 2
        while used.contains(id) {
          id = EcosystemGraphsImport.numbered(EcosystemGraphsImport.slug(asset.name), suffix)
          suffix += 1
        }
        if suffix > 2 {
          warnings.append(
            "\(asset.file):\(asset.line): '\(asset.name)' gives the same id as an asset named "
              + "alike; it is recorded as '\(id)'")
        }
        used.insert(id)
        ids.append(id)
      }
      // Dependencies, resolved.
      var resolved = 0
      var fuzzy = 0
      var dangling = 0
      var links: [[Int]] = Array(repeating: [], count: assets.count)
      for (index, asset) in assets.enumerated() where kept[index] {
        for (name, line) in asset.dependencies {
          var target = byName[name]
          if target == nil, let close = byKey[Self.key(name)] {
            target = close
            fuzzy += 1
            warnings.append(
              "\(asset.file):\(line): dependency '\(name)' of '\(asset.name)' resolved to "
                + "'\(assets[close].name)' (they differ only in case, spaces or punctuation)")
          }
          guard let target else {
            dangling += 1
            warnings.append(
              "\(asset.file):\(line): dependency '\(name)' of '\(asset.name)' names no asset; "
                + "left out")
            continue
          }
          if target == index {
            warnings.append(
              "\(asset.file):\(line): '\(asset.name)' depends on itself (a self-loop); left out")
            continue
          }
          resolved += 1
          if !links[index].contains(target) { links[index].append(target) }
        }
      }
      // Model lineage cycles: drop the closing link.
      var state = Array(repeating: 0, count: assets.count)
      for start in assets.indices
      where kept[start] && assets[start].type == "model" && state[start] == 0 {
        var stack: [(Int, Int)] = [(start, 0)]
        state[start] = 1
        while let (node, next) = stack.last {
          let bases = links[node].filter { assets[$0].type == "model" }
          if next < bases.count {
            stack[stack.count - 1].1 += 1
            let base = bases[next]
            if state[base] == 1 {
              warnings.append(
                "\(assets[node].file):\(assets[node].line): '\(assets[node].name)' and "
                  + "'\(assets[base].name)' depend on each other (a cycle); the link from "
                  + "'\(assets[node].name)' is left out")
              links[node].removeAll { $0 == base }
              stack[stack.count - 1].1 -= 1
            } else if state[base] == 0 {
              state[base] = 1
              stack.append((base, 0))
            }
          } else {
            state[node] = 2
            stack.removeLast()
          }
        }
      }
      // Applications other applications depend on are services.
      var isService = Array(repeating: false, count: assets.count)
      for (index, asset) in assets.enumerated() where kept[index] && asset.type == "application" {
        for target in links[index] where assets[target].type == "application" {
          isService[target] = true
        }
      }
      return write(
        links: links, isService: isService, resolved: resolved, fuzzy: fuzzy, dangling: dangling)
    }

    static func key(_ name: String) -> String { EcosystemGraphsImport.key(name) }

    mutating func write(
      links: [[Int]], isService: [Bool], resolved: Int, fuzzy: Int, dangling: Int
    ) -> ImportResult {
      func text(_ value: String) -> String { StoredText.quoted(value) }
      var parties: [String: String] = [:]  // id -> item
      var partyOrder: [String] = []
      var sources: [String] = []
      var models: [String] = []
      var datasets: [String] = []
      var services: [String] = []
      var products: [String] = []
      var licensesLeft = 0
      var datasetLinksLeft = 0
      var assumedRelations = 0
      func party(_ asset: Asset) -> String {
        let name =
          asset.organization.split(separator: ",").first.map {
            $0.trimmingCharacters(in: .whitespaces)
          } ?? asset.organization
        let id = "org:" + EcosystemGraphsImport.slug(name)
        if parties[id] == nil {
          var fields = ["\"id\":\(text(id))", "\"name\":\(text(name))"]
          let nationality = asset.fields["nationality"]?.value ?? ""
          if let codes = EcosystemGraphsImport.nationalities[nationality.lowercased()] {
            fields.append("\"jurisdictions\":[" + codes.map(text).joined(separator: ",") + "]")
          } else if !["", "unknown", "international"].contains(nationality.lowercased()) {
            warnings.append(
              "\(asset.file):\(asset.fields["nationality"]?.line ?? asset.line): nationality "
                + "'\(nationality)' of \(name) is not a country the import knows; left out")
          }
          parties[id] = "{" + fields.joined(separator: ",") + "}"
          partyOrder.append(id)
        }
        return id
      }
      var usedSources: Set<String> = []
      for (index, asset) in assets.enumerated() where kept[index] {
        let id = ids[index]
        var fields = ["\"id\":\(text(id))", "\"name\":\(text(asset.name))"]
        // Explanations as sources.
        var itemSources: [String] = []
        for key in asset.fields.keys.sorted() {
          guard let explanation = asset.fields[key]?.explanation else { continue }
          // A key is any text the file holds: the source's id is made
          // valid (and kept apart from the others) when it is not.
          var sourceID = "eg:\(id):\(key)"
          if !SyntaxDecoder.validIDBytes(sourceID.utf8) {
            sourceID = "eg:" + EcosystemGraphsImport.slug("\(id) \(key)")
          }
          let minted = sourceID
          var n = 2
          while usedSources.contains(sourceID) {
            sourceID = EcosystemGraphsImport.numbered(minted, n)
            n += 1
          }
          usedSources.insert(sourceID)
          var source = [
            "\"id\":\(text(sourceID))",
            "\"title\":\(text("\(asset.name): \(key) (ecosystem-graphs)"))",
            "\"description\":\(text(explanation))",
          ]
          if let url = Self.firstURL(explanation) { source.append("\"url\":\(text(url))") }
          sources.append("{" + source.joined(separator: ",") + "}")
          itemSources.append(sourceID)
        }
        if let description = asset.fields["description"]?.value, !description.isEmpty {
          fields.append("\"description\":\(text(description))")
        }
        if let url = asset.fields["url"]?.value, url.hasPrefix("http") {
          fields.append("\"url\":\(text(url))")
        }
        if !itemSources.isEmpty {
          fields.append("\"sources\":[" + itemSources.map(text).joined(separator: ",") + "]")
        }
        let dateText = asset.fields["created_date"]?.value ?? ""
        let released = Day(dateText)
        if released == nil, !["", "unknown", "none"].contains(dateText.lowercased()) {
          warnings.append(
            "\(asset.file):\(asset.fields["created_date"]?.line ?? asset.line): created_date "
              + "'\(dateText)' of '\(asset.name)' is not a date (YYYY-MM-DD); left out")
        }
        let licenseText = asset.fields["license"]?.value ?? ""
        let licenseID = EcosystemGraphsImport.license(licenseText)
        if licenseID == nil, !["", "unknown", "none", "custom"].contains(licenseText.lowercased()) {
          licensesLeft += 1
          warnings.append(
            "\(asset.file):\(asset.fields["license"]?.line ?? asset.line): license "
              + "'\(licenseText.prefix(60))' of '\(asset.name)' is not a license the import "
              + "knows; left out")
        }
        let owner = party(asset)
        switch asset.type {
        case "model":
          fields.append("\"developer\":\(text(owner))")
          if let released { fields.append("\"released\":\(text("\(released)"))") }
          switch (asset.fields["access"]?.value ?? "").lowercased() {
          case "open": fields.append("\"weights\":\"open\"")
          case "limited": fields.append("\"weights\":\"gated\"")
          case "closed": fields.append("\"weights\":\"closed\"")
          case "": break
          default:
            warnings.append(
              "\(asset.file):\(asset.fields["access"]?.line ?? asset.line): access "
                + "'\(asset.fields["access"]?.value ?? "")' of '\(asset.name)' is not open, "
                + "limited or closed; weights left unstated")
          }
          if let licenseID { fields.append("\"license\":\(text(licenseID))") }
          let bases = links[index].filter { assets[$0].type == "model" }
          let data = links[index].filter { assets[$0].type == "dataset" }
          if !data.isEmpty {
            fields.append(
              "\"trained_on\":[" + data.map { text(ids[$0]) }.joined(separator: ",") + "]")
          }
          if !bases.isEmpty {
            assumedRelations += bases.count
            let relation = bases.count > 1 ? "merge" : "finetune"
            fields.append(
              "\"derived_from\":["
                + bases.map {
                  "{\"model\":\(text(ids[$0])),\"relation\":\"\(relation)\",\"extra\":"
                    + "{\"relation_assumed\":\"ecosystem-graphs does not say how a model depends "
                    + "on another\"}}"
                }.joined(separator: ",") + "]")
          }
          models.append("{" + fields.joined(separator: ",") + "}")
        case "dataset":
          fields.append("\"publisher\":\(text(owner))")
          if let released { fields.append("\"released\":\(text("\(released)"))") }
          if let licenseID { fields.append("\"license\":\(text(licenseID))") }
          datasetLinksLeft += links[index].count
          datasets.append("{" + fields.joined(separator: ",") + "}")
        default:
          let models = links[index].filter { assets[$0].type == "model" }.map { text(ids[$0]) }
          if isService[index] {
            fields.append("\"provider\":\(text(owner))")
            if !models.isEmpty {
              fields.append("\"models\":[" + models.joined(separator: ",") + "]")
            }
            if let released { fields.append("\"released\":\(text("\(released)"))") }
            services.append("{" + fields.joined(separator: ",") + "}")
          } else {
            fields.append("\"vendor\":\(text(owner))")
            let uses = links[index].filter {
              assets[$0].type == "model" || (assets[$0].type == "application" && isService[$0])
            }.map { text(ids[$0]) }
            if !uses.isEmpty { fields.append("\"uses\":[" + uses.joined(separator: ",") + "]") }
            if let released { fields.append("\"released\":\(text("\(released)"))") }
            products.append("{" + fields.joined(separator: ",") + "}")
          }
        }
      }
      var out = "{\"format\":\"liability-graph/1\",\"title\":\"Imported from ecosystem-graphs\""
      out += ",\"parties\":[" + partyOrder.compactMap { parties[$0] }.joined(separator: ",") + "]"
      for (name, list) in [
        ("datasets", datasets), ("models", models), ("services", services),
        ("products", products), ("sources", sources),
      ] where !list.isEmpty {
        out += ",\"\(name)\":[" + list.joined(separator: ",") + "]"
      }
      out += "}"
      let count = assets.indices.filter { kept[$0] }.count
      return ImportResult(
        json: out, warnings: warnings,
        summary: [
          "\(count) assets: \(models.count) models, \(datasets.count) datasets, "
            + "\(services.count) services and \(products.count) products from applications, "
            + "\(partyOrder.count) organizations, \(sources.count) explanations kept as sources",
          "dependencies: \(resolved) resolved (\(fuzzy) by a near match), \(dangling) name no "
            + "asset, \(datasetLinksLeft) of datasets on other assets left out (the format has "
            + "no dataset lineage)",
          "\(assumedRelations) model-on-model dependencies recorded as finetune (or merge for "
            + "several), marked relation_assumed; \(licensesLeft) license texts not recognised",
        ])
    }

    static func firstURL(_ text: String) -> String? {
      guard let start = text.range(of: "http") else { return nil }
      let tail = text[start.lowerBound...]
      let end = tail.firstIndex { " )]>\n\"'".contains($0) } ?? tail.endIndex
      let url = String(tail[..<end])
      return url.count > 10 ? url : nil
    }
  }
}
