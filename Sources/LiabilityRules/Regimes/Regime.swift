import LiabilityGraph

/// A regime: a law (or a set of principles) as data. Its rules say which
/// party owes which duty, under which conditions and exemptions, and what
/// information and control the duty needs. See `docs/regimes.md`.
public struct Regime: Sendable, Hashable {
  /// What kind of text the regime encodes.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Law in force (or once in force).
    case law
    /// The policy principles the project starts from.
    case principles
    /// A bill that never became law, encoded to compare.
    case counterfactual
    /// Law that was repealed or replaced.
    case historical
  }

  /// How the regime's territory is reached.
  public enum Scope: String, Sendable, Hashable, CaseIterable {
    /// The subject is offered or used in the territory (through anyone), or
    /// the party is established there.
    case market
    /// The party itself develops, deploys or operates there (its own
    /// services or products reach the territory, or it is established
    /// there); reach only through others' conduct is extraterritorial.
    case presence
    /// The party is established in the territory.
    case establishment
    /// No territorial limit (principles).
    case none
  }

  public var id: String
  public var title: String
  public var version: String?
  public var kind: Kind
  public var jurisdictions: [String]
  public var inForceFrom: Day?
  public var inForceTo: Day?
  public var scope: Scope
  public var description: String?
  public var url: String?
  public var definitions: [String: Condition]
  public var roles: [String: RegimeRole]
  public var rules: [Rule]
  /// The file the regime was read from (`<built-in>` for built-ins).
  public var file: String

  /// Whether the regime is in force on `day`.
  public func inForce(on day: Day) -> Bool {
    if let from = inForceFrom, day < from { return false }
    if let to = inForceTo, day >= to { return false }
    return true
  }
}

/// A role a regime defines, and the graph roles that carry it.
public struct RegimeRole: Sendable, Hashable {
  public var id: String
  public var graphRoles: [Role]
  public var description: String?
}

/// A rule's legal certainty.
public enum RuleStatus: String, Sendable, Hashable, CaseIterable {
  /// Read in the legal text.
  case verified
  /// Taken from a secondary source.
  case secondary
  /// Not yet checked against the text.
  case unverified
}

/// One duty of a regime.
public struct Rule: Sendable, Hashable {
  public var id: String
  public var duty: String
  public var title: String?
  public var role: String
  public var inForceFrom: Day?
  public var inForceTo: Day?
  public var when: Condition
  public var exemptions: [Exemption]
  public var information: [InformationItem]
  public var control: [ControlKind]
  public var citation: String
  public var status: RuleStatus
  /// Whether the rule makes the party answer for harm (civil liability),
  /// as opposed to a duty to document, disclose or report; an incident
  /// trace weighs only these for a party's posture.
  public var answersForHarm: Bool = false
  /// The incident harms the liability covers (empty: any harm), matched
  /// case-insensitively against an incident's `harm`.
  public var harms: [String] = []
  public var note: String?
  public var location: SourceLocation

  /// Whether the rule is in force on `day`.
  public func inForce(on day: Day) -> Bool {
    if let from = inForceFrom, day < from { return false }
    if let to = inForceTo, day >= to { return false }
    return true
  }

  /// Whether the rule makes a party answer for `harm` (any harm when the
  /// incident does not say).
  public func answers(for harm: String?) -> Bool {
    guard answersForHarm else { return false }
    guard !harms.isEmpty, let harm else { return true }
    return harms.contains { $0.lowercased() == harm.lowercased() }
  }
}

/// A condition under which a rule does not apply to an otherwise covered
/// party, and why.
public struct Exemption: Sendable, Hashable {
  public var when: Condition
  public var because: String
}
