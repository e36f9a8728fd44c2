import LiabilityGraph

/// Something a party can actually do about a model, service or product.
public enum ControlKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Change a copy it runs (filters, fine-tuning, system prompt).
  case modifyRunningCopy = "modify-running-copy"
  /// Stop a copy it runs.
  case shutDownRunningCopy = "shut-down-running-copy"
  /// Change how a service or product is configured and offered.
  case changeDeploymentConfiguration = "change-deployment-configuration"
  /// Cut off others' access to a model (possible only while the weights
  /// are not released).
  case revokeAccess = "revoke-access"
  /// Withdraw the license others hold (possible only under a revocable
  /// license).
  case revokeLicense = "revoke-license"
  /// Stop every copy of a model, wherever it runs (possible only while
  /// every copy is the developer's own).
  case shutDownAllCopies = "shut-down-all-copies"
  /// See how a model is used downstream (possible only where all use goes
  /// through services the party runs).
  case monitorDownstreamUse = "monitor-downstream-use"

  public static func < (lhs: ControlKind, rhs: ControlKind) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// Why a party holds an information item or a control about a subject.
public struct Holding: Sendable, Hashable {
  /// The party's node.
  public var party: Int
  /// The node the information or control is about.
  public var subject: Int
  /// Why, in words.
  public var reason: String
  /// The sources of the facts used.
  public var sources: [String]
  /// The unstated facts the holding rests on, in words (empty when none).
  public var assumed: [String] = []
}
