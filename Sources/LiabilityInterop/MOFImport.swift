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
public struct MOFImport: ChainImporter {
  /// The chain's title.
  public var title: String { "Imported from MOF model files" }
  var releases: [(MOFRelease, ImportedFile)] = []
  var normalised = 0
  var dropped = 0
  var origins = 0

  /// An importer.
  public init() {}

  static let unattributed = "Unattributed (not named by the imported files)"

  /// Reads one model file.
  public mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler) {
    guard let text = file.text(&chain) else { return }
    do {
      releases.append((try MOFModelFile.read(text: text, file: file.path), file))
    } catch {
      chain.warn(error.code, "\(error.message); left out", at: file.at(error.line))
    }
  }

  /// Makes the chain: each release a model (the first file of a name is
  /// kept), then each origin named but not described a minimal model.
  public mutating func finish(into chain: inout ChainAssembler) {
    func id(_ name: String) -> String {
      ChainAssembler.isID(name) ? name : ChainAssembler.slug(name)
    }
    var seen: [String: SourceLocation] = [:]
    var kept: [(MOFRelease, ImportedFile, String)] = []
    for (release, file) in releases {
      let modelID = id(release.name)
      if let first = seen[modelID] {
        chain.warn(
          .duplicateID, "'\(release.name)' is also described by \(first.file); the first is kept",
          at: file.at(1), notes: [.init("first described here", at: first)])
        continue
      }
      seen[modelID] = file.at(1)
      _ = chain.claim(modelID)
      kept.append((release, file, modelID))
    }
    func origin(_ release: MOFRelease, _ modelID: String) -> String? {
      guard let origin = release.origin?.trimmingCharacters(in: .whitespaces), !origin.isEmpty,
        origin != release.name, origin.lowercased() != "none", id(origin) != modelID
      else { return nil }
      return id(origin)
    }
    // Origins no release describes, minted before any party is.
    var named: [(String, SourceLocation)] = []
    var originIDs: [String: String] = [:]
    for (release, file, modelID) in kept {
      guard let base = origin(release, modelID), seen[base] == nil, originIDs[base] == nil
      else { continue }
      originIDs[base] = chain.mint(base, what: "model", at: file.at(1))
      named.append((base, file.at(1)))
    }
    for (release, file, modelID) in kept {
      let place = file.at(1)
      let producer = chain.organization(
        release.producer, unattributed: Self.unattributed, at: place)
      func licenseID(_ value: String, _ what: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "unlicensed" { return nil }
        if let known = BuiltinLicenses.shared.canonicalID(for: trimmed) { return known }
        if let named = ChainAssembler.knownLicense(trimmed) {
          normalised += 1
          chain.warn(
            .assumedFact,
            "\(what): '\(trimmed)' is not an SPDX id; recorded as \(named) (the Model Openness "
              + "Tool would not count it)", at: place)
          return named
        }
        dropped += 1
        chain.warn(
          .unknownLicense, "\(what): license '\(trimmed)' is not a known license; left out",
          at: place)
        return nil
      }
      let license = release.licenses["distribution"].flatMap {
        licenseID($0, "distribution license")
      }
      var url: String? = nil
      if let address = release.huggingface ?? release.repository, address.hasPrefix("http"),
        address != "https://huggingface.co", address != "https://github.com"
      {
        url = address
      }
      for unknown in release.unknownComponents {
        chain.warn(
          .invalidValue,
          "'\(unknown.name)' is not a Model Openness Framework component; left out",
          at: file.at(unknown.line))
      }
      for problem in release.componentProblems {
        chain.warn(.invalidValue, problem.message, at: file.at(problem.line))
      }
      var components: [Model.Component] = []
      for (component, license) in release.frameworkComponents.sorted(by: {
        $0.key.rawValue < $1.key.rawValue
      }) {
        let kind = MOFComponentKindGuess.contentType(component)
        guard let value = license ?? release.licenses[kind] ?? release.licenses["distribution"],
          let id = licenseID(value, "component '\(component.rawValue)'")
        else { continue }
        components.append(Model.Component(component: component, license: id, location: place))
      }
      chain.add(
        Model(
          id: modelID, name: release.name, developer: producer, license: license,
          components: components, url: url, fact: Fact(location: place)))
      // An origin: a base among the releases, or a minimal model.
      if let base = origin(release, modelID) {
        chain.link(
          modelID, to: originIDs[base] ?? base, relation: nil, assumed: .finetune,
          because: "a MOF file names its origin, not how the model derives from it", at: place)
      }
    }
    for (origin, place) in named {
      origins += 1
      chain.add(
        Model(
          id: originIDs[origin] ?? origin, name: origin,
          developer: chain.organization(nil, unattributed: Self.unattributed, at: place),
          description: "Named as an origin by an imported MOF file; not described by one",
          fact: Fact(location: place)))
    }
  }

  /// How many releases, origins and licenses.
  public func summary(of chain: ChainAssembler, files: Int) -> [String] {
    [
      "\(chain.counts.models - origins) releases read of \(files) files; \(origins) origins "
        + "named but not described (added as minimal models)",
      "\(normalised) license texts recorded as the license they name, \(dropped) left out",
    ]
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
