import LiabilityGraph

/// What a regime says about a graph on one date: who owes which duty, who
/// is exempt, and where the law puts a duty on someone who lacks the
/// information or control to meet it.
public struct DutyReport: Sendable {
  /// The regime evaluated.
  public var regime: Regime
  /// The date.
  public var asOf: Day
  /// Whether the regime was in force on that date (if not, nothing is
  /// assigned).
  public var inForce: Bool
  /// The duties assigned.
  public var assignments: [Assignment]
  /// Duties a party would owe but for an exemption.
  public var exempt: [Exempted]
  /// Misallocated, infeasible, extraterritorial, unowned and
  /// open-source-incompatible duties.
  public var findings: [Finding]
  /// Contract terms by which a party limits a liability the law says it
  /// may not limit (a rule's `voids_limits`).
  public var voidedTerms: [VoidedTerm] = []
  /// The rules that applied to no one, each with the reason (not in force,
  /// no party with the role, no party with it in the territory); rules
  /// whose conditions failed for every party are in ``notApplied``.
  public var unapplied: [UnappliedRule] = []
  /// With `explain`: every rule that did not apply to a party with its
  /// role, and why (outside the territory, a condition unmet with its
  /// numbers); nil otherwise.
  public var notApplied: [NotApplied]? = nil

  /// The duties owed now (not deferred, not open).
  public var owedNow: [Assignment] {
    assignments.filter { $0.outcome == .owes && $0.owedNow }
  }
}

/// Whether a duty is owed.
public enum Outcome: String, Sendable, Hashable, CaseIterable {
  /// The rule's conditions hold and no exemption applies.
  case owes
  /// A condition or an exemption turns on a fact the file does not state.
  case open
}

/// An unstated fact an open duty turns on, and what stating it would do.
public struct OpenFact: Sendable, Hashable {
  /// The fact's name (`monetized`).
  public var fact: String
  /// The node it is a fact of (the model, or the party).
  public var about: Int
  /// The id of that node.
  var aboutID: String
  /// The tests the fact would have to pass, in words.
  var tests: [String]
  /// The other unstated facts the same condition needs.
  var others: [String]
  /// What follows, in words ("lab owes it (Art. 52(1))").
  var consequence: String
  /// Whether stating it would exempt the party (rather than make it owe).
  public var exempts: Bool

  /// What stating it would change, in a sentence.
  public var effect: String {
    if fact == "unrecorded" {
      // A fact the format does not record: say what to check.
      return "if " + tests.joined(separator: "; ") + ", " + consequence
    }
    return "if `\(fact)` of \(aboutID) is stated"
      + (tests.isEmpty ? "" : " so that " + tests.joined(separator: "; "))
      + (others.isEmpty
        ? "" : " (with " + others.map { "`\($0)`" }.joined(separator: ", ") + " stated too)")
      + ", " + consequence
  }
}

/// What the file states about whether a duty is met, read from the facts
/// the rule's `met_if` names. Evidence from the file, never a certificate
/// of compliance.
public enum StatedCompliance: String, Sendable, Hashable, CaseIterable {
  /// The facts the file states show the duty met.
  case met
  /// A fact the file states shows it not met.
  case notMet = "not-met"
  /// The file does not state the facts that would show it.
  case unstated
}

/// A contract term that limits a party's liability where a rule says it
/// may not: a cap, or an exclusion of a harm the rule names.
public struct VoidedTerm: Sendable, Hashable {
  /// The rule that voids it.
  public var rule: Rule
  /// The node of the party whose liability the term limits.
  public var party: Int
  /// The contract's id.
  public var contract: String
  /// The term, in words ("a liability cap of $1,000,000").
  public var term: String
  /// The harms for which it does not hold.
  public var harms: [String]
  /// Owed, or open: whether the duty the rule attaches to is itself open.
  public var outcome: Outcome
  /// One sentence a lawyer can quote.
  public var explanation: String
}

/// Why a rule applied to no one.
public enum UnappliedReason: String, Sendable, Hashable, CaseIterable {
  /// The rule is not in force on the date.
  case notInForce = "not-in-force"
  /// No party in the chain has the role the rule falls on.
  case roleAbsent = "role-absent"
  /// Parties have the role, but none is within the regime's territory.
  case outsideTerritory = "outside-territory"
}

