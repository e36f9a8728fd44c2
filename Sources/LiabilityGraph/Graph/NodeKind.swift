/// What a node in the supply-chain graph stands for.
public enum NodeKind: String, Sendable, Hashable, CaseIterable, Codable,
  CustomStringConvertible
{
  /// A company, organisation or person in the chain.
  case party
  /// A model, trained from scratch or derived from others.
  case model
  /// A dataset models are trained on.
  case dataset
  /// A license, defined in the file or built in.
  case license
  /// A hosted service that serves models through an API.
  case service
  /// A product that uses services or models.
  case product
  /// An incident of harm involving a product.
  case incident
  /// A source of evidence that facts cite.
  case source
  /// Disclosures and contracts have ids in the file but are not graph
  /// nodes; they are kept for the duties and trace engines.
  case disclosure, contract

  /// The kind as the format writes it ("model"); interpolated into
  /// messages without reflection.
  public var description: String { rawValue }

  /// "a model", "an incident": for messages.
  public var withArticle: String {
    switch self {
    case .incident: return "an incident"
    default: return "a \(rawValue)"
    }
  }
}
