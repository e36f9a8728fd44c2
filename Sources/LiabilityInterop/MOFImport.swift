import Foundation
import LiabilityGraph

/// Reads Model Openness Framework model files into a chain: each release a
/// model of its producer (a party), derived from its origin when that names
/// another model, with its components and their licenses (`components:`)
/// and its distribution license as the model's license.
///
/// Licenses must be license ids in a chain: a text that names a known
/// license (`Apache 2.0`) is recorded as its id, and said so, because the
/// Model Openness Tool itself would not count it; any other text is left
/// out with a warning.
public enum MOFImport {
  /// Reads the model files at `paths` into one chain; a file that cannot be
  /// read as a MOF model file is left out with a warning.
  public static func read(paths: [String]) -> ImportResult {
    var warnings: [String] = []
    var parties: [String] = []
    var producerNames: [String: String] = [:]
    var models: [(id: String, body: String, origin: String?, file: String)] = []
    var seen: [String: String] = [:]
    var normalised = 0
    var dropped = 0
    func text(_ value: String) -> String { StoredText.quoted(value) }
    func id(_ name: String) -> String {
      SyntaxDecoder.validIDBytes(name.utf8) ? name : EcosystemGraphsImport.slug(name)
    }
    for path in paths {
      let release: MOFRelease
      do {
        release = try MOFModelFile.read(path: path)
      } catch {
        warnings.append("\(error.file):\(error.line): \(error.message); left out")
        continue
      }
      let modelID = id(release.name)
      if let first = seen[modelID] {
        warnings.append(
          "\(path): '\(release.name)' is also described by \(first); the first is kept")
        continue
      }
      seen[modelID] = path
      let producer =
        release.producer.map { "org:" + EcosystemGraphsImport.slug($0) } ?? "unattributed"
      if !parties.contains(producer) { parties.append(producer) }
      if let name = release.producer { producerNames[producer] = name }
      func licenseID(_ value: String, _ what: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "unlicensed" { return nil }
        if let known = BuiltinLicenses.shared.canonicalID(for: trimmed) { return known }
        if let named = EcosystemGraphsImport.license(trimmed) {
          normalised += 1
          warnings.append(
            "\(path): \(what): '\(trimmed)' is not an SPDX id; recorded as \(named) (the Model "
              + "Openness Tool would not count it)")
          return named
        }
        dropped += 1
        warnings.append("\(path): \(what): license '\(trimmed)' is not a known license; left out")
        return nil
      }
      var fields = [
        "\"id\":\(text(modelID))", "\"name\":\(text(release.name))",
        "\"developer\":\(text(producer))",
      ]
      if let distribution = release.licenses["distribution"],
        let license = licenseID(distribution, "distribution license")
      {
        fields.append("\"license\":\(text(license))")
      }
      if let url = release.huggingface ?? release.repository, url.hasPrefix("http"),
        url != "https://huggingface.co", url != "https://github.com"
      {
        fields.append("\"url\":\(text(url))")
      }
      for unknown in release.unknownComponents {
        warnings.append(
          "\(path):\(unknown.line): '\(unknown.name)' is not a Model Openness Framework component; "
            + "left out")
      }
      for problem in release.componentProblems {
        warnings.append("\(path):\(problem.line): \(problem.message)")
      }
      var components: [String] = []
      for (component, license) in release.frameworkComponents.sorted(by: {
        $0.key.rawValue < $1.key.rawValue
      }) {
        let kind = MOFComponentKindGuess.contentType(component)
        guard let value = license ?? release.licenses[kind] ?? release.licenses["distribution"],
          let id = licenseID(value, "component '\(component.rawValue)'")
        else { continue }
        components.append("\(text(component.rawValue)):\(text(id))")
      }
      if !components.isEmpty {
        fields.append("\"components\":{" + components.joined(separator: ",") + "}")
      }
      let origin = release.origin.flatMap { origin -> String? in
        let trimmed = origin.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != release.name, trimmed.lowercased() != "none" else {
          return nil
        }
        return id(trimmed)
      }
      models.append((modelID, "{" + fields.joined(separator: ","), origin, path))
    }
    // Origins: a base among the releases, or a minimal model named by one.
    var items: [String] = []
    var named: [String] = []
    let described = Set(models.map(\.id))
    for model in models {
      var body = model.body
      if let origin = model.origin, origin != model.id {
        body +=
          ",\"derived_from\":[{\"model\":\(text(origin)),\"relation\":\"finetune\",\"extra\":"
          + "{\"relation_assumed\":\"a MOF file names its origin, not how the model derives "
          + "from it\"}}]"
        if !described.contains(origin), !named.contains(origin) { named.append(origin) }
      }
      items.append(body + "}")
    }
    for origin in named {
      items.append(
        "{\"id\":\(text(origin)),\"name\":\(text(origin)),\"developer\":\"unattributed\","
          + "\"description\":\"Named as an origin by an imported MOF file; not described by one\"}")
      if !parties.contains("unattributed") { parties.append("unattributed") }
    }
    let partyItems = parties.map { party in
      party == "unattributed"
        ? "{\"id\":\"unattributed\",\"name\":\"Unattributed (not named by the imported files)\"}"
        : "{\"id\":\(text(party)),\"name\":\(text(producerNames[party] ?? party))}"
    }
    var out = "{\"format\":\"liability-graph/1\",\"title\":\"Imported from MOF model files\""
    out += ",\"parties\":[" + partyItems.joined(separator: ",") + "]"
    if !items.isEmpty { out += ",\"models\":[" + items.joined(separator: ",") + "]" }
    out += "}"
    return ImportResult(
      json: out, warnings: warnings,
      summary: [
        "\(models.count) releases read of \(paths.count) files; \(named.count) origins named but "
          + "not described (added as minimal models)",
        "\(normalised) license texts recorded as the license they name, \(dropped) left out",
      ])
  }
}

/// The framework's content type of each component (code, data, document),
/// for release-wide licenses.
enum MOFComponentKindGuess {
  static func contentType(_ component: MOFComponent) -> String {
    switch component {
    case .dataPreprocessingCode, .modelArchitecture, .trainingCode, .inferenceCode,
      .evaluationCode, .supportingLibraries:
      return "code"
    case .datasets, .finalParameters, .modelMetadata, .intermediateParameters, .evaluationData:
      return "data"
    default:
      return "document"
    }
  }
}