/// A rule that applied to no one, and why.
public struct UnappliedRule: Sendable, Hashable {
  /// The rule.
  public var rule: Rule
  /// Why, as a kind.
  public var reason: UnappliedReason
  /// Why, in words.
  public var detail: String
}

/// A rule that did not apply to one party for one subject, and why.
public struct NotApplied: Sendable, Hashable {
  /// The rule.
  public var rule: Rule
  /// The party's node.
  public var party: Int
  /// The subject's node.
  public var subject: Int
  /// Why, in words (the territory, or each condition unmet with its values).
  public var reason: String
}

/// A duty a party owes for a subject, and why.
public struct Assignment: Sendable, Hashable {
  /// The rule that imposes the duty.
  public var rule: Rule
  /// The node of the party that owes it.
  public var party: Int
  /// The node the duty is about (the model, dataset, service or product).
  public var subject: Int
  /// Every reason: the role, the territorial trigger, each condition met.
  public var reasons: [String]
  /// Sources of the facts used.
  public var sources: [String]
  /// The day from which the duty is due, when a transitional provision
  /// defers it past the evaluation date (nil: owed now).
  public var dueFrom: Day? = nil
  /// The citation of the transitional provision that defers it, when one
  /// does (`Art. 111(3)`).
  public var transition: String? = nil
  /// The assignment's legal certainty: the rule's, or weaker where a
  /// transitional provision from a less certain amendment decides the date.
  public var status: RuleStatus
  /// Owed, or open: a condition or an exemption turns on a fact the file
  /// does not state.
  public var outcome: Outcome = .owes
  /// For an open duty: the unstated facts that decide it, each with what
  /// stating it would do.
  public var openOn: [OpenFact] = []
  /// The unstated facts the assignment rests on, in words (a role taken on
  /// an unstated lineage, a date taken as due now).
  public var assumed: [String] = []
  /// Whether the file states facts that show the duty met (the rule's
  /// `met_if`); nil when the rule names none.
  public var compliance: StatedCompliance? = nil
  /// The facts ``compliance`` rests on, in words (those that hold, those
  /// that fail, or those not stated).
  public var complianceFacts: [String] = []

  /// Whether the duty is owed on the evaluation date (not deferred).
  public var owedNow: Bool { dueFrom == nil }

  /// Whether the duty is owed now for certain: not open, not deferred.
  public var certainNow: Bool { outcome == .owes && dueFrom == nil }
}

/// A duty a party does not owe because an exemption applies.
public struct Exempted: Sendable, Hashable {
  /// The rule that would impose the duty.
  public var rule: Rule
  /// The node of the party that would owe it.
  public var party: Int
  /// The node the duty is about.
  public var subject: Int
  /// Why the exemption applies, as the regime states it.
  public var because: String
  /// Every reason the duty would apply: the role, the territorial trigger,
  /// each condition met.
  public var reasons: [String]
  /// The unstated facts the exemption rests on, in words.
  public var assumed: [String] = []
}

/// What a finding says about a duty.
public enum FindingKind: String, Sendable, Hashable, CaseIterable {
  /// The assignee lacks information another party holds.
  case misallocated
  /// The assignee lacks the control the duty needs.
  case infeasible
  /// The only trigger is others' conduct inside the jurisdiction.
  case extraterritorial
  /// Information the duty needs is held by no one.
  case unowned
  /// The duty asks for control no one can hold over released weights: a
  /// ban on open release in effect.
  case openSourceIncompatible = "open-source-incompatible"
}

/// A problem with where a duty falls.
public struct Finding: Sendable, Hashable {
  /// What is wrong.
  public var kind: FindingKind
  /// The rule that imposes the duty.
  public var rule: Rule
  /// The node of the party the duty falls on.
  public var party: Int
  /// The node the duty is about.
  public var subject: Int
  /// Parties that hold what the assignee lacks (for misallocated).
  public var holders: [Int]
  /// The information item or control concerned.
  public var item: String?
  /// One sentence a lawyer can quote.
  public var explanation: String
  /// The unstated facts the finding rests on, in words.
  public var assumed: [String] = []
  /// The outcome of the duty the finding is about (a finding on an open
  /// duty holds only if the duty does).
  public var outcome: Outcome = .owes
}
