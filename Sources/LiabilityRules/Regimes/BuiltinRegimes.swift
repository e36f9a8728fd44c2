import LiabilityGraph

/// The regimes the tool ships: the packs in `Sources/LiabilityRules/Packs`
/// (one `.yaml` file per regime, embedded in the binary), read once per
/// process.
public enum BuiltinRegimes {
  /// Each built-in pack's file name and text: the principles first, then
  /// by file name (a new pack needs only its file).
  static let texts: [(file: String, text: String)] = EmbeddedData.files.compactMap { entry in
    guard entry.path.hasPrefix("Packs/") else { return nil }
    return (String(entry.path.dropFirst("Packs/".count)), entry.text)
  }.sorted { a, b in
    let first = (a.file == "principles.yaml" ? 0 : 1, a.file)
    let second = (b.file == "principles.yaml" ? 0 : 1, b.file)
    return first < second
  }

  /// The built-in regimes, or the diagnostics of a broken one (a test
  /// keeps them clean; `lgraph` reports a broken one rather than drop it).
  public static let loaded: [RegimeLoader.Result] = texts.map {
    RegimeLoader.load(text: $0.text, file: "<built-in \($0.file)>")
  }

  /// Every built-in regime that loads.
  public static var all: [Regime] { loaded.compactMap(\.regime) }

  /// The diagnostics of built-in packs that do not load (none in a sound
  /// build).
  public static var problems: [Diagnostic] {
    loaded.filter { $0.regime == nil }.flatMap(\.diagnostics)
  }

  /// The built-in regime with this id, in any letter case.
  public static func regime(_ id: String) -> Regime? {
    all.first { $0.id == id } ?? all.first { $0.id.lowercased() == id.lowercased() }
  }
}
