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

  /// A license with these facts; what is not given is unknown.
  public init(
    id: String,
    name: String,
    osiApproved: Bool? = nil,
    revocable: Bool? = nil,
    useRestrictions: Bool? = nil,
    url: String? = nil,
    description: String? = nil,
    isBuiltin: Bool = false,
    fact: Fact
  ) {
    self.id = id
    self.name = name
    self.osiApproved = osiApproved
    self.revocable = revocable
    self.useRestrictions = useRestrictions
    self.url = url
    self.description = description
    self.isBuiltin = isBuiltin
    self.fact = fact
  }
}
