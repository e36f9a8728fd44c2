/// The licenses every file can name without defining them: common SPDX ids
/// and the well-known model licenses, with the facts duties depend on.
public struct BuiltinLicenses: Sendable {
  /// The licenses, in table order.
  public let licenses: [License]
  /// The sources the table cites.
  public let sources: [Source]
  /// Problems found reading the table (empty unless the table is broken;
  /// a test keeps it so).
  public let diagnostics: [Diagnostic]
  private let canonical: [String: String]
  /// The ids `canonicalID(for:)` returns unchanged (for the checks, which
  /// ask this of every license reference).
  private let canonicalIDs: Set<String>

  /// The table's text: `Licenses/licenses.yaml` in the source tree,
  /// embedded in the binary.
  static var yaml: String {
    EmbeddedData.files.first { $0.path == "Licenses/licenses.yaml" }?.text ?? ""
  }

  /// The table, read once per process.
  public static let shared = BuiltinLicenses()

  /// Names used elsewhere (Hugging Face license tags) for built-in ids.
  package static let aliases: [String: String] = [
    "llama2": "llama-2-community",
    "llama3": "llama-3-community",
    "llama3.1": "llama-3.1-community",
    "llama3.2": "llama-3.2-community",
    "llama3.3": "llama-3.3-community",
    "gemma": "gemma-terms",
    "bigscience-bloom-rail-1.0": "bigscience-bloom-rail-1.0",
    "cc-by-4.0": "CC-BY-4.0",
    "odc-by": "ODC-By-1.0",
    "other": "unknown",
  ]

  init() {
    let decoder = DocumentDecoder(file: "<built-in licenses>", builtins: nil)
    var licenses: [License] = []
    var sources: [Source] = []
    switch YAMLReader(file: decoder.file).read(Self.yaml) {
    case .success(let root):
      if let document = decoder.decode(root) {
        decoder.diagnostics += DocumentChecks.diagnostics(
          for: document, builtins: nil, sites: decoder.sites)
        licenses = document.licenses
        sources = document.sources
      }
    case .failure(let list):
      decoder.diagnostics += list.diagnostics
    }
    self.licenses = licenses
    self.sources = sources
    self.diagnostics = decoder.diagnostics
    var canonical: [String: String] = [:]
    for license in licenses { canonical[license.id.lowercased()] = license.id }
    for (alias, id) in Self.aliases where canonical[id.lowercased()] != nil {
      canonical[alias.lowercased()] = canonical[id.lowercased()]
    }
    self.canonical = canonical
    self.canonicalIDs = Set(
      canonical.compactMap { $0.key == $0.value.lowercased() ? $0.value : nil })
  }

  /// Whether `name` is a built-in id exactly as the table writes it
  /// (`canonicalID(for: name) == name`, without making a lowercased copy).
  package func isCanonicalID(_ name: String) -> Bool {
    canonicalIDs.contains(name)
  }

  /// Every built-in id.
  public var ids: [String] { licenses.map(\.id) }

  /// The built-in id `name` stands for: the id itself in any letter case,
  /// or a known alias (`llama3.1` → `llama-3.1-community`).
  public func canonicalID(for name: String) -> String? {
    canonical[name.lowercased()]
  }

  /// The built-in license with this id or alias.
  public func license(_ name: String) -> License? {
    guard let id = canonicalID(for: name) else { return nil }
    return licenses.first { $0.id == id }
  }
}
