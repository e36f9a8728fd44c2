/// An organisation or person in the supply chain.
public struct Party: Sendable, Hashable {
  /// The party's id, unique in its file.
  public var id: String
  /// Its name.
  public var name: String
  /// What kind of party it is.
  public var kind: PartyKind?
  /// Where it is established or operates: ISO 3166 codes or `EU`.
  public var jurisdictions: [String]
  /// Annual revenue in US dollars, if known.
  public var revenueUSD: Double?
  /// Number of employees, if known.
  public var employees: Int?
  /// Roles the file asserts for it (checked against the derived roles).
  public var assertedRoles: [Role]
  /// Free text.
  public var description: String?
  /// A web address.
  public var url: String?
  /// Whether the party is identified (`identified: false`: a party no
  /// source names, such as the unknown supplier of a model, described by
  /// what is known of it; nothing is concluded about it beyond that).
  public var identified: Bool = true
  /// Validity, evidence and location.
  public var fact: Fact

  /// A party with these facts; what is not given is unknown.
  public init(
    id: String,
    name: String,
    kind: PartyKind? = nil,
    jurisdictions: [String] = [],
    revenueUSD: Double? = nil,
    employees: Int? = nil,
    assertedRoles: [Role] = [],
    description: String? = nil,
    url: String? = nil,
    identified: Bool = true,
    fact: Fact
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.jurisdictions = jurisdictions
    self.revenueUSD = revenueUSD
    self.employees = employees
    self.assertedRoles = assertedRoles
    self.description = description
    self.url = url
    self.identified = identified
    self.fact = fact
  }
}
