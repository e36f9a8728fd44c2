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
  /// The pack's text as written, for printing it back.
  public var text: String?
  /// How the regime's own dates (`in_force`) are known.
  public var dateStatus: RuleStatus = .verified
  /// Whether the pack states how its dates are known (`in_force.status`).
  var dateStatusStated = false
  /// Where the regime's dates come from and why, if the pack says.
  public var dateNote: String?
  /// When the pack was last checked against the law.
  public var lastReviewed: Day?
  /// The acts that amended the text the pack encodes, by id.
  public var amendments: [Amendment] = []
  /// What a reader must know beside the rules: litigation, stays, sources
  /// that conflict.
  public var notices: [Notice] = []
  /// Groups of jurisdictions, by code (`EU` → its member states): a code
  /// of the group lies within it.
  public var regions: [String: [String]] = [:]
  /// The definitions that the engine's relational facts use, by term
  /// (`high-risk-system` → the pack's definition of a high-risk system).
  public var terms: [String: String] = [:]
  /// Named exemptions rules may share, by name.
  public var namedExemptions: [String: Exemption] = [:]
  /// Named transitional provisions rules may share, by name.
  public var namedTransitions: [String: Transition] = [:]
  /// Who enforces the regime's rules, unless a rule says otherwise.
  public var enforcement: Enforcement?

  /// The harms the regime's rules answer for: `nil` when no rule answers
  /// for harm, an empty list when a rule answers for any harm, else the
  /// harms named, in vocabulary order.
  public var harmsAnsweredFor: [Harm]? {
    let answering = rules.filter(\.answersForHarm)
    if answering.isEmpty { return nil }
    if answering.contains(where: { $0.harms.isEmpty }) { return [] }
    let named = Set(answering.flatMap(\.harms).compactMap(Harm.named))
    return Harm.allCases.filter(named.contains)
  }

  /// The amendment with this id.
  public func amendment(_ id: String) -> Amendment? {
    amendments.first { $0.id == id }
  }

  /// Whether jurisdiction `code` lies within `area`: the same code, a
  /// subdivision of a country (US-NY in US), or a member of a region the
  /// pack defines (DE in EU).
  public func within(_ code: String, _ area: String) -> Bool {
    if code == area || code.hasPrefix(area + "-") { return true }
    if let members = regions[area] {
      let country = String(code.prefix(2))
      return members.contains(country) || members.contains(code)
    }
    return false
  }

  /// Whether a market or region `code` covers any of `area`: within it,
  /// or wider (a product offered in `US` is offered in `US-NY`).
  public func covers(_ code: String, _ area: String) -> Bool {
    within(code, area) || within(area, code)
  }

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
  /// A policy principle of the project, not law (the `principles` pack):
  /// an analysis to compare laws with, never verified law.
  case policy

  /// The less certain of two statuses (a policy principle stays one).
  public func weaker(_ other: RuleStatus) -> RuleStatus {
    if self == .policy || other == .policy { return .policy }
    let order: [RuleStatus] = [.verified, .secondary, .unverified]
    return (order.firstIndex(of: self) ?? 0) >= (order.firstIndex(of: other) ?? 0) ? self : other
  }
}

/// An act that amended the text a pack encodes.
public struct Amendment: Sendable, Hashable {
  /// The amendment's id in its pack (`omnibus-2026`).
  public var id: String
  /// The amending act (`Regulation (EU) 2026/1744`).
  public var act: String
  /// When the amendment entered into force, if the pack says.
  public var date: Day?
  /// How the amendment's text and date are known.
  public var status: RuleStatus
  /// The address of the amending act, if the pack gives one.
  public var url: String?
  /// What the amendment changed, if the pack says.
  public var summary: String?
}

/// Something a reader of a regime's output must know beside its rules: a
/// court's stay of enforcement, a pending challenge, sources that conflict.
public struct Notice: Sendable, Hashable {
  /// The notice's id in its pack.
  public var id: String
  /// The day it concerns, if any.
  public var date: Day?
  /// The notice in sentences.
  public var text: String
  /// How it is known.
  public var status: RuleStatus
  /// Where to read more, if the pack says.
  public var url: String?
}

/// A transitional provision: a duty that falls due only from a later date
/// for subjects of some kind (a model placed on the market before a day).
public struct Transition: Sendable, Hashable {
  /// Its name in the pack, if it is a named one.
  public var name: String?
  /// The subjects it covers.
  public var when: Condition
  /// The day from which the duty is due for those subjects.
  public var dueFrom: Day
  /// Where the provision is (`Art. 111(3)`).
  public var citation: String
  /// What it says, in a sentence.
  public var because: String
  /// The amendment that made the provision, if one did.
  public var amendedBy: String?
}

