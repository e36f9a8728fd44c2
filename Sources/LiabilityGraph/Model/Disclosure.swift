/// Information one party passes to another, or to the public.
public struct Disclosure: Sendable, Hashable {
  /// The disclosure's id.
  public var id: String
  /// The party that discloses.
  public var from: String
  /// The receiving party's id, or `nil` for the public.
  public var to: String?
  /// The information passed.
  public var items: [InformationItem]
  /// The model, dataset, service or product it is about.
  public var subject: String?
  /// The document (e.g. "Llama 3.1 model card").
  public var document: String?
  /// When it was made.
  public var date: Day?
  /// A web address.
  public var url: String?
  /// Validity, evidence and location.
  public var fact: Fact

  /// Whether it is made to everyone.
  public var isPublic: Bool { to == nil }
}
