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
}
