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
  /// Whether the file states its risk areas (`risk_areas`, even empty:
  /// `risk_areas: []` says it is used in none); when it does not, whether it
  /// is in one is unknown.
  public var riskAreasStated: Bool = true
  /// Parties that use it in their own operations.
  public var deployers: [Reference]
  /// What it is meant for, in the provider's words.
  public var intendedPurpose: String? = nil
  /// Whether it is a high-risk AI system in the EU AI Act's sense (Art 6);
  /// `nil` when the file does not say (then inferred from Annex III risk
  /// areas).
  public var highRisk: Bool? = nil
  /// Kinds of synthetic content it generates.
  public var generates: [ContentKind] = []
  /// Whether the file states what it generates (`generates`, even empty);
  /// when it does not, what it generates is unknown.
  public var generatesStated: Bool = true
  /// Functions that carry transparency duties for deployers.
  public var functions: [SystemFunction] = []
  /// Whether the file states its functions (`functions`, even empty:
  /// `functions: []` says it has none of them); when it does not, whether
  /// it has one is unknown.
  public var functionsStated: Bool = true
  /// Whether a person reviews generated text and holds editorial
  /// responsibility for its publication.
  public var editorialReview: Bool? = nil
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
  /// Whether it is a product with digital elements in the Cyber Resilience
  /// Act's sense (Art 3(1)): software or hardware placed on the market (an
  /// app, a download, a device), not a service used only online; `nil` when
  /// the file does not say.
  public var digitalElements: Bool? = nil
  /// Other parties' AI systems this product rebrands, modifies or puts to a
  /// new purpose.
  public var systemChanges: [SystemChange] = []
  /// Whether the file states the product's changes to other parties'
  /// systems (`system_changes`, even empty); when it does not, whether it
  /// changed a system it builds on is unknown.
  public var systemChangesStated: Bool = true
  /// When it was released.
  public var released: Day?
  /// Free text.
  public var description: String?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact

  /// A product with these facts; an optional fact not given is unknown (the `...Stated` flags say whether a list was stated at all).
  public init(
    id: String,
    name: String,
    vendor: String,
    uses: [Reference] = [],
    markets: [String] = [],
    users: UserBase? = nil,
    riskAreas: [RiskArea] = [],
    riskAreasStated: Bool = true,
    deployers: [Reference] = [],
    intendedPurpose: String? = nil,
    highRisk: Bool? = nil,
    generates: [ContentKind] = [],
    generatesStated: Bool = true,
    functions: [SystemFunction] = [],
    functionsStated: Bool = true,
    editorialReview: Bool? = nil,
    highRiskUseExcluded: Bool? = nil,
    safetyComponent: Bool? = nil,
    interactsWithPeople: Bool? = nil,
    systemChanges: [SystemChange] = [],
    systemChangesStated: Bool = true,
    released: Day? = nil,
    description: String? = nil,
    url: String? = nil,
    fact: Fact
  ) {
    self.id = id
    self.name = name
    self.vendor = vendor
    self.uses = uses
    self.markets = markets
    self.users = users
    self.riskAreas = riskAreas
    self.riskAreasStated = riskAreasStated
    self.deployers = deployers
    self.intendedPurpose = intendedPurpose
    self.highRisk = highRisk
    self.generates = generates
    self.generatesStated = generatesStated
    self.functions = functions
    self.functionsStated = functionsStated
    self.editorialReview = editorialReview
    self.highRiskUseExcluded = highRiskUseExcluded
    self.safetyComponent = safetyComponent
    self.interactsWithPeople = interactsWithPeople
    self.systemChanges = systemChanges
    self.systemChangesStated = systemChangesStated
    self.released = released
    self.description = description
    self.url = url
    self.fact = fact
  }
}

/// A product's change to an AI system another party placed on the market:
/// a rebrand, a substantial modification, or a new intended purpose.
public struct SystemChange: Sendable, Hashable {
  /// The service or product changed.
  public var system: String
  /// How it was changed.
  public var change: SystemChangeKind
  /// When.
  public var date: Day?
  /// Validity, evidence and location.
  public var fact: Fact

  /// Creates a change record.
  public init(system: String, change: SystemChangeKind, date: Day? = nil, fact: Fact) {
    self.system = system
    self.change = change
    self.date = date
    self.fact = fact
  }
}
