/// A dataset models are trained on.
public struct Dataset: Sendable, Hashable {
  /// The dataset's id.
  public var id: String
  /// Its name.
  public var name: String
  /// The party that publishes it.
  public var publisher: String?
  /// Its license id.
  public var license: String?
  /// When it was released.
  public var released: Day?
  /// When it was built: collected, assembled or last compiled.
  public var built: Day? = nil
  /// Free text.
  public var description: String?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact

  /// A dataset with these facts; what is not given is unknown.
  public init(
    id: String,
    name: String,
    publisher: String? = nil,
    license: String? = nil,
    released: Day? = nil,
    built: Day? = nil,
    description: String? = nil,
    url: String? = nil,
    fact: Fact
  ) {
    self.id = id
    self.name = name
    self.publisher = publisher
    self.license = license
    self.released = released
    self.built = built
    self.description = description
    self.url = url
    self.fact = fact
  }
}