/// Who enforces a rule and whether the person harmed can sue on it.
public struct Enforcement: Sendable, Hashable {
  /// The enforcer (`Colorado Attorney General`).
  public var by: String
  /// Whether a private person may sue on the rule (nil: the pack does not
  /// say).
  public var privateRightOfAction: Bool?
  /// Where the law says so.
  public var citation: String?
}

/// One duty of a regime.
///
/// A rule's fields live in one shared, immutable box: assignments, findings
/// and exemptions each carry their rule, and copying a rule copies one
/// reference.
public struct Rule: Sendable, Hashable {
  struct Fields: Sendable, Hashable {
    var id: String
    var duty: String
    var title: String?
    var role: String
    var inForceFrom: Day?
    var inForceTo: Day?
    var when: Condition
    var exemptions: [Exemption]
    var information: [InformationItem]
    var control: [ControlKind]
    var citation: String
    var status: RuleStatus
    var textStatus: RuleStatus
    var dateStatus: RuleStatus
    var enactedFrom: Day?
    var amendedBy: [String] = []
    var transitions: [Transition] = []
    var enforcement: Enforcement?
    var answersForHarm: Bool = false
    var harms: [String] = []
    var reports: [ReportDuty] = []
    var metIf: Condition?
    var voidsLimits: [String]?
    var voidsLimitsFor: String?
    var recourseAgainst: [String] = []
    var recourseUnder: String?
    var barsDefence: String?
    var note: String?
    var location: SourceLocation
  }

  final class Box: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var box: Box

  private mutating func update(_ change: (inout Fields) -> Void) {
    var fields = box.fields
    change(&fields)
    box = Box(fields)
  }

  /// A rule with these fields (the rest take their defaults).
  public init(
    id: String,
    duty: String,
    title: String?,
    role: String,
    inForceFrom: Day?,
    inForceTo: Day?,
    when: Condition,
    exemptions: [Exemption],
    information: [InformationItem],
    control: [ControlKind],
    citation: String,
    status: RuleStatus,
    textStatus: RuleStatus,
    dateStatus: RuleStatus,
    note: String?,
    location: SourceLocation
  ) {
    box = Box(
      Fields(
        id: id,
        duty: duty,
        title: title,
        role: role,
        inForceFrom: inForceFrom,
        inForceTo: inForceTo,
        when: when,
        exemptions: exemptions,
        information: information,
        control: control,
        citation: citation,
        status: status,
        textStatus: textStatus,
        dateStatus: dateStatus,
        note: note,
        location: location
      ))
  }

  /// Whether two rules have the same fields.
  public static func == (lhs: Rule, rhs: Rule) -> Bool {
    lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
  }

