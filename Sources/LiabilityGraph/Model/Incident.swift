/// Harm that happened through a product.
public struct Incident: Sendable, Hashable {
  /// The incident's id.
  public var id: String
  /// Its name.
  public var name: String?
  /// When it happened.
  public var date: Day
  /// The product through which it happened.
  public var product: String
  /// The kind of harm (e.g. `misinformation`).
  public var harm: String?
  /// Where it happened: an ISO 3166 code or `EU`.
  public var jurisdiction: String?
  /// Free text.
  public var description: String?
  /// Validity, evidence and location.
  public var fact: Fact
}
