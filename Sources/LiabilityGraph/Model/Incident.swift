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
  /// The kind of harm, as ``Harm`` spells it (`misinformation`).
  public var harm: String?
  /// Where it happened: an ISO 3166 code or `EU`.
  public var jurisdiction: String?
  /// Free text.
  public var description: String?
  /// Validity, evidence and location.
  public var fact: Fact
  /// The legal proceedings about the incident, in file order.
  public var proceedings: [Proceeding] = []
  /// The circumstances the file states, true or false, in file order;
  /// any other is unknown.
  public var circumstances: [StatedCircumstance] = []
  /// When parties became aware of the incident, in file order: the day
  /// most reporting clocks start from.
  public var aware: [Awareness] = []
  /// What others allege about the incident (an incident database, a
  /// complaint): who developed and deployed the system and who was
  /// harmed. An allegation is not a role: the chain's roles come from its
  /// items and links alone.
  public var alleged: [Allegation] = []

  /// What one party alleges about an incident.
  public struct Allegation: Sendable, Hashable {
    /// Who alleges it (`AI Incident Database`).
    public var by: String
    /// The parties alleged to have developed the AI system.
    public var developers: [String]
    /// The parties alleged to have deployed it.
    public var deployers: [String]
    /// The parties alleged to have been harmed or nearly harmed.
    public var harmed: [String]
    /// The AI systems it names as implicated, as it names them.
    public var systems: [String]
    /// Validity, evidence (the reports it rests on) and location.
    public var fact: Fact

    /// An allegation by `by`.
    public init(
      by: String, developers: [String] = [], deployers: [String] = [], harmed: [String] = [],
      systems: [String] = [], fact: Fact
    ) {
      self.by = by
      self.developers = developers
      self.deployers = deployers
      self.harmed = harmed
      self.systems = systems
      self.fact = fact
    }
  }

  /// A circumstance the file states, and whether it holds.
  public struct StatedCircumstance: Sendable, Hashable {
    /// The circumstance.
    public var circumstance: IncidentCircumstance
    /// Whether it holds.
    public var holds: Bool
    /// The circumstance, stated as holding or not.
    public init(_ circumstance: IncidentCircumstance, _ holds: Bool) {
      self.circumstance = circumstance
      self.holds = holds
    }
  }

  /// The day a party became aware of the incident.
  public struct Awareness: Sendable, Hashable {
    /// The party's id.
    public var party: String
    /// The day.
    public var date: Day
    /// The party, aware from that day.
    public init(party: String, date: Day) {
      self.party = party
      self.date = date
    }
  }

  /// Whether the incident has a circumstance: the file's word, or, for a
  /// death, a harm of `death`; nil when the file does not say.
  public func has(_ circumstance: IncidentCircumstance) -> Bool? {
    if let stated = circumstances.first(where: { $0.circumstance == circumstance }) {
      return stated.holds
    }
    if circumstance == .death, harm == Harm.death.rawValue { return true }
    return nil
  }

  /// The day a party became aware of the incident, if the file says.
  public func awareness(of party: String) -> Day? {
    aware.first { $0.party == party }?.date
  }

  /// An incident with these facts.
  public init(
    id: String,
    name: String? = nil,
    date: Day,
    product: String,
    harm: String? = nil,
    jurisdiction: String? = nil,
    description: String? = nil,
    fact: Fact,
    proceedings: [Proceeding] = []
  ) {
    self.id = id
    self.name = name
    self.date = date
    self.product = product
    self.harm = harm
    self.jurisdiction = jurisdiction
    self.description = description
    self.fact = fact
    self.proceedings = proceedings
  }
}

/// A legal proceeding about an incident: where, between whom, on what
/// causes of action, with what outcome.
public struct Proceeding: Sendable, Hashable {
  /// The court, tribunal or authority (`S.D.N.Y.`).
  public var forum: String
  /// Who brought it: a party id, or a name.
  public var claimant: String?
  /// Against whom: party ids or names.
  public var respondents: [String]
  /// The causes of action (`negligence`, `product liability`).
  public var causesOfAction: [String]
  /// When it was filed.
  public var filed: Day?
  /// When it was decided.
  public var decided: Day?
  /// How it ended, in words (`dismissed`, `settled`, `sanctions imposed`).
  public var outcome: String?
  /// Damages awarded, in US dollars.
  public var damagesUSD: Double?
  /// The decision's citation (`No. 22-cv-1461 (S.D.N.Y. June 22, 2023)`).
  public var citation: String?
  /// Pinpoint cites within the decision (`at 17`).
  public var pinpoints: [String]
  /// Validity, evidence and location.
  public var fact: Fact

  /// A proceeding with these facts.
  public init(
    forum: String, claimant: String? = nil, respondents: [String] = [],
    causesOfAction: [String] = [], filed: Day? = nil, decided: Day? = nil,
    outcome: String? = nil, damagesUSD: Double? = nil, citation: String? = nil,
    pinpoints: [String] = [], fact: Fact
  ) {
    self.forum = forum
    self.claimant = claimant
    self.respondents = respondents
    self.causesOfAction = causesOfAction
    self.filed = filed
    self.decided = decided
    self.outcome = outcome
    self.damagesUSD = damagesUSD
    self.citation = citation
    self.pinpoints = pinpoints
    self.fact = fact
  }
}
