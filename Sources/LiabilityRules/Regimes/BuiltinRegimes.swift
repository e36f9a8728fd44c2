import LiabilityGraph

/// The regimes the tool ships, read once per process.
public enum BuiltinRegimes {
  /// Each built-in pack's id and text, in the order `lgraph regimes` lists
  /// them.
  static let texts: [(id: String, text: String)] = [
    ("principles", principles),
    ("eu-ai-act", euAIAct),
    ("eu-pld", euPLD),
    ("ca-sb53", caSB53),
    ("ca-sb1047", caSB1047),
    ("ny-raise-2025", nyRAISE2025),
    ("ny-raise-2026", nyRAISE2026),
    ("co-sb24-205", coloradoSB24205),
    ("us-ear", usEAR),
  ]

  /// The built-in regimes, or the diagnostics of a broken one (a test
  /// keeps them clean).
  public static let loaded: [RegimeLoader.Result] = texts.map {
    RegimeLoader.load(text: $0.text, file: "<built-in \($0.id)>")
  }

  /// Every built-in regime that loads.
  public static var all: [Regime] { loaded.compactMap(\.regime) }

  /// The built-in regime with this id.
  public static func regime(_ id: String) -> Regime? {
    all.first { $0.id == id }
  }
}