  /// Hashes the rule's fields.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(box.fields)
  }

  /// The rule's id, unique in its regime (`eu-ai-act/53-1-a`).
  public var id: String {
    get { box.fields.id }
    set { update { $0.id = newValue } }
  }
  /// The duty's name (`technical-documentation`).
  public var duty: String {
    get { box.fields.duty }
    set { update { $0.duty = newValue } }
  }
  /// What the duty asks, in a sentence, if the pack says.
  public var title: String? {
    get { box.fields.title }
    set { update { $0.title = newValue } }
  }
  /// The id of the regime role that owes the duty.
  public var role: String {
    get { box.fields.role }
    set { update { $0.role = newValue } }
  }
  /// The first day the rule is in force, if it has its own.
  public var inForceFrom: Day? {
    get { box.fields.inForceFrom }
    set { update { $0.inForceFrom = newValue } }
  }
  /// The day the rule stops being in force (exclusive), if it has its own.
  public var inForceTo: Day? {
    get { box.fields.inForceTo }
    set { update { $0.inForceTo = newValue } }
  }
  /// The condition under which the duty applies (always, when the pack
  /// gives none).
  public var when: Condition {
    get { box.fields.when }
    set { update { $0.when = newValue } }
  }
  /// Exemptions, in pack order; the first that holds applies.
  public var exemptions: [Exemption] {
    get { box.fields.exemptions }
    set { update { $0.exemptions = newValue } }
  }
  /// The information the duty needs.
  public var information: [InformationItem] {
    get { box.fields.information }
    set { update { $0.information = newValue } }
  }
  /// The control the duty needs.
  public var control: [ControlKind] {
    get { box.fields.control }
    set { update { $0.control = newValue } }
  }
  /// Where the duty is in the legal text (`Art. 53(1)(a)`).
  public var citation: String {
    get { box.fields.citation }
    set { update { $0.citation = newValue } }
  }
  /// The rule's legal certainty: the weakest of how its text, its dates
  /// and the amendments behind it are known.
  public var status: RuleStatus {
    get { box.fields.status }
    set { update { $0.status = newValue } }
  }
  /// How the rule's text is known.
  public var textStatus: RuleStatus {
    get { box.fields.textStatus }
    set { update { $0.textStatus = newValue } }
  }
  /// How the rule's dates are known (its own `in_force`, else the
  /// regime's).
  public var dateStatus: RuleStatus {
    get { box.fields.dateStatus }
    set { update { $0.dateStatus = newValue } }
  }
  /// The day the rule took effect as first enacted, where an amendment
  /// moved it.
  public var enactedFrom: Day? {
    get { box.fields.enactedFrom }
    set { update { $0.enactedFrom = newValue } }
  }
  /// The amendments behind the rule, by id (see ``Regime/amendments``).
  public var amendedBy: [String] {
    get { box.fields.amendedBy }
    set { update { $0.amendedBy = newValue } }
  }
  /// Transitional provisions, in pack order: the first that holds for a
  /// subject says from when the duty is due.
  public var transitions: [Transition] {
    get { box.fields.transitions }
    set { update { $0.transitions = newValue } }
  }
  /// Who enforces the rule, if the pack says (the regime's otherwise).
  public var enforcement: Enforcement? {
    get { box.fields.enforcement }
    set { update { $0.enforcement = newValue } }
  }
  /// Whether the rule makes the party answer for harm (civil liability),
  /// as opposed to a duty to document, disclose or report; an incident
  /// trace weighs only these for a party's posture.
  public var answersForHarm: Bool {
    get { box.fields.answersForHarm }
    set { update { $0.answersForHarm = newValue } }
  }
  /// The incident harms the liability covers (empty: any harm), matched
  /// case-insensitively against an incident's `harm`.
  public var harms: [String] {
    get { box.fields.harms }
    set { update { $0.harms = newValue } }
  }
  /// The reports the duty makes its bearer file after an incident, each
  /// with its clock (empty for a duty that is not a report).
  public var reports: [ReportDuty] {
    get { box.fields.reports }
    set { update { $0.reports = newValue } }
  }
  /// The facts that show the duty met as the file states them (a system
  /// that marks its output, for a marking duty); nil when the pack names
  /// none. The tool reads them as evidence; it does not certify compliance.
  public var metIf: Condition? {
    get { box.fields.metIf }
    set { update { $0.metIf = newValue } }
  }
  /// The harms for which the law voids a contract term limiting the
  /// bearer's liability (a cap, an exclusion); nil when the rule voids none.
  public var voidsLimits: [String]? {
    get { box.fields.voidsLimits }
    set { update { $0.voidsLimits = newValue } }
  }
  /// What the voided limits are about, in the law's words ("catastrophic
  /// risk"), if the pack says.
  public var voidsLimitsFor: String? {
    get { box.fields.voidsLimitsFor }
    set { update { $0.voidsLimitsFor = newValue } }
  }
  /// The regime's roles the bearer of a harm rule may recover from, on the
  /// incident's path (a deployer's recourse against the provider and the
  /// developer); empty when the rule gives none.
  public var recourseAgainst: [String] {
    get { box.fields.recourseAgainst }
    set { update { $0.recourseAgainst = newValue } }
  }
  /// What the recourse runs under, in the law's words ("their agreement").
  public var recourseUnder: String? {
    get { box.fields.recourseUnder }
    set { update { $0.recourseUnder = newValue } }
  }
  /// A defence the rule bars its bearer from pleading, in words ("that the
  /// AI caused the harm autonomously"); nil when it bars none.
  public var barsDefence: String? {
    get { box.fields.barsDefence }
    set { update { $0.barsDefence = newValue } }
  }
  /// Free text, such as where the encoding approximates the law, if the
  /// pack says.
  public var note: String? {
    get { box.fields.note }
    set { update { $0.note = newValue } }
  }
  /// Where the rule is in its pack file.
  public var location: SourceLocation {
    get { box.fields.location }
    set { update { $0.location = newValue } }
  }

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
  /// Its name in the pack, if it is a named one.
  public var name: String?
  /// The condition under which the exemption applies.
  public var when: Condition
  /// Why the exemption applies, as the pack states it.
  public var because: String
}
