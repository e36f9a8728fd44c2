/// What a node in the supply-chain graph stands for.
public enum NodeKind: String, Sendable, Hashable, CaseIterable, Codable {
  case party, model, dataset, license, service, product, incident, source
  /// Disclosures and contracts have ids in the file but are not graph
  /// nodes; they are kept for the duties and trace engines.
  case disclosure, contract

  /// "a model", "an incident": for messages.
  public var withArticle: String {
    switch self {
    case .incident: return "an incident"
    default: return "a \(rawValue)"
    }
  }
}
