/// One role a party plays, for one subject, and why.
public struct RoleAssignment: Sendable, Hashable {
  /// The role.
  public var role: Role
  /// The party's node.
  public var party: Int
  /// The node the role is about (the model developed, the service hosted).
  public var subject: Int
  /// Why the party has the role, in words.
  public var reason: String
  /// The sources of the facts the reason uses.
  public var sources: [String]
  /// The facts the role rests on that the file does not state, in words
  /// (empty when none): the role is assumed on them.
  public var assumed: [String] = []
}
