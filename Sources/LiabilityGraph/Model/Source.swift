/// A piece of evidence that facts cite.
public struct Source: Sendable, Hashable {
  /// The source's id.
  public var id: String
  /// Its title.
  public var title: String
  /// A web address.
  public var url: String?
  /// When it was retrieved.
  public var retrieved: Day?
  /// Who published it.
  public var publisher: String?
  /// Free text.
  public var description: String?
  /// Validity, evidence and location.
  public var fact: Fact

  /// A source of evidence.
  public init(
    id: String,
    title: String,
    url: String? = nil,
    retrieved: Day? = nil,
    publisher: String? = nil,
    description: String? = nil,
    fact: Fact
  ) {
    self.id = id
    self.title = title
    self.url = url
    self.retrieved = retrieved
    self.publisher = publisher
    self.description = description
    self.fact = fact
  }
}
