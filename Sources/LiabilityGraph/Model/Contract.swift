/// An agreement between parties that moves risk: indemnities and caps.
public struct Contract: Sendable, Hashable {
  /// The contract's id.
  public var id: String
  /// Its name.
  public var name: String?
  /// The document.
  public var document: String?
  /// The parties to it.
  public var parties: [String]
  /// When it was made.
  public var date: Day?
  /// Who indemnifies whom for what.
  public var indemnities: [Indemnity]
  /// The liability cap in US dollars.
  public var liabilityCapUSD: Double?
  /// Harms the contract excludes from liability.
  public var excludes: [String]
  /// Validity, evidence and location.
  public var fact: Fact

  /// One promise to hold another party harmless.
  public struct Indemnity: Sendable, Hashable {
    /// The party that indemnifies.
    public var by: String
    /// The party indemnified; `nil` for the other parties to the contract.
    public var to: String?
    /// The harms covered.
    public var harms: [String]
    /// Where it was written.
    public var location: SourceLocation

    /// A promise to hold harmless.
    public init(
      by: String,
      to: String? = nil,
      harms: [String] = [],
      location: SourceLocation
    ) {
      self.by = by
      self.to = to
      self.harms = harms
      self.location = location
    }
  }

  /// A contract between parties.
  public init(
    id: String,
    name: String? = nil,
    document: String? = nil,
    parties: [String],
    date: Day? = nil,
    indemnities: [Indemnity] = [],
    liabilityCapUSD: Double? = nil,
    excludes: [String] = [],
    fact: Fact
  ) {
    self.id = id
    self.name = name
    self.document = document
    self.parties = parties
    self.date = date
    self.indemnities = indemnities
    self.liabilityCapUSD = liabilityCapUSD
    self.excludes = excludes
    self.fact = fact
  }
}
