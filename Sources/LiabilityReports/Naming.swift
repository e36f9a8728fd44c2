import LiabilityGraph
import LiabilityRules

/// Words a lawyer reads: the names of parties, models, datasets, services
/// and products in place of their ids, and facts in plain words.
enum Naming {
  /// Words of the engine's own sentences that an id might spell: never
  /// replaced, so that a sentence keeps its grammar.
  static let keep: Set<String> = [
    "a", "an", "and", "the", "of", "to", "for", "by", "in", "on", "is", "it", "its", "or",
    "model", "models", "service", "services", "product", "products", "dataset", "datasets",
    "party", "public", "no", "not", "with", "from", "as", "at", "that", "which", "this",
  ]

  /// The node kinds whose ids are replaced by names.
  static let named: Set<NodeKind> = [.party, .model, .dataset, .service, .product]

  /// `text` with every id of a party, model, dataset, service or product
  /// replaced by its name.
  static func names(in text: String, _ graph: SupplyChainGraph) -> String {
    var out = ""
    var token = ""
    func flush() {
      guard !token.isEmpty else { return }
      // A sentence's full stop is not part of an id.
      var word = Substring(token)
      var tail = ""
      while let last = word.last, last == "." {
        word = word.dropLast()
        tail.append(last)
      }
      if !keep.contains(String(word)), let node = graph.node(String(word)),
        named.contains(graph.kinds[node])
      {
        out += graph.name(of: node) + tail
      } else {
        out += token
      }
      token = ""
    }
    for character in text {
      if character.isASCII
        && (character.isLetter || character.isNumber || "._-".contains(character))
      {
        token.append(character)
      } else {
        flush()
        out.append(character)
      }
    }
    flush()
    return out
  }

  /// An information item in words ("capabilities and limitations").
  static func item(_ item: InformationItem) -> String {
    switch item {
    case .capabilitiesLimitations: return "capabilities and limitations"
    case .fineTuneData: return "fine-tune data"
    case .userFacingClaims: return "user-facing claims"
    default: return item.rawValue.replacingOccurrences(of: "-", with: " ")
    }
  }

  /// A control in words, as the end of "could ...".
  static func control(_ control: ControlKind) -> String {
    switch control {
    case .modifyRunningCopy: return "modify the running copy"
    case .shutDownRunningCopy: return "shut down the running copy"
    case .changeDeploymentConfiguration: return "change the deployment configuration"
    case .revokeLicense: return "revoke the license"
    default: return control.rawValue.replacingOccurrences(of: "-", with: " ")
    }
  }

  /// A node's name.
  static func name(_ node: Int, _ graph: SupplyChainGraph) -> String {
    graph.name(of: node)
  }

  /// What a rule asks, as the end of "X must ...".
  static func duty(_ rule: Rule) -> String { rule.asked }

  /// A fact of the condition vocabulary in words.
  static func fact(_ name: String) -> String { ConditionFact.words(name) }
}
