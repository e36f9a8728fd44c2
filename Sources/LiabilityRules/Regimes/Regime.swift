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

  /// The regime's id, as `--regime` takes it (`eu-ai-act`).
  public var id: String
  /// The regime's title.
  public var title: String
  /// Which text or version of it the regime encodes, if the pack says.
  public var version: String?
  /// What kind of text the regime encodes.
  public var kind: Kind
  /// The regime's territory: jurisdiction codes.
  public var jurisdictions: [String]
  /// The first day the regime is in force, if it has one.
  public var inForceFrom: Day?
  /// The day the regime stops being in force (exclusive), if it has one.
  public var inForceTo: Day?
  /// How the regime's territory is reached.
  public var scope: Scope
  /// What the regime covers and where the encoding approximates the text.
  public var description: String?
  /// The address of the legal text.
  public var url: String?
  /// Named conditions that rules may use as `name: true|false`, by name.
  public var definitions: [String: Condition]
  /// The regime's roles, by id.
  public var roles: [String: RegimeRole]
  /// The regime's rules, in pack order.
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
  /// The role's id, as rules name it (`gpai-provider`).
  public var id: String
  /// The graph roles that make a party hold this role.
  public var graphRoles: [Role]
  /// What the role is in the regime's terms, if the pack says.
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
  /// The rule's id, unique in its regime (`eu-ai-act/53-1-a`).
  public var id: String
  /// The duty's name (`technical-documentation`).
  public var duty: String
  /// What the duty asks, in a sentence, if the pack says.
  public var title: String?
  /// The id of the regime role that owes the duty.
  public var role: String
  /// The first day the rule is in force, if it has its own.
  public var inForceFrom: Day?
  /// The day the rule stops being in force (exclusive), if it has its own.
  public var inForceTo: Day?
  /// The condition under which the duty applies (always, when the pack
  /// gives none).
  public var when: Condition
  /// Exemptions, in pack order; the first that holds applies.
  public var exemptions: [Exemption]
  /// The information the duty needs.
  public var information: [InformationItem]
  /// The control the duty needs.
  public var control: [ControlKind]
  /// Where the duty is in the legal text (`Art. 53(1)(a)`).
  public var citation: String
  /// The rule's legal certainty.
  public var status: RuleStatus
  /// Whether the rule makes the party answer for harm (civil liability),
  /// as opposed to a duty to document, disclose or report; an incident
  /// trace weighs only these for a party's posture.
  public var answersForHarm: Bool = false
  /// The incident harms the liability covers (empty: any harm), matched
  /// case-insensitively against an incident's `harm`.
  public var harms: [String] = []
  /// Free text, such as where the encoding approximates the law, if the
  /// pack says.
  public var note: String?
  /// Where the rule is in its pack file.
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
  /// The condition under which the exemption applies.
  public var when: Condition
  /// Why the exemption applies, as the pack states it.
  public var because: String
}
