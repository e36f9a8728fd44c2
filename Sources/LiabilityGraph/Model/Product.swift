/// A product offered to users.
public struct Product: Sendable, Hashable {
  /// The product's id.
  public var id: String
  /// Its name.
  public var name: String
  /// The party that offers it.
  public var vendor: String
  /// Services it calls, or models it runs itself.
  public var uses: [Reference]
  /// Where it is offered: ISO 3166 codes or `EU`.
  public var markets: [String]
  /// Who it is offered to.
  public var users: UserBase?
  /// High-risk areas it is used in.
  public var riskAreas: [RiskArea]
  /// Parties that use it in their own operations.
  public var deployers: [Reference]
  /// When it was released.
  public var released: Day?
  /// Free text.
  public var description: String?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact
}
