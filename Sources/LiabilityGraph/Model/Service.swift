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
  /// What it is meant for, in the provider's words.
  public var intendedPurpose: String? = nil
  /// Whether it is a high-risk AI system in the EU AI Act's sense (Art 6);
  /// `nil` when the file does not say.
  public var highRisk: Bool? = nil
  /// Kinds of synthetic content it generates.
  public var generates: [ContentKind] = []
  /// Whether the file states what it generates (`generates`, even empty).
  public var generatesStated: Bool = true
  /// Functions that carry transparency duties.
  public var functions: [SystemFunction] = []
  /// Whether the file states its functions (`functions`, even empty).
  public var functionsStated: Bool = true
  /// Whether its provider has clearly excluded its change into a high-risk
  /// system.
  public var highRiskUseExcluded: Bool? = nil
  /// Whether it is a product, or a safety component of a product, under
  /// EU product legislation (EU AI Act Art 6(1), Annex I); `nil` when the
  /// file does not say.
  public var safetyComponent: Bool? = nil
  /// Whether it is intended to interact directly with natural persons (its
  /// users, employees or consumers; EU AI Act Art 50(1)); `nil` when the
  /// file does not say.
  public var interactsWithPeople: Bool? = nil
  /// How many people use it in a month (visitors or users, as California
  /// SB 942 counts them); `nil` when the file does not say.
  public var monthlyUsers: Double? = nil
  /// How it marks its output, as the file states it (``MarkingFact``); a
  /// fact not listed is unknown.
  public var marking: [StatedMarking] = []
  /// When it started.
  public var released: Day?
  /// Free text.
  public var description: String?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact

  /// A service with these facts; an optional fact not given is unknown (the `...Stated` flags say whether a list was stated at all).
  public init(
    id: String,
    name: String,
    provider: String,
    models: [Reference] = [],
    hosts: [Reference] = [],
    regions: [String] = [],
    deployers: [Reference] = [],
    intendedPurpose: String? = nil,
    highRisk: Bool? = nil,
    generates: [ContentKind] = [],
    generatesStated: Bool = true,
    functions: [SystemFunction] = [],
    functionsStated: Bool = true,
    highRiskUseExcluded: Bool? = nil,
    safetyComponent: Bool? = nil,
    interactsWithPeople: Bool? = nil,
    released: Day? = nil,
    description: String? = nil,
    url: String? = nil,
    fact: Fact
  ) {
    self.id = id
    self.name = name
    self.provider = provider
    self.models = models
    self.hosts = hosts
    self.regions = regions
    self.deployers = deployers
    self.intendedPurpose = intendedPurpose
    self.highRisk = highRisk
    self.generates = generates
    self.generatesStated = generatesStated
    self.functions = functions
    self.functionsStated = functionsStated
    self.highRiskUseExcluded = highRiskUseExcluded
    self.safetyComponent = safetyComponent
    self.interactsWithPeople = interactsWithPeople
    self.released = released
    self.description = description
    self.url = url
    self.fact = fact
  }
}
