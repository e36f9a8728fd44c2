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
  /// The transitional provision that defers it, when one does.
  public var transition: Transition? = nil
  /// The assignment's legal certainty: the rule's, or weaker where a
  /// transitional provision from a less certain amendment decides the date.
  public var status: RuleStatus

  /// Whether the duty is owed on the evaluation date (not deferred).
  public var owedNow: Bool { dueFrom == nil }
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
}
