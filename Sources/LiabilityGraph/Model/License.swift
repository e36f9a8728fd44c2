/// Facts about a license that duties depend on.
public struct License: Sendable, Hashable {
  /// The license's id: an SPDX id where one exists.
  public var id: String
  /// Its name.
  public var name: String
  /// Whether the Open Source Initiative approved it.
  public var osiApproved: Bool?
  /// Whether the licensor may withdraw the grant at will.
  public var revocable: Bool?
  /// Whether it restricts fields of use.
  public var useRestrictions: Bool?
  /// A web address of its text.
  public var url: String?
  /// Free text.
  public var description: String?
  /// True for licenses the tool knows without being told.
  public var isBuiltin: Bool
  /// Validity, evidence and location.
  public var fact: Fact
}
