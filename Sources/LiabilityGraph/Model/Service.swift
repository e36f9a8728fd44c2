/// A hosted service (an API) that serves models.
public struct Service: Sendable, Hashable {
  /// The service's id.
  public var id: String
  /// Its name.
  public var name: String
  /// The party that provides it (the API provider).
  public var provider: String
  /// The models it serves.
  public var models: [Reference]
  /// The parties that run its hardware.
  public var hosts: [Reference]
  /// Where it is offered: ISO 3166 codes or `EU`.
  public var regions: [String]
  /// Parties that use it in their own operations.
  public var deployers: [Reference]
  /// When it started.
  public var released: Day?
  /// Free text.
  public var description: String?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact
}
