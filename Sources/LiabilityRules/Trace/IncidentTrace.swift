import LiabilityGraph

/// Where a party stands after an incident.
public enum Posture: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Answers for the harm first: it brought the product to the people harmed.
  case primary
  /// Answers beside the primary party, for a part it supplied or ran.
  case contributory
  /// The answer turns on a fact the file does not give, or on a rule whose
  /// text is not verified; the alternatives say what would decide it.
  case indeterminate
  /// No rule that makes a party answer for harm reaches it, or an
  /// exemption applies.
  case notLiable = "not-liable"

  var rank: Int {
    switch self {
    case .primary: return 0
    case .contributory: return 1
    case .indeterminate: return 2
    case .notLiable: return 3
    }
  }

  public static func < (lhs: Posture, rhs: Posture) -> Bool { lhs.rank < rhs.rank }
}

/// An incident traced back through its chain as of its date: the path from
/// the product to the datasets and pre-trainers, and for every party on it
/// what it did, knew, could control and owed, and where it stands.
///
/// ```swift
/// let trace = try IncidentTrace.trace(document, incident: "lexbot-fake-citation")
/// for party in trace.parties { print(trace.graph.ids[party.party], party.posture) }
/// ```
public struct IncidentTrace: Sendable {
  /// One way an open question may be answered, and what decides it.
  public struct Alternative: Sendable, Hashable {
    /// The regime that asks the question.
    public var regime: String
    /// The rule.
    public var rule: String
    /// The outcome, in a sentence.
    public var outcome: String
    /// The facts or texts that decide between the alternatives.
    public var decidedBy: [String]
  }

  /// A harm rule a party owes that only a regulator enforces.
  public struct Exposure: Sendable, Hashable {
    /// The regime's id.
    public var regime: String
    /// The rule.
    public var rule: Rule
    /// The node the duty is about.
    public var subject: Int
    /// Who enforces it, and that the person harmed cannot sue on it.
    public var enforcement: Enforcement
    /// What it means, in a sentence a lawyer can quote.
    public var meaning: String
  }

  /// A regime's verdict on one party.
  public struct RegimePosture: Sendable, Hashable {
    /// The regime's id.
    public var regime: String
    /// Where the party stands under that regime.
    public var posture: Posture
  }

  /// What one regime asks of one party on the path.
  public struct RegimeDuties: Sendable {
    /// The regime's id.
    public var regime: String
    /// The duties the party owes under the regime.
    public var assignments: [Assignment]
    /// Duties the party would owe but for an exemption.
    public var exempt: [Exempted]
    /// Problems with where the party's duties fall.
    public var findings: [Finding]
  }

  /// One party on the path.
  public struct PartyTrace: Sendable {
    /// The party's node.
    public var party: Int
    /// Its roles on the path, each with the reason (what it did).
    public var roles: [RoleAssignment]
    /// The information it holds about nodes on the path.
    public var holds: [(item: InformationItem, holding: Holding)]
    /// What it can control about nodes on the path.
    public var controls: [(control: ControlKind, holding: Holding)]
    /// Its duties on the path, per regime.
    public var duties: [RegimeDuties]
    /// Where it stands.
    public var posture: Posture
    /// Each regime's view, where a rule that answers for harm reaches it.
    public var postures: [RegimePosture]
    /// Why, in sentences a lawyer can quote; the deciding ones first.
    public var reasons: [String]
    /// For an indeterminate posture: the outcomes and what decides them.
    public var alternatives: [Alternative]
    /// Harm rules that only a regulator enforces (no private right of
    /// action): exposure to an enforcement action, kept apart from the
    /// posture, which is liability to the person harmed.
    public var exposure: [Exposure] = []
    /// The unstated facts the posture rests on, in words (a role taken on
    /// an unstated lineage, a fact of an unidentified party).
    public var assumed: [String] = []
    /// The sources of the facts used.
    public var sources: [String]
  }

  /// A contract in force on the incident date between parties on the path.
  public struct ContractTerm: Sendable {
    /// The contract.
    public var contract: Contract
    /// Indemnities that cover the incident's harm.
    public var covering: [Contract.Indemnity]
    /// Whether the contract excludes the incident's harm from liability.
    public var excludesHarm: Bool
  }

  /// A dated event on the path.
  public struct TimelineEvent: Sendable, Hashable {
    /// The day it happened.
    public var date: Day
    /// What happened.
    public var text: String
    /// The node it concerns, if any.
    public var node: String?
    /// The sources of the fact.
    public var sources: [String]
  }

  /// The incident.
  public var incident: Incident
  /// The chain as of the incident date.
  public var graph: SupplyChainGraph
  /// Who holds what, as of the incident date.
  public var holdings: InformationHoldings
  /// The regimes applied, each with why it was chosen.
  public var regimes: [(regime: Regime, why: String)]
  /// The built-in laws a default trace considered and did not apply, each
  /// with the reason (empty when the regimes were asked for).
  public var regimesNotApplied: [(regime: Regime, why: String)] = []

  /// Whether any law (not the principles, not a counterfactual) applied.
  public var anyLawApplied: Bool {
    regimes.contains { $0.regime.kind == .law || $0.regime.kind == .historical }
  }
  /// Each regime's report, kept to the parties and nodes on the path.
  public var reports: [DutyReport]
  /// The nodes from the product upstream, nearest first.
  public var path: [Int]
  /// The asset edges among the path's nodes, and the incident's.
  public var pathEdges: [Edge]
  /// The parties on the path: vendor first, then upstream.
  public var parties: [PartyTrace]
  /// Contracts between parties on the path.
  public var contracts: [ContractTerm]
  /// Sentences on the harm that no indemnity covers or that a contract
  /// excludes.
  public var uncovered: [String]
  /// Dated events on the path up to the incident, in date order.
  public var timeline: [TimelineEvent]
  /// The reports the parties on the path must make about the incident,
  /// each with its deadline.
  public var deadlines: [Deadline] = []
  /// The recourse the harm rules on the path give their bearers against
  /// others on it.
  public var recourse: [Recourse] = []
  /// The defences the rules on the path bar.
  public var barredDefences: [BarredDefence] = []
  /// Every source the conclusions use, in order of first use.
  public var evidence: [String]
  /// Facts used that cite no source.
  public var unsourced: [String]
}

/// Why an incident cannot be traced.
public struct TraceError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, in words.
  public var message: String
  /// Whether the chain's facts are at fault (the incident's product is not
  /// valid on its date) rather than the request (an unknown incident).
  public var inTheFacts: Bool = false
  /// The message.
  public var description: String { message }
}

/// An incident's path through the chain as of its date, without any
/// regime weighed: what `render --incident` highlights.
public struct IncidentPath: Sendable {
  /// The chain as of the incident's date.
  public var graph: SupplyChainGraph
  /// The incident.
  public var incident: Incident
  /// The product, then the nodes upstream of it, nearest first.
  public var nodes: [Int]
  /// The edges among the path's nodes, and the incident's own.
  public var edges: [Edge]
  /// The parties that own or deploy the path's nodes: vendor first.
  public var parties: [Int]

  /// The ids of everything on the path: the incident, its nodes and their
  /// parties.
  public var ids: Set<String> {
    Set((nodes + parties).map { graph.ids[$0] }).union([incident.id])
  }
}
